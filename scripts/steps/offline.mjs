// Post-build step: writes the service worker (dist/sw.js) that makes the whole site readable
// offline after one visit. It runs after the search step so Pagefind's bundle is precached too.
// Which files are precached, and under which URLs, is decided by src/lib/offline.ts (pure and
// unit-tested); Workbox only hashes the files and writes the worker.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSW } from 'workbox-build';
import { buildPrecacheManifest, formatBytes } from '../../src/lib/offline.ts';

/**
 * Generates `sw.js` at the root of a built site.
 * @param {{ dist: string, base: string, quiet?: boolean }} options `dist` is the built site;
 *   `base` the path it is served under (`/`, `/gloss/`), or `./` for URLs relative to the
 *   worker (the export bundle, which may be served anywhere).
 * @returns {Promise<{ count: number, totalBytes: number, warnings: string[] }>}
 */
export async function run({ dist, base, quiet = false }) {
  /** @type {string[]} */
  let warnings = [];
  let totalBytes = 0;
  /** @type {import('workbox-build').ManifestTransform} */
  const transform = (entries) => {
    const manifest = buildPrecacheManifest(
      entries.map((entry) => ({ path: entry.url, size: entry.size, revision: entry.revision })),
      { base },
    );
    warnings = manifest.warnings;
    totalBytes = manifest.totalBytes;
    return { manifest: manifest.entries, warnings: manifest.warnings };
  };

  const result = await generateSW({
    swDest: `${dist}/sw.js`,
    globDirectory: dist,
    globPatterns: ['**/*'],
    // Size and ignore rules live in src/lib/offline.ts, so Workbox's own filter is switched off.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    manifestTransforms: [transform],
    // Pages are precached as …/index.html and answered for …/ navigations.
    directoryIndex: 'index.html',
    // Assignment links and Pagefind's cache-busting `?ts=` must still hit the precache.
    ignoreURLParametersMatching: [/.*/],
    cacheId: 'gloss',
    cleanupOutdatedCaches: true,
    // Control the first page at once, so the site is offline-ready after one visit.
    clientsClaim: true,
    // A new build waits until the reader accepts "Reload": old pages keep their old assets.
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    disableDevLogs: true,
    babelPresetEnvTargets: ['chrome >= 100', 'firefox >= 100', 'safari >= 15.4'],
  });

  for (const warning of warnings) console.warn(warning);
  if (!quiet) {
    console.log(`offline: sw.js precaches ${result.count} files (${formatBytes(totalBytes)}) under ${base || './'}`);
  }
  return { count: result.count, totalBytes, warnings };
}

// Run on its own: `node scripts/steps/offline.mjs --dist <built site> [--base /gloss/]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.GLOSS_DIST ?? 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  await run({ dist: values.dist, base: values.base });
}
