/**
 * The static gates, over every page of the build ($GLOSS_DIST): HTML validity, links and
 * anchors, the Content-Security-Policy audit and the byte budgets. They need the built site,
 * so they run with the browser tests (after `npm run build`), though they open no browser.
 * Each gate's checker is also fed deliberately bad fixtures in tests/unit/, to be seen to fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { formatWeights, overBudget, weighPage, type Budgets, type PageWeight } from '../../src/lib/budgets';
import { auditCsp } from '../../src/lib/csp';
import { checkLinks, collectRefsFromTree, formatBrokenLinks, type PageRefs } from '../../src/lib/links';
import { validateHtml } from '../gates/html';
import { BASE, DIST, listFiles, listPages, readBuilt } from '../gates/site';
import { test, expect } from './fixtures';

const pages = listPages(DIST);
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

test('the build under test has pages to gate', () => {
  expect(pages, `no pages in ${DIST}: run "npm run build" first`).toContain('index.html');
  expect(pages).toContain('404.html');
});

for (const file of pages) {
  test(`${file} is valid HTML`, async () => {
    expect(await validateHtml(readBuilt(DIST, file), file)).toEqual([]);
  });

  test(`${file} allows its inline code by hash and loads nothing from another origin`, () => {
    expect(auditCsp(readBuilt(DIST, file))).toEqual([]);
  });
}

test('every internal link, #anchor and same-page id reference resolves', () => {
  const refs = new Map<string, PageRefs>();
  for (const file of pages) refs.set(file, collectRefsFromTree(fromHtml(readBuilt(DIST, file))));
  const broken = checkLinks({ pages: refs, files: new Set(listFiles(DIST)) }, BASE);
  expect(formatBrokenLinks(broken)).toEqual([]);
});

test('every page fits its byte budgets (budgets.json)', () => {
  const read = (file: string): Uint8Array | undefined =>
    existsSync(join(DIST, file)) ? readFileSync(join(DIST, file)) : undefined;
  const weights: PageWeight[] = pages.map((file) => weighPage(file, readBuilt(DIST, file), read, BASE));
  // For re-tuning the budgets: GLOSS_PRINT_WEIGHTS=1 prints every page's measurements.
  if (process.env['GLOSS_PRINT_WEIGHTS']) console.log(formatWeights(weights));
  expect(weights.flatMap((w) => w.missing.map((m) => `${w.file} references ${m}, which is not built`))).toEqual([]);
  expect(overBudget(weights, budgets)).toEqual([]);
});
