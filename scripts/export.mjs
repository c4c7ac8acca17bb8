#!/usr/bin/env node
// `npm run export`: packs the built site into a zip that a teacher can put on a USB stick, a
// school server or any static host. The copy in the zip has relative URLs (rewritten by
// src/lib/relative-urls.ts), so it works opened straight from disk (file://) and served under
// any path; its service worker precaches with URLs relative to itself for the same reason.
// Usage: node scripts/export.mjs [--dist dist] [--out export/gloss-site.zip]
// (GLOSS_DIST, BASE_PATH and GLOSS_EXPORT set the same things.)
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { rewriteCss, rewriteHtml } from '../src/lib/relative-urls.ts';
import { run as writeServiceWorker } from './steps/offline.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.GLOSS_DIST ?? 'dist' },
    out: { type: 'string', default: process.env.GLOSS_EXPORT ?? 'export/gloss-site.zip' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});

/** Name of the folder inside the zip. */
const FOLDER = 'gloss-site';
/** Already-compressed formats are stored as they are; compressing them again only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|pagefind|pf_fragment|pf_index|pf_meta|pf_filter)$/i;

/** Settings for `npx serve` (serve-handler): relative links need the real file names. */
const SERVE_CONFIG = {
  cleanUrls: false,
  headers: [
    { source: 'sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
    { source: '_astro/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
  ],
};

const dist = resolve(values.dist);
const out = resolve(values.out);
const base = values.base;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`export: ${dist} has no index.html. Run "npm run build" first, or pass --dist <built site>.`);
  process.exit(1);
}

/**
 * Every file under `dir`, as paths relative to it with `/` separators.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

const stage = mkdtempSync(join(tmpdir(), 'gloss-export-'));
try {
  const site = join(stage, FOLDER);
  cpSync(dist, site, { recursive: true });

  let rewritten = 0;
  for (const file of filesUnder(site)) {
    const path = join(site, file);
    if (file.endsWith('.html')) writeFileSync(path, rewriteHtml(readFileSync(path, 'utf8'), { base, file }));
    else if (file.endsWith('.css')) writeFileSync(path, rewriteCss(readFileSync(path, 'utf8'), { base, file }));
    else continue;
    rewritten++;
  }

  // The pages changed, so the worker's revisions must too; its URLs become relative to it.
  const { count } = await writeServiceWorker({ dist: site, base: './', quiet: true });

  const readme = readFileSync(new URL('export-README.txt', import.meta.url), 'utf8')
    .replaceAll('{folder}', FOLDER)
    .replaceAll('{base}', base)
    .replaceAll('{date}', new Date().toISOString().slice(0, 10));
  writeFileSync(join(site, 'README.txt'), readme);
  // `npx serve` reads serve.json from the folder it serves. Its "clean URLs" would redirect
  // lessons/x/index.html to lessons/x, which breaks the relative links, so they are turned off.
  writeFileSync(join(site, 'serve.json'), `${JSON.stringify(SERVE_CONFIG, null, 2)}\n`);

  /** @type {Record<string, [Uint8Array, { level: 0 | 6 }]>} */
  const entries = {};
  for (const file of filesUnder(site)) {
    entries[`${FOLDER}/${file}`] = [readFileSync(join(site, file)), { level: STORED.test(file) ? 0 : 6 }];
  }
  const zip = zipSync(entries, { mtime: new Date() });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(
    `export: wrote ${relative(process.cwd(), out) || out} (${(zip.length / 1024).toFixed(0)} kB, ` +
      `${Object.keys(entries).length} files; ${rewritten} pages and stylesheets made relative; ` +
      `${count} files precached for offline use)`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
