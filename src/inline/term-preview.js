// Hover previews for a mouse: this only listens, and loads the preview module on the first mouse
// hover over a term. Opened from disk (file://) the browser refuses module imports, and tapping or
// clicking a term still works. Inlined, minified, by src/components/ArticleBody.astro.
(() => {
  if (location.protocol === 'file:') return;
  const { module = '' } = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
  /** @param {PointerEvent} e */
  const hover = (e) => {
    if (e.pointerType !== 'mouse' || !(/** @type {Partial<Element> | null} */ (e.target)?.closest?.('.gl-term')))
      return;
    removeEventListener('pointerover', hover);
    void import(module);
  };
  addEventListener('pointerover', hover);
})();
