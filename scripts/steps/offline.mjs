#!/usr/bin/env node
// Writes the service worker of a built site on its own, outside `astro build` (which writes it
// through src/integrations/offline.ts): the export re-writes it with relative URLs, and the
// offline browser test writes one for a second build to test updates.
// Usage: node scripts/steps/offline.mjs --dist <built site> [--base /gloss/]
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeServiceWorker, writeServiceWorker } from '../../src/integrations/offline.ts';

/**
 * Generates `sw.js` at the root of a built site.
 * @param {{ dist: string, base: string, quiet?: boolean }} options `dist` is the built site;
 *   `base` the path it is served under (`/`, `/gloss/`), or `./` for URLs relative to the
 *   worker (the export bundle, which may be served anywhere).
 * @returns {Promise<import('../../src/integrations/offline.ts').ServiceWorkerResult>}
 */
export async function run({ dist, base, quiet = false }) {
  const result = await writeServiceWorker({ dist, base });
  for (const warning of result.warnings) console.warn(warning);
  if (!quiet) console.log(`offline: ${describeServiceWorker(result, base)}`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.GLOSS_DIST ?? 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  await run({ dist: values.dist, base: values.base });
}
