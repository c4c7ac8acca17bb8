// Applies the saved theme, text size and reading-tool choices before first paint, then handles
// the preference buttons, toggles and margin notes. Documented in src/components/PrefsSnippet.astro,
// which inlines this file, minified, into the <head> of every page.
(() => {
  const KEY = 'gloss:prefs';
  const root = document.documentElement;
  root.classList.add('js');
  if (location.protocol === 'file:') {
    root.dataset.protocol = 'file';
    customElements.define('astro-island', class extends HTMLElement {});
  }
  let prefs = {};
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) prefs = parsed;
  } catch {
    // Corrupt preferences are dropped rather than breaking the page.
    prefs = {};
  }
  const THEMES = ['system', 'light', 'dark'];
  const apply = () => {
    if (prefs.theme === 'light' || prefs.theme === 'dark') root.dataset.theme = prefs.theme;
    else delete root.dataset.theme;
    const size = Number.isInteger(prefs.text) ? Math.max(-1, Math.min(3, prefs.text)) : 0;
    if (size) root.dataset.text = String(size);
    else delete root.dataset.text;
    for (const key of ['notes', 'claims', 'allTerms']) {
      if (typeof prefs[key] === 'boolean') root.dataset[key] = prefs[key] ? 'on' : 'off';
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing a data-* attribute is a delete on dataset
      else delete root.dataset[key];
    }
  };
  const save = () => {
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch {
      // Storage can be full or blocked; the choice still applies to this page.
    }
  };
  const sync = () => {
    const mode = THEMES.includes(prefs.theme) ? prefs.theme : 'system';
    for (const button of document.querySelectorAll('[data-gl-pref="theme"]')) {
      button.textContent = button.dataset.template.replace(
        '{mode}',
        button.dataset['label' + mode[0].toUpperCase() + mode.slice(1)],
      );
    }
    for (const input of document.querySelectorAll('input[data-gl-toggle]')) {
      const value = root.dataset[input.dataset.glToggle];
      if (value) input.checked = value === 'on';
    }
  };
  apply();
  // Margin notes show in the margin on wide screens and collapse behind their marker on narrow
  // ones; "is-toggled" means the reader flipped a note away from that default.
  const wide = matchMedia('(min-width: 72rem)');
  const syncNotes = () => {
    for (const note of document.querySelectorAll('.gl-note')) {
      const open = wide.matches !== note.classList.contains('is-toggled');
      note.querySelector('.gl-note__ref')?.setAttribute('aria-expanded', String(open));
    }
  };
  const openTarget = () => {
    let body;
    try {
      body = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // A malformed %-escape in the address targets nothing.
    }
    const note = body?.matches('.gl-note__body') && body.closest('.gl-note');
    for (const n of document.querySelectorAll('.gl-note.is-target')) n.classList.remove('is-target');
    if (note) {
      note.classList.add('is-target');
      note.classList.toggle('is-toggled', !wide.matches);
      body.scrollIntoView({ block: 'center' });
    }
    syncNotes();
  };
  wide.addEventListener('change', syncNotes);
  document.addEventListener('DOMContentLoaded', openTarget);
  addEventListener('hashchange', openTarget);
  document.addEventListener('click', (event) => {
    const ref = event.target instanceof Element ? event.target.closest('.gl-note__ref') : null;
    if (ref) {
      ref.closest('.gl-note')?.classList.toggle('is-toggled');
      syncNotes();
      return;
    }
    const button = event.target instanceof Element ? event.target.closest('[data-gl-pref]') : null;
    if (!button) return;
    const kind = button.dataset.glPref;
    if (kind === 'theme') {
      const current = THEMES.includes(prefs.theme) ? prefs.theme : 'system';
      prefs.theme = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length];
    } else if (kind === 'larger' || kind === 'smaller') {
      const current = Number.isInteger(prefs.text) ? prefs.text : 0;
      prefs.text = Math.max(-1, Math.min(3, current + (kind === 'larger' ? 1 : -1)));
    }
    save();
    apply();
    sync();
  });
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.glToggle) return;
    prefs[input.dataset.glToggle] = input.checked;
    save();
    apply();
  });
  document.addEventListener('DOMContentLoaded', sync);
})();
