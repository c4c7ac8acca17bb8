// Opens the search dialog on a click on the header button, "/" or Ctrl/⌘+K, and imports the
// search module only then. Documented in src/components/SearchShortcut.astro, which inlines this
// file, minified, at the end of every page's <body>.
(() => {
  // Type casts are JSDoc comments, so the minified script stays the same: the markup is the
  // component's own (the script, the dialog, its input), so these elements exist.
  const { module = '', base } = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
  const page = () => document.querySelector('[data-gl-search-panel=page]');
  /** @type {Promise<unknown> | undefined} */
  let loading;
  const load = () => {
    // Opened from disk (file://), modules and Pagefind cannot load: say so instead of trying.
    loading ??= (location.protocol === 'file:' ? Promise.reject(new Error('file://')) : import(module)).catch(() => {
      for (const el of document.querySelectorAll('.gl-search__error')) /** @type {HTMLElement} */ (el).hidden = false;
    });
    return loading;
  };
  const open = () => {
    const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('gl-search-dialog'));
    // The /search/ page has the panel in the page itself; everywhere else it is in the dialog.
    if (!page() && !dialog.open) dialog.showModal();
    (page() ?? dialog).querySelector('input')?.focus();
    void load();
  };
  document.addEventListener('click', (e) => {
    if (/** @type {Partial<Element> | null} */ (e.target)?.closest?.('[data-gl-search-open]')) open();
  });
  document.addEventListener('keydown', (e) => {
    const el = /** @type {HTMLElement} */ (e.target);
    // A field in a dialog that has just closed can keep focus for a moment; it is not being typed in.
    const typing =
      (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) && !el.closest('dialog:not([open])');
    if (e.altKey || e.defaultPrevented || typing) return;
    if (e.ctrlKey || e.metaKey ? /^k$/i.test(e.key) : e.key === '/') {
      e.preventDefault();
      open();
    }
  });
  document.addEventListener('focusin', (e) => {
    if (/** @type {Partial<Element> | null} */ (e.target)?.matches?.('[data-gl-search-input]')) void load();
  });
  document.addEventListener('DOMContentLoaded', () => {
    const params = new URLSearchParams(location.search);
    const mark = 'pagefind-highlight';
    if (params.get('q') && page()) void load();
    // A search result link brought the reader here: highlight the words it matched.
    if (params.has(mark)) {
      void import(`${base}pagefind/${mark}.js`).then(
        (/** @type {{ default: new (options: object) => unknown }} */ m) =>
          new m.default({ highlightParam: mark, markContext: '#main', addStyles: false }),
      );
    }
  });
})();
