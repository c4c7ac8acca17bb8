// @ts-check
// Applies the saved theme, text size, reading-tool and reading-comfort choices before first paint, then handles
// the preference buttons, toggles and margin notes. Documented in src/components/PrefsSnippet.astro,
// which inlines this file, minified, into the <head> of every page.
//
// The preferences' key and shape belong to src/lib/store/prefs.ts. This file cannot import it (it
// runs inline, before any module), so it is type-checked against it instead: each constant below is
// typed as that module's constant, and TypeScript fails `npm run check` if the two ever differ.
/** @typedef {import('../lib/store/prefs').Prefs} Prefs */
/** @typedef {import('../lib/store/prefs').ReadingLayer} ReadingLayer */
(() => {
  /** @type {typeof import('../lib/store/prefs').PREFS_KEY} */
  const KEY = 'gloss:prefs';
  /** @type {typeof import('../lib/store/prefs').THEMES} */
  const THEMES = ['system', 'light', 'dark'];
  /** @type {typeof import('../lib/store/prefs').TEXT_MIN} */
  const MIN = -1;
  /** @type {typeof import('../lib/store/prefs').TEXT_MAX} */
  const MAX = 3;
  /** @type {typeof import('../lib/store/prefs').READING_LAYERS} */
  const LAYERS = ['terms', 'notes', 'claims', 'timeline', 'allTerms'];
  /** @type {typeof import('../lib/store/prefs').COMFORT_KEYS} */
  const COMFORT = ['leading', 'spacing', 'measure', 'face', 'focus'];
  // Layers and comfort settings are mirrored alike: a boolean as on/off, a choice as its name. The
  // CSS matches only the names it knows, so a stray string here changes nothing.
  const MIRRORED = [...LAYERS, ...COMFORT];
  const root = document.documentElement;
  root.classList.add('js');
  if (location.protocol === 'file:') {
    root.dataset['protocol'] = 'file';
    customElements.define('astro-island', class extends HTMLElement {});
  }
  // Typed as the store's shape, but read from storage unchecked: every use below checks the value.
  /** @type {Prefs & Record<string, unknown>} */
  let prefs = {};
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) prefs = parsed;
  } catch {
    // Corrupt preferences are ignored rather than breaking the page (the store sets them aside):
    // `prefs` stays empty, as the parse threw before any assignment.
  }
  /** The saved theme, or `system` when none (or a bad one) is saved. */
  const theme = () => (prefs.theme && THEMES.includes(prefs.theme) ? prefs.theme : 'system');
  /** The saved text-size step, or 0. */
  const text = () => (Number.isInteger(prefs.text) ? Number(prefs.text) : 0);
  /** @param {number} n a text-size step, kept within the store's range */
  const clamp = (n) => Math.max(MIN, Math.min(MAX, n));
  const apply = () => {
    const mode = theme();
    if (mode === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = mode;
    const size = clamp(text());
    if (size) root.dataset['text'] = String(size);
    else delete root.dataset['text'];
    // Unlike the theme and text size, a layer or comfort choice is never unset once made (a control
    // always writes a value), so an unset one only has to be left alone: the CSS default applies.
    for (const key of MIRRORED) {
      const value = prefs[key];
      if (typeof value === 'boolean') root.dataset[key] = value ? 'on' : 'off';
      else if (typeof value === 'string') root.dataset[key] = value;
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
    const mode = theme();
    // Only HTML elements carry these attributes, so the casts below need no run-time check.
    for (const button of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-gl-pref="theme"]'))) {
      const { template = '' } = button.dataset;
      button.textContent = template.replace(
        '{mode}',
        button.dataset['label' + mode.charAt(0).toUpperCase() + mode.slice(1)] ?? mode,
      );
    }
    for (const input of /** @type {NodeListOf<HTMLInputElement>} */ (
      document.querySelectorAll('input[data-gl-toggle]')
    )) {
      const value = root.dataset[input.dataset['glToggle'] ?? ''];
      // A checkbox's value is "on"; a comfort radio's is its choice.
      if (value) input.checked = value === input.value;
    }
  };
  apply();
  // The self-hosted fonts: from the second page on (src/integrations/fonts.ts). The first page
  // paints in the system faces; once it has loaded, the device is marked for the next one. The
  // stored copy is read again first, so a choice saved since this page opened is not overwritten.
  if (prefs.fonts === true) root.dataset['fonts'] = 'on';
  else
    addEventListener('load', () => {
      try {
        const stored = JSON.parse(localStorage.getItem(KEY) || '{}');
        if (stored?.constructor === Object) localStorage.setItem(KEY, JSON.stringify({ ...stored, fonts: true }));
      } catch {
        // Unreadable or blocked storage: the next page reads in the system faces too.
      }
    });
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
    /** @type {HTMLElement | null} */
    let body = null;
    try {
      body = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // A malformed %-escape in the address targets nothing.
    }
    const note = body?.matches('.gl-note__body') && body.closest('.gl-note');
    for (const n of document.querySelectorAll('.gl-note.is-target')) n.classList.remove('is-target');
    if (body && note) {
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
      // On a wide screen the note is always beside its line, so the marker goes to it like a
      // footnote link (and never hides it); on a narrow one it folds the note in and out.
      const body = document.getElementById(ref.getAttribute('aria-controls') ?? '');
      // It marks the note without changing the address, so hiding the notes still hides it.
      if (wide.matches && body) {
        for (const n of document.querySelectorAll('.gl-note__body.is-current')) n.classList.remove('is-current');
        body.classList.add('is-current');
        body.scrollIntoView({ block: 'center' });
        body.focus({ preventScroll: true });
        return;
      }
      ref.closest('.gl-note')?.classList.toggle('is-toggled');
      syncNotes();
      return;
    }
    const button = event.target instanceof Element ? event.target.closest('[data-gl-pref]') : null;
    if (!(button instanceof HTMLElement)) return;
    const kind = button.dataset['glPref'];
    if (kind === 'theme') {
      prefs.theme = THEMES[(THEMES.indexOf(theme()) + 1) % THEMES.length] ?? 'system';
    } else if (kind === 'larger' || kind === 'smaller') {
      prefs.text = clamp(text() + (kind === 'larger' ? 1 : -1));
    }
    save();
    apply();
    sync();
  });
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const key = MIRRORED.find((l) => l === input.dataset['glToggle']);
    if (!key) return;
    /** @type {Record<string, unknown>} */ (prefs)[key] = input.type === 'radio' ? input.value : input.checked;
    save();
    apply();
  });
  document.addEventListener('DOMContentLoaded', sync);
})();
