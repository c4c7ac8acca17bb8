/**
 * The static gates, over every page of the build ($GLOSS_DIST): HTML validity, links and
 * anchors, the Content-Security-Policy audit and the byte budgets. They read the built files and
 * open no browser, so they run in Vitest (`npm run test:built`, after `npm run build`) rather than
 * in Playwright, where each test would pay for a browser context.
 * Each gate's checker is also fed deliberately bad fixtures in tests/unit/, to be seen to fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { formatWeights, overBudget, weighPage, type Budgets, type PageWeight } from '../../src/lib/budgets';
import { auditCsp } from '../../src/lib/csp';
import { checkLinks, collectRefsFromTree, formatBrokenLinks, type PageRefs } from '../../src/lib/links';
import { validateHtml } from '../gates/html';
import { BASE, DIST, listFiles, listPages, readBuilt } from '../gates/site';

const pages = listPages(DIST);
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

it('the build under test has pages to gate', () => {
  expect(pages, `no pages in ${DIST}: run "npm run build" first`).toContain('index.html');
  expect(pages).toContain('404.html');
});

describe.each(pages)('%s', (file) => {
  it('is valid HTML', async () => {
    expect(await validateHtml(readBuilt(DIST, file), file)).toEqual([]);
  });

  it('allows its inline code by hash and loads nothing from another origin', () => {
    expect(auditCsp(readBuilt(DIST, file))).toEqual([]);
  });
});

it('every internal link, #anchor and same-page id reference resolves', () => {
  const refs = new Map<string, PageRefs>();
  for (const file of pages) refs.set(file, collectRefsFromTree(fromHtml(readBuilt(DIST, file))));
  const broken = checkLinks({ pages: refs, files: new Set(listFiles(DIST)) }, BASE);
  expect(formatBrokenLinks(broken)).toEqual([]);
});

it('every page fits its byte budgets (budgets.json)', () => {
  const read = (file: string): Uint8Array | undefined =>
    existsSync(join(DIST, file)) ? readFileSync(join(DIST, file)) : undefined;
  const weights: PageWeight[] = pages.map((file) => weighPage(file, readBuilt(DIST, file), read, BASE));
  // For re-tuning the budgets: GLOSS_PRINT_WEIGHTS=1 prints every page's measurements.
  if (process.env['GLOSS_PRINT_WEIGHTS']) console.log(formatWeights(weights));
  expect(weights.flatMap((w) => w.missing.map((m) => `${w.file} references ${m}, which is not built`))).toEqual([]);
  expect(overBudget(weights, budgets)).toEqual([]);
});

it('the search index is written into the built site for the offline cache', () => {
  const bundle = readdirSync(join(DIST, 'pagefind'));
  expect(bundle).toContain('pagefind.js');
  expect(bundle).toContain('pagefind-highlight.js');
  expect(bundle.some((f) => f.startsWith('wasm.'))).toBe(true);
  // Pagefind's own ready-made UIs and its worker are not used, so they are not shipped (or cached).
  expect(bundle.filter((f) => /-ui\.(js|css)$|-worker\.js$/.test(f))).toEqual([]);
});
