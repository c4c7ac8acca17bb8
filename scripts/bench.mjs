#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. It builds the site, builds the FLOOR (the lesson's
// article text as one bare HTML page: no CSS framework, no JavaScript), serves both on
// 127.0.0.1 with compression as a static host would, and reports for each key page: bytes by
// type (raw, gzip, brotli), requests, JavaScript executed before interaction, Lighthouse mobile
// scores and metrics, the Pagefind query time, and each page's ratio to the floor.
// Writes bench/results.json and bench/results.md, and prints the table.
// It only talks to 127.0.0.1, and every wait in it is bounded, so it stops by itself.
//
// Usage: node scripts/bench.mjs [--no-build] [--dist DIR] [--base /] [--port 4350] [--runs 1]
//   --no-build  measure an existing build (default dir: dist) instead of building into bench/out/dist
//   --base      the base path that existing build was made for (default $BASE_PATH, else /)
//   --runs N    Lighthouse runs per page; the median of each metric is reported
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    base: { type: 'string' },
    port: { type: 'string', default: '4350' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench' },
  },
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The launch flags used for every browser here; the last one makes any DNS lookup fail, so
 *  nothing but 127.0.0.1 can be reached even by accident. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const PORT = Number(args.port);
const RUNS = Math.max(1, Math.min(9, Number(args.runs) || 1));
const OUT = resolve(args.out);
const WORK = join(OUT, 'out');
const BUILD = !args['no-build'];
const DIST = resolve(args.dist ?? (BUILD ? join(WORK, 'dist') : 'dist'));
const FLOOR_DIR = join(WORK, 'floor');
/** The base path the site is served under: `/` for our own build, else what it was built for. */
const BASE = (() => {
  const raw = BUILD ? '/' : (args.base ?? process.env.BASE_PATH ?? '/');
  const lead = raw.startsWith('/') ? raw : `/${raw}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
})();
/** Where the floor is served, beside the site. */
const FLOOR_PATH = '/__floor__/';
/** The whole run stops after this, whatever is left. */
const DEADLINE = Date.now() + 40 * 60_000;
const LIGHTHOUSE_TIMEOUT = 180_000;

/** @param {string} message */
const log = (message) => console.error(`bench: ${message}`);
/** @param {number | null | undefined} n */
const ms = (n) => (n === undefined || n === null ? '–' : `${Math.round(n)} ms`);
/** @param {number | null | undefined} n */
const kib = (n) => (n === undefined || n === null ? '–' : `${(n / 1024).toFixed(1)}`);
/**
 * @param {readonly unknown[]} list
 * @returns {number | undefined}
 */
const median = (list) => {
  const sorted = list
    .filter(/** @returns {n is number} */ (n) => typeof n === 'number' && Number.isFinite(n))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
/** @param {Buffer} buf */
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
/** @param {Buffer} buf */
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Runs `fn`, or gives up after `limit` ms with an error naming `what`.
 * @template T
 * @param {number} limit
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function within(limit, what, fn) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${limit / 1000} s`)), limit);
  });
  try {
    return await Promise.race([fn(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Build
// ---------------------------------------------------------------------------------------------
let buildMs;
if (BUILD) {
  log(`building into ${DIST} …`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, GLOSS_DIST: DIST, BASE_PATH: BASE },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  buildMs = performance.now() - started;
  if (result.status !== 0) {
    console.error(result.stderr);
    console.error(`bench: the build failed (exit ${result.status}); fix it, or pass --no-build --dist <built site>.`);
    process.exit(1);
  }
  log(`built in ${(buildMs / 1000).toFixed(1)} s`);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`bench: ${DIST} has no index.html. Run "npm run build" first, or drop --no-build.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 2. Pages to measure, discovered from the build
// ---------------------------------------------------------------------------------------------
const lessonSlugs = existsSync(join(DIST, 'lessons'))
  ? readdirSync(join(DIST, 'lessons'))
      .filter((slug) => existsSync(join(DIST, 'lessons', slug, 'index.html')))
      .sort()
  : [];
const slug = lessonSlugs[0];
/** The pages the issue asks about, by name, with the built file each would be. */
const PAGES = [
  { name: 'home', file: 'index.html' },
  { name: 'lesson', file: slug ? `lessons/${slug}/index.html` : undefined },
  { name: 'glossary', file: 'glossary/index.html' },
  { name: 'timeline', file: slug ? `lessons/${slug}/timeline/index.html` : undefined },
  // Not in the issue's list, but it is where the lesson's question sets went: measured alongside.
  { name: 'questions', file: slug ? `lessons/${slug}/questions/index.html` : undefined },
  { name: 'teach', file: 'teach/index.html' },
  { name: 'search', file: 'search/index.html' },
].map((page) => ({
  ...page,
  built: page.file !== undefined && existsSync(join(DIST, page.file)),
  path: page.file === undefined ? undefined : `${BASE}${page.file.replace(/index\.html$/, '')}`,
}));

// ---------------------------------------------------------------------------------------------
// 3. The floor: the article text alone, as the plainest possible page
// ---------------------------------------------------------------------------------------------
/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function buildFloor() {
  if (!slug) return undefined;
  const source = join('content', 'lessons', `${slug}.source.txt`);
  if (!existsSync(source)) return undefined;
  const blocks = readFileSync(source, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // The headline is the block the lesson page shows as its <h1>; failing that, the first block.
  const lessonHtml = readFileSync(join(DIST, 'lessons', slug, 'index.html'), 'utf8');
  const h1 = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(lessonHtml)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
  const headline = blocks.find((block) => block === h1) ?? blocks[0] ?? slug;
  const body = blocks.filter((block) => block !== headline);
  const description = (body.find((block) => block.length > 80) ?? headline).slice(0, 150);
  const html =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    // An empty icon, so the browser does not ask for /favicon.ico and log a 404.
    `<link rel="icon" href="data:,">` +
    `<title>${escapeHtml(headline)}</title><meta name="description" content="${escapeHtml(description)}">` +
    `</head><body><main><article><h1>${escapeHtml(headline)}</h1>\n` +
    body.map((block) => `<p>${escapeHtml(block)}</p>`).join('\n') +
    `\n</article></main></body></html>\n`;
  mkdirSync(FLOOR_DIR, { recursive: true });
  writeFileSync(join(FLOOR_DIR, 'index.html'), html);
  return { source, bytes: Buffer.byteLength(html) };
}
const floor = buildFloor();

// ---------------------------------------------------------------------------------------------
// 4. A static server on 127.0.0.1 that compresses as a real host would (brotli, else gzip)
// ---------------------------------------------------------------------------------------------
/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;
const encoded = new Map();

/**
 * @param {string} root
 * @param {string} urlPath
 * @returns {string | undefined}
 */
function resolveFile(root, urlPath) {
  const file = resolve(root, `.${urlPath}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  const path = decodeURIComponent(url.pathname);
  const inFloor = path.startsWith(FLOOR_PATH);
  const root = inFloor ? FLOOR_DIR : DIST;
  const prefix = inFloor ? FLOOR_PATH : BASE;
  const rel = `/${path.slice(prefix.length)}`;
  const file = path.startsWith(prefix) ? resolveFile(root, rel) : undefined;
  if (file && !path.endsWith('/') && file.endsWith(`${sep}index.html`) && !rel.endsWith('index.html')) {
    res.writeHead(301, { Location: `${url.pathname}/` });
    res.end();
    return;
  }
  const target = file ?? join(DIST, '404.html');
  const status = file ? 200 : 404;
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.test(type)
    ? undefined
    : /\bbr\b/.test(accept)
      ? 'br'
      : /\bgzip\b/.test(accept)
        ? 'gzip'
        : undefined;
  const key = `${target}|${encoding}`;
  let body = encoded.get(key);
  if (!body) {
    const raw = existsSync(target) ? readFileSync(target) : Buffer.from('Not found');
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    encoded.set(key, body);
  }
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': path.startsWith(`${BASE}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
  });
  res.end(body);
});
await new Promise((ok, fail) => {
  server.once('error', fail);
  server.listen(PORT, '127.0.0.1', () => ok(undefined));
});
const ORIGIN = `http://127.0.0.1:${PORT}`;
log(`serving ${DIST} and the floor at ${ORIGIN}`);

// ---------------------------------------------------------------------------------------------
// 5. Per page, in a browser: requests, bytes by type, JavaScript before interaction
// ---------------------------------------------------------------------------------------------
const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({
  ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
  args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
});

/**
 * @param {string} resourceType
 * @param {string} url
 * @returns {'html' | 'css' | 'js' | 'image' | 'font' | 'other'}
 */
const kindOf = (resourceType, url) => {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'image') return 'image';
  if (resourceType === 'font') return 'font';
  return 'other';
};

/** Bytes executed, from V8 block coverage: inner ranges override the outer ones they sit in. */
/** @param {{ source?: string, functions: { ranges: { startOffset: number, endOffset: number, count: number }[] }[] }} entry */
function executedBytes(entry) {
  const length = entry.source?.length ?? 0;
  if (length === 0) return 0;
  const painted = new Uint8Array(length);
  const ranges = entry.functions
    .flatMap((fn) => fn.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges)
    painted.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, length));
  return painted.reduce((sum, bit) => sum + bit, 0);
}

/** @param {string} url */
async function inspect(url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  // Guard: anything not on this server is aborted before it leaves the machine.
  await context.route(
    (u) => u.origin !== ORIGIN,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  /** @type {import('@playwright/test').Response[]} */
  const responses = [];
  /** @type {string[]} */
  const offsite = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(ORIGIN) && !/^(data|blob):/.test(request.url())) offsite.push(request.url());
  });
  page.on('response', (response) => responses.push(response));
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  const coverage = await page.coverage.stopJSCoverage();
  const documentUrl = page.url();
  // Which requests blocked rendering, as Chromium reports it in Resource Timing.
  const blocking = new Set(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            /** @type {{ renderBlockingStatus?: string }} */ (/** @type {unknown} */ (entry)).renderBlockingStatus ===
            'blocking',
        )
        .map((entry) => entry.name),
    ),
  );
  /** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */
  /** @type {Partial<Record<ReturnType<typeof kindOf>, Sizes & { count: number }>>} */
  const byType = {};
  /** @type {(Sizes & { url: string, kind: string, status: number })[]} */
  const requests = [];
  let firstPaint = { raw: 0, gzip: 0, brotli: 0 };
  for (const response of responses) {
    const request = response.request();
    let body;
    try {
      body = await response.body();
    } catch {
      body = Buffer.alloc(0);
    }
    const kind = kindOf(request.resourceType(), request.url());
    const sizes = { raw: body.length, gzip: gzip(body), brotli: brotli(body) };
    const tally = (byType[kind] ??= { count: 0, raw: 0, gzip: 0, brotli: 0 });
    tally.count += 1;
    for (const k of /** @type {const} */ (['raw', 'gzip', 'brotli'])) tally[k] += sizes[k];
    requests.push({ url: request.url().slice(ORIGIN.length), kind, status: response.status(), ...sizes });
    if (kind === 'html' || blocking.has(request.url())) {
      firstPaint = {
        raw: firstPaint.raw + sizes.raw,
        gzip: firstPaint.gzip + sizes.gzip,
        brotli: firstPaint.brotli + sizes.brotli,
      };
    }
  }
  const total = Object.values(byType).reduce(
    (sum, t) => ({ raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip, brotli: sum.brotli + t.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const scripts = coverage.map((entry) => ({
    url: entry.url === documentUrl || entry.url === url ? '(inline)' : entry.url.slice(ORIGIN.length),
    bytes: entry.source?.length ?? 0,
    executed: executedBytes(entry),
  }));
  await context.close();
  return {
    requests: requests.length,
    byType,
    total,
    firstPaint,
    offsite,
    jsBeforeInteraction: {
      scripts,
      bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
      executed: scripts.reduce((sum, s) => sum + s.executed, 0),
    },
    requestList: requests,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Lighthouse, mobile (its defaults: emulated phone, simulated slow 4G and 4x CPU slowdown)
// ---------------------------------------------------------------------------------------------
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
/** @type {import('chrome-launcher').LaunchedChrome | undefined} */
let chrome;
async function startChrome() {
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
}
async function stopChrome() {
  try {
    await chrome?.kill();
  } catch {
    // Already gone.
  }
}
await startChrome();

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** What Lighthouse clears for the origin before each run: its defaults, and the site's own storage. */
const STORAGE_TYPES = /** @type {const} */ ([
  'file_systems',
  'shader_cache',
  'service_workers',
  'cache_storage',
  'local_storage',
  'indexeddb',
]);

/** @param {string} url */
async function audit(url) {
  /** @type {{ error?: string, scores?: Record<string, number>, metrics?: Record<string, number | undefined>, failing?: string[] }[]} */
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    if (Date.now() > DEADLINE) break;
    try {
      const result = await within(LIGHTHOUSE_TIMEOUT, `Lighthouse on ${url}`, () =>
        lighthouse(url, {
          ...(chrome ? { port: chrome.port } : {}),
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          // Every run a first visit: Lighthouse's default clears the cache and the service worker
          // but keeps localStorage, where the site notes that its fonts are cached
          // (src/inline/prefs.js); every run after the first would then ask for fonts that
          // Lighthouse had just removed from the cache, a state no reader is ever in.
          clearStorageTypes: [...STORAGE_TYPES],
        }),
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
      runs.push({
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
        metrics: Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue])),
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
          .map((a) => `${a.id} (${a.score})`),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${message}; restarting Chrome`);
      await stopChrome();
      await startChrome();
      runs.push({ error: message });
    }
  }
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return { error: runs[0]?.error ?? 'not run (deadline)' };
  return {
    runs: ok.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(ok.map((r) => r.scores?.[c]))])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(ok.map((r) => r.metrics?.[k]))])),
    failing: [...new Set(ok.flatMap((r) => r.failing))],
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Search: the median of 20 Pagefind queries after warm-up, by scripts/bench-search.mjs
// ---------------------------------------------------------------------------------------------
/** @param {{ built: boolean } | undefined} searchPage */
async function searchBench(searchPage) {
  const script = resolve('scripts', 'bench-search.mjs');
  if (!searchPage?.built || !existsSync(script)) return { status: 'search not built' };
  const mod = await import(new URL(`file://${script}`).href);
  const fn = mod.benchSearch ?? mod.default;
  if (typeof fn !== 'function') return { status: 'scripts/bench-search.mjs exports no function' };
  const context = await browser.newContext();
  await context.route(
    (u) => u.origin !== ORIGIN,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  try {
    // scripts/bench-search.mjs: benchSearch(siteRootUrl, page, { runs, dist }) → { medianMs, runs, bundleBytes, … }
    const result = await within(180_000, 'the search benchmark', () =>
      fn(`${ORIGIN}${BASE}`, page, { runs: 20, dist: DIST }),
    );
    return { status: 'ok', ...result };
  } catch (error) {
    return { status: `failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------
/**
 * One measured page, as written to bench/results.json.
 * @typedef {Partial<Awaited<ReturnType<typeof inspect>>> & { name: string, status: string,
 *   path?: string | undefined, file?: string | undefined, error?: string,
 *   lighthouse?: Awaited<ReturnType<typeof audit>>, vsFloor?: Record<string, number | undefined> }} PageResult
 */
/** @type {PageResult[]} */
const results = [];
const targets = [
  ...(floor ? [{ name: 'floor', path: FLOOR_PATH, built: true, file: `${FLOOR_DIR}/index.html` }] : []),
  ...PAGES,
];
try {
  for (const target of targets) {
    if (!target.built) {
      results.push({ name: target.name, status: 'not built' });
      log(`${target.name}: not built`);
      continue;
    }
    if (Date.now() > DEADLINE) {
      results.push({ name: target.name, path: target.path, status: 'skipped: the run hit its 40-minute limit' });
      continue;
    }
    const url = `${ORIGIN}${target.path}`;
    log(`${target.name}: ${url}`);
    /** @type {Partial<Awaited<ReturnType<typeof inspect>>> & { error?: string }} */
    const measured = await within(120_000, `measuring ${url}`, () => inspect(url)).catch((error) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
    const lh = await audit(url);
    log(
      `${target.name}: ${measured.requests ?? '?'} requests; Lighthouse ${JSON.stringify(lh.scores ?? lh.error)} LCP ${ms(lh.metrics?.lcp)}`,
    );
    results.push({
      name: target.name,
      path: target.path,
      file: target.file,
      status: 'ok',
      ...measured,
      lighthouse: lh,
    });
  }
} finally {
  await stopChrome();
}
const search = await searchBench(PAGES.find((p) => p.name === 'search'));
await browser.close();
server.close();

// Ratios to the floor, in the same run.
const floorResult = results.find((r) => r.name === 'floor' && r.status === 'ok');
for (const r of results) {
  if (r.status !== 'ok' || !floorResult || r === floorResult) continue;
  /**
   * @param {number | undefined} a
   * @param {number | undefined} b
   */
  const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : undefined);
  r.vsFloor = {
    bytes: ratio(r.total?.brotli, floorResult.total?.brotli),
    lcp: ratio(r.lighthouse?.metrics?.lcp, floorResult.lighthouse?.metrics?.lcp),
    requests: ratio(r.requests, floorResult.requests),
  };
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim();
const report = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
    cpus: cpus().length,
    loadavg: loadavg().map((n) => Math.round(n * 100) / 100),
    lighthouseRuns: RUNS,
  },
  buildMs: buildMs === undefined ? null : Math.round(buildMs),
  dist: DIST,
  floor: floor ? { source: floor.source, htmlBytes: floor.bytes } : 'no lesson source text found',
  pages: results,
  search,
};

/** @param {readonly unknown[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`;
const lines = [];
lines.push(
  `Gloss bench, ${report.date}: Node ${process.version}, ${chromiumVersion ?? 'Chromium'}, Lighthouse ${report.environment.lighthouse} (mobile, ${RUNS} run${RUNS > 1 ? 's, median' : ''}), ${report.environment.cpus} cores, load ${report.environment.loadavg.join(' ')}.`,
);
lines.push('');
const searchLine =
  search.status === 'ok'
    ? `median ${search.medianMs} ms over ${search.runs} Pagefind queries after warm-up, ${kib(search.bundleBytes)} KiB of index fetched`
    : search.status;
lines.push(
  `Build: ${buildMs === undefined ? 'not measured (--no-build)' : `${(buildMs / 1000).toFixed(1)} s`}. Search: ${searchLine}.`,
);
lines.push('');
lines.push(
  row([
    'page',
    'requests',
    'KiB br (gzip, raw)',
    'first paint KiB br',
    'JS before interaction: KiB loaded / executed',
    'Perf',
    'A11y',
    'BP',
    'SEO',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'SI',
    '× floor bytes',
    '× floor LCP',
    '× floor requests',
  ]),
);
lines.push(row(Array(17).fill('---')));
for (const r of results) {
  if (r.status !== 'ok') {
    lines.push(row([r.name, r.status, ...Array(15).fill('')]));
    continue;
  }
  const s = r.lighthouse?.scores ?? {};
  const m = r.lighthouse?.metrics ?? {};
  lines.push(
    row([
      r.name === 'floor' ? '**floor**' : r.name,
      r.requests ?? '–',
      r.total ? `${kib(r.total.brotli)} (${kib(r.total.gzip)}, ${kib(r.total.raw)})` : (r.error ?? '–'),
      kib(r.firstPaint?.brotli),
      r.jsBeforeInteraction ? `${kib(r.jsBeforeInteraction.bytes)} / ${kib(r.jsBeforeInteraction.executed)}` : '–',
      s.performance ?? '–',
      s.accessibility ?? '–',
      s['best-practices'] ?? '–',
      s.seo ?? '–',
      ms(m.fcp),
      ms(m.lcp),
      ms(m.tbt),
      m.cls === undefined ? '–' : m.cls.toFixed(3),
      ms(m.si),
      r.vsFloor?.bytes ?? (r.name === 'floor' ? '1' : '–'),
      r.vsFloor?.lcp ?? (r.name === 'floor' ? '1' : '–'),
      r.vsFloor?.requests ?? (r.name === 'floor' ? '1' : '–'),
    ]),
  );
}
lines.push('');
lines.push('Bytes by type, KiB brotli (gzip / raw):');
lines.push('');
const TYPES_SHOWN = /** @type {const} */ (['html', 'css', 'js', 'image', 'font', 'other']);
lines.push(row(['page', ...TYPES_SHOWN]));
lines.push(row(Array(TYPES_SHOWN.length + 1).fill('---')));
for (const r of results.filter((x) => x.status === 'ok' && x.byType)) {
  lines.push(
    row([
      r.name,
      ...TYPES_SHOWN.map((t) => {
        const n = r.byType?.[t];
        return n ? `${kib(n.brotli)} (${kib(n.gzip)} / ${kib(n.raw)}), ${n.count} req` : '–';
      }),
    ]),
  );
}
const warnings = results.flatMap((r) => [
  ...(r.offsite?.length ? [`${r.name}: requests to other origins (aborted): ${r.offsite.join(', ')}`] : []),
  ...(r.lighthouse?.error ? [`${r.name}: Lighthouse failed: ${r.lighthouse.error}`] : []),
  ...(r.lighthouse?.failing?.length
    ? [`${r.name}: Lighthouse audits below 100: ${r.lighthouse.failing.join(', ')}`]
    : []),
]);
if (warnings.length) {
  lines.push('');
  lines.push('Notes:');
  lines.push('');
  for (const w of warnings) lines.push(`- ${w}`);
}
const markdown = `${lines.join('\n')}\n`;

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(OUT, 'results.md'), markdown);
console.log(markdown);
log(`wrote ${join(args.out, 'results.json')} and ${join(args.out, 'results.md')}`);
process.exit(0);
