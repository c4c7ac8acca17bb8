// Writes the service worker (sw.js) that makes the whole site readable offline after one visit.
// It runs after the search integration so Pagefind's bundle is precached too. Which files are
// precached, and under which URLs, is decided by src/lib/offline.ts (pure and unit-tested);
// Workbox only hashes the files and writes the worker.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type ManifestTransform } from 'workbox-build';
import { buildPrecacheManifest, formatBytes } from '../lib/offline.ts';

/** What {@link writeServiceWorker} wrote. */
export interface ServiceWorkerResult {
  /** Files precached. */
  count: number;
  /** Their total size in bytes. */
  totalBytes: number;
  /** Files left out, with why. */
  warnings: string[];
}

/**
 * Generates `sw.js` at the root of a built site.
 * @param options `dist` is the built site; `base` the path it is served under (`/`, `/gloss/`),
 *   or `./` for URLs relative to the worker (the export bundle, which may be served anywhere).
 */
export async function writeServiceWorker({ dist, base }: { dist: string; base: string }): Promise<ServiceWorkerResult> {
  let warnings: string[] = [];
  let totalBytes = 0;
  const transform: ManifestTransform = (entries) => {
    const manifest = buildPrecacheManifest(
      entries.map((entry) => ({ path: entry.url, size: entry.size, revision: entry.revision })),
      { base },
    );
    warnings = manifest.warnings;
    totalBytes = manifest.totalBytes;
    return Promise.resolve({ manifest: manifest.entries, warnings: manifest.warnings });
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
  return { count: result.count, totalBytes, warnings };
}

/** The build-log line for a written service worker. */
export function describeServiceWorker(result: ServiceWorkerResult, base: string): string {
  return `sw.js precaches ${result.count} files (${formatBytes(result.totalBytes)}) under ${base || './'}`;
}

/**
 * The service worker as part of `astro build`, on `astro:build:done`. List it after the search
 * integration: it precaches whatever is in the output folder, the search index included.
 */
export function glossOffline(): AstroIntegration {
  let base = '/';
  return {
    name: 'gloss:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The precache URLs are the site's own, so they carry the base path (BASE_PATH).
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await writeServiceWorker({ dist: fileURLToPath(dir), base });
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(describeServiceWorker(result, base));
      },
    },
  };
}
