// Registers the service worker and drives the update banner and offline status; documented in
// src/components/ServiceWorker.astro, which inlines this file minified into every page.
//
// Why it does what it does:
// - no `navigator.serviceWorker` means no https or an old browser: the About line says so;
// - a new build's worker waits: the old one keeps serving this page and its assets until the
//   reader chooses Reload, so old and new files are never mixed; Reload tells the waiting worker
//   to take over (SKIP_WAITING) and the page reloads when it does (`controllerchange`);
// - a `controllerchange` the reader did not ask for, on a page that was already controlled, means
//   another tab accepted an update: this page's old assets may be gone, so it offers Reload too;
//   on a page that was not controlled it is the first install: the site is now offline-ready.
(() => {
  const url = /** @type {HTMLScriptElement} */ (document.currentScript).dataset['swUrl'];
  const sw = navigator.serviceWorker;
  const root = document.documentElement;
  /** @param {string} state */
  const status = (state) => {
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-gl-offline-status]'))) {
      if (!el.dataset[state]) continue;
      el.textContent = el.dataset[state];
      el.dataset['state'] = state;
    }
  };
  if (!url || !/^https?:$/.test(location.protocol)) return;
  if (!sw) {
    addEventListener('load', () => status('unsupported'));
    return;
  }
  const hadController = Boolean(sw.controller);
  let accepted = false;
  /** @param {ServiceWorker | null} [waiting] */
  const prompt = (waiting) => {
    const box = /** @type {HTMLElement | null} */ (document.querySelector('[data-gl-update]'));
    if (!box || box.classList.contains('is-open')) return;
    // The banner's parts are the component's own markup, so they exist when the banner does.
    const text = /** @type {HTMLElement} */ (box.querySelector('[data-gl-update-text]'));
    const reload = /** @type {HTMLElement} */ (box.querySelector('[data-gl-update-reload]'));
    const later = /** @type {HTMLElement} */ (box.querySelector('[data-gl-update-later]'));
    /** @param {boolean} open */
    const show = (open) => {
      box.classList.toggle('is-open', open);
      root.classList.toggle('gl-has-update', open);
      reload.hidden = !open;
      later.hidden = !open;
      text.textContent = open ? (box.dataset['message'] ?? '') : '';
    };
    reload.onclick = () => {
      accepted = true;
      if (waiting && waiting.state === 'installed') waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    };
    later.onclick = () => show(false);
    show(true);
  };
  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
    else if (hadController) prompt();
    else status('ready');
  });
  /** @param {ServiceWorker | null} worker */
  const watch = (worker) => {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) prompt(worker);
      if (worker.state === 'redundant' && !sw.controller) status('failed');
    });
  };
  const start = () => {
    status(hadController ? 'ready' : 'saving');
    const script = new URL(url, location.href);
    sw.register(script, { scope: new URL('./', script).pathname, updateViaCache: 'none' }).then(
      (/** @type {ServiceWorkerRegistration | undefined} */ registration) => {
        // The standard promises a registration; an automated browser that blocks workers
        // (Playwright's serviceWorkers: 'block') resolves with nothing, which means no offline copy.
        if (!registration) return status('failed');
        if (registration.waiting && sw.controller) prompt(registration.waiting);
        watch(registration.installing);
        registration.addEventListener('updatefound', () => watch(registration.installing));
      },
      () => status('failed'),
    );
  };
  // Registration waits for an idle moment after load, so it never competes with the page; the
  // deadline makes sure it still happens on a page that is never idle (headless Chromium under test
  // load was seen to skip idle periods, so the site never became available offline).
  addEventListener('load', () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start),
  );
})();
