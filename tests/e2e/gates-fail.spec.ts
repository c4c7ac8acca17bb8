/**
 * The browser gates must be able to fail: the sweep's watchers (tests/e2e/sweep.ts) are run on
 * deliberately bad pages from tests/fixtures/gates/browser/, served on the test origin, and must
 * report each problem. This uses Playwright's plain `test`, because the shared fixtures would
 * (rightly) fail these pages on their console errors and offsite requests.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, cspViolations, watchConsole, watchCsp, watchRequests } from './sweep';

/** Serves a fixture page at /__gates__/<name> on the test origin, and blocks any other origin. */
async function serveFixture(page: Page, name: string): Promise<{ reachedOffsite: string[] }> {
  const reachedOffsite: string[] = [];
  // Nothing may leave the machine: the other origin is another loopback address, and aborted.
  await page.route(/^http:\/\/127\.0\.0\.2/, async (route) => {
    reachedOffsite.push(route.request().url());
    await route.abort();
  });
  await page.route(`**/__gates__/${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(`tests/fixtures/gates/browser/${name}`, 'utf8'),
    }),
  );
  return { reachedOffsite };
}

test('the sweep reports a request to another origin, a console error and an axe violation', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  await serveFixture(page, 'offsite.html');
  const requests = watchRequests(page, origin);
  const messages = watchConsole(page);
  await page.goto('/__gates__/offsite.html');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual(['http://127.0.0.2:4359/tracker.png']);
  expect(messages).toContain('error: deliberate error from the fixture');
  const violations = await axeViolations(page);
  expect(violations).toContainEqual(expect.stringMatching(/^light: image-alt \(critical\): img/));
  // The second scheme runs the colour rules only, and the fixture's text that is grey on grey only
  // in dark fails them there (and only there, so the scheme really changed).
  expect(violations).toContainEqual(expect.stringMatching(/^dark: color-contrast \(serious\): \.dim /));
  expect(violations.filter((v) => v.includes('color-contrast'))).toHaveLength(1);
});

test('the sweep reports Content-Security-Policy violations, and the policy blocks the code', async ({ page }) => {
  await serveFixture(page, 'csp.html');
  await watchCsp(page);
  await page.goto('/__gates__/csp.html');
  await expect
    .poll(() => cspViolations(page))
    .toEqual([
      expect.stringMatching(/^style-src-attr blocked inline at /),
      expect.stringMatching(/^script-src-elem blocked inline at /),
    ]);
  expect(await page.evaluate(() => document.documentElement.dataset['ran'])).toBeUndefined();
});

test('the CSP watcher says so when it was not installed, rather than reporting nothing', async ({ page }) => {
  await serveFixture(page, 'csp.html');
  await page.goto('/__gates__/csp.html');
  expect(await cspViolations(page)).toEqual(['the CSP watcher did not run: call watchCsp() before goto()']);
});
