// Indexes the finished site with Pagefind and writes the bundle to <dist>/pagefind/, where the
// offline integration (which runs next) precaches it. Pages with `data-pagefind-body` are
// indexed whole, with sub-results at headings that have ids (the article's ¶ anchors); elements
// marked `data-search-record` become results of their own (src/lib/search-records.ts).
// Any indexing error, or an empty index, fails the build.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageUrlFor, splitSearchRecords } from '../lib/search-records';

/** Filters each record type must carry; the issue asks for the lesson everywhere and the year on events. */
const REQUIRED_FILTERS = { timeline: ['lesson', 'year'], note: ['lesson'] };

/**
 * Files Pagefind writes that Gloss does not use: its ready-made UIs (our UI is
 * src/islands/search.ts) and its Web Worker (the UI searches on the main thread, `noWorker`).
 * Removing them keeps them out of the offline cache.
 */
const UNUSED = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/** All .html files under `dir`, relative to it, skipping an old Pagefind bundle. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(/[\\/]/).includes('pagefind'))
    .sort();
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Throws with every message in `errors`, saying what was being done. */
function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`search: Pagefind failed while ${doing}:\n  ${errors.join('\n  ')}`);
}

/** The part of pagefind-entry.json read here: which wasm build each indexed language uses. */
interface PagefindEntry {
  languages: Record<string, { wasm: string }>;
}

/**
 * Indexes the built site in `dist` and writes `dist/pagefind/`. Result URLs are stored without
 * the base path; pagefind.js adds the base it is loaded from.
 * @returns the summary line for the build log
 */
export async function writeSearchIndex(dist: string): Promise<string> {
  const outputPath = join(dist, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  check(errors, 'starting');
  if (!index) throw new Error('search: Pagefind did not create an index.');

  const problems: string[] = [];
  const counts = new Map<string, number>();
  let pages = 0;
  const recordCount = (): number => [...counts.values()].reduce((a, b) => a + b, 0);
  try {
    for (const file of htmlFiles(dist)) {
      const url = pageUrlFor(file);
      const split = splitSearchRecords(readFileSync(join(dist, file), 'utf8'), url, {
        requiredFilters: REQUIRED_FILTERS,
      });
      problems.push(...split.problems.map((p) => `${p} (in ${relative(process.cwd(), join(dist, file))})`));
      if (split.page !== undefined) {
        const added = await index.addHTMLFile({ url, content: split.page });
        check(added.errors, `indexing ${url}`);
        pages += 1;
      }
      for (const record of split.records) {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        check(added.errors, `indexing ${record.url}`);
        counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
      }
    }
    if (problems.length > 0) {
      throw new Error(
        `search: the search markup of ${problems.length} element(s) needs fixing:\n  ${problems.join('\n  ')}`,
      );
    }
    if (pages + recordCount() === 0) {
      throw new Error(
        `search: nothing to index in ${dist}. Pages are indexed when they have a data-pagefind-body ` +
          'element (the lesson page does); check that "astro build" wrote the lesson pages.',
      );
    }
    const written = await index.writeFiles({ outputPath });
    check(written.errors, `writing ${outputPath}`);
  } finally {
    await pagefind.close();
  }

  for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
  // Pagefind ships a wasm build per language; keep only the languages that were indexed.
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`));
  for (const name of readdirSync(outputPath)) {
    if (/^wasm\..+\.pagefind$/.test(name) && !wasm.has(name)) rmSync(join(outputPath, name));
  }
  if (!existsSync(join(outputPath, 'pagefind.js'))) throw new Error(`search: ${outputPath}/pagefind.js is missing.`);

  const records = [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
  const kb = (sizeOf(outputPath) / 1024).toFixed(0);
  return (
    `indexed ${pages} page(s) and ${recordCount()} record(s)${records ? ` (${records})` : ''} ` +
    `into ${relative(process.cwd(), outputPath) || outputPath} (${kb} kB)`
  );
}

/**
 * The search index as part of `astro build`: it runs when the pages are written
 * (`astro:build:done`), as Starlight runs Pagefind. List it before the offline integration,
 * whose service worker must precache the index.
 */
export function glossSearch(): AstroIntegration {
  return {
    name: 'gloss:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await writeSearchIndex(fileURLToPath(dir)));
      },
    },
  };
}
