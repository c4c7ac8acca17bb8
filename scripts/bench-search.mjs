// Search benchmark hook for `npm run bench` (a measurement, not a test). Given a served Gloss
// site and a Playwright Chromium page, it times Pagefind queries the way the search UI runs them
// (search, then load the first batch of results) and reports what the search downloads.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Results the UI loads per query (src/islands/search.ts shows them in batches of ten). */
const BATCH = 10;

/**
 * @param {string} path
 * @returns {number}
 */
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** @param {readonly number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

/**
 * Runs `runs` Pagefind queries after a warm-up pass and returns their median time.
 *
 * Queries default to the titles of the site's glossary entries (read from the index itself, so
 * the benchmark follows the content); pass `queries` to choose others.
 *
 * @param {string} baseUrl URL of the served site's root, e.g. "http://127.0.0.1:4321/" or ".../gloss/"
 * @param {import('@playwright/test').Page} page a Chromium page (any state; it is navigated)
 * @param {{ runs?: number, queries?: string[], dist?: string }} [options] `dist`: the built
 *   site, to also report the bundle's size on disk
 * @returns {Promise<{ medianMs: number, bundleBytes: number, diskBytes?: number, runs: number,
 *   timingsMs: number[], queries: string[] }>} `bundleBytes`: bytes the browser fetched from
 *   `pagefind/` for the warm-up and the timed queries (what a reader downloads to search)
 */
export async function benchSearch(baseUrl, page, options = {}) {
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const runs = options.runs ?? 20;
  const bundlePath = new URL(`${root}pagefind/`).pathname;
  // Pagefind fetches from a Web Worker, whose requests the page's Resource Timing does not see;
  // the browser context sees them all.
  /** @type {Promise<number>[]} */
  const sizes = [];
  /** @param {import('@playwright/test').Request} request */
  const onFinished = (request) => {
    if (new URL(request.url()).pathname.startsWith(bundlePath)) {
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      );
    }
  };
  page.context().on('requestfinished', onFinished);
  await page.goto(root);
  const result = await page.evaluate(
    async ({ root, runs, batch, queries }) => {
      /**
       * The part of Pagefind's browser API used here.
       * @typedef {{ data: () => Promise<{ meta: { title?: string } }> }} Result
       * @type {{ options: (o: object) => Promise<void>, init: () => Promise<void>, filters: () => Promise<unknown>,
       *   search: (term: string | null, options?: object) => Promise<{ results: Result[] }> }}
       */
      const pagefind = await import(`${root}pagefind/pagefind.js`);
      // The same options as the search UI (src/islands/search.ts), so the timings match it.
      await pagefind.options({ ranking: { pageLength: 0.3 }, noWorker: true });
      await pagefind.init();
      await pagefind.filters();
      let terms = queries;
      if (!terms || terms.length === 0) {
        const all = await pagefind.search(null, { filters: { type: 'glossary' } });
        const data = await Promise.all(all.results.map((r) => r.data()));
        terms = data.flatMap((d) => (d.meta.title ? [d.meta.title] : []));
      }
      if (terms.length === 0) throw new Error('bench-search: no queries (the index has no glossary entries).');
      const found = terms;
      const list = Array.from({ length: runs }, (_, i) => found[i % found.length] ?? '');
      /** @param {string} term */
      const run = async (term) => {
        const search = await pagefind.search(term);
        await Promise.all(search.results.slice(0, batch).map((r) => r.data()));
      };
      // Warm-up: the first pass loads the WebAssembly, index chunks and fragments.
      for (const term of list) await run(term);
      const timings = [];
      for (const term of list) {
        const start = performance.now();
        await run(term);
        timings.push(performance.now() - start);
      }
      return { timings, list };
    },
    { root, runs, batch: BATCH, queries: options.queries },
  );
  page.context().off('requestfinished', onFinished);
  const bundleBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return {
    medianMs: Math.round(median(result.timings) * 100) / 100,
    bundleBytes,
    ...(options.dist ? { diskBytes: sizeOf(join(options.dist, 'pagefind')) } : {}),
    runs,
    timingsMs: result.timings.map((t) => Math.round(t * 100) / 100),
    queries: result.list,
  };
}

export default benchSearch;
