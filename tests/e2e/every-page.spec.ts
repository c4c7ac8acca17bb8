/**
 * The browser gates, on every page of the build (discovered from $GLOSS_DIST, so new pages are
 * covered as soon as they are built): axe in light and dark once the islands have hydrated;
 * no Content-Security-Policy violation; no request to another origin; no console error
 * or warning. Plus: the policy is really enforced, and the lesson page fetches no JavaScript
 * before the reader does something.
 */
import { builtPages, lessonPages, DIST, BASE } from '../gates/site';
import { pageUrl } from '../../src/lib/links';
import { test as plainTest } from '@playwright/test';
import budgets from '../../budgets.json' with { type: 'json' };
import { test, expect, expectNoAxeViolationsInBothSchemes } from './fixtures';
import { cspViolations, scrollThrough, watchConsole, watchCsp, watchRequests } from './sweep';

const pages = builtPages();

// Plain `test`: it reads the build only, so it needs no browser page.
plainTest('the build under test has pages to sweep', () => {
  const files = pages.map((p) => p.file);
  expect(files, `no pages in ${DIST}: run "npm run build" first`).toContain('index.html');
  expect(lessonPages().length, `no lesson page in ${DIST}`).toBeGreaterThan(0);
});

// The sweep sees each page as a visitor does, service worker and all (feature specs block it).
test.use({ serviceWorkers: 'allow' });

// axe on a long page takes a while on a loaded 2-core machine; speed is not what is tested here.
test.describe.configure({ timeout: 180_000 });

for (const { file, url } of pages) {
  test(`${url} (${file}): axe in light and dark, no CSP violation, offsite request or console error`, async ({
    page,
    baseURL,
    offsite,
    consoleErrors,
  }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const requests = watchRequests(page, origin);
    const messages = watchConsole(page);
    await watchCsp(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(url);
    expect(response?.status(), `${url} should be served`).toBe(200);

    // Scrolling first wakes every client:visible island, so axe sees the page as a reader does.
    await scrollThrough(page);
    // The theme follows the colour scheme through CSS alone, so one load serves both checks.
    await expectNoAxeViolationsInBothSchemes(page, url);

    expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
    expect(requests, 'requests to other origins').toEqual([]);
    expect(messages, 'console errors and warnings').toEqual([]);
    // The shared fixtures check the same two things again as the test ends.
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

// Plain `test`: the violations this provokes are logged on the console, which the shared fixtures forbid.
plainTest(
  'the Content-Security-Policy is enforced: injected inline code and offsite images are blocked',
  async ({ page }) => {
    // Nothing may leave the machine even if the policy failed: another loopback address, aborted.
    const reached: string[] = [];
    await page.route(/^http:\/\/127\.0\.0\.2/, async (route) => {
      reached.push(route.request().url());
      await route.abort();
    });
    await watchCsp(page);
    await page.goto(pageUrl('index.html', BASE));
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes";';
      document.head.append(script);
      const img = document.createElement('img');
      img.alt = '';
      img.src = 'http://127.0.0.2:4359/pixel.png';
      document.body.append(img);
      return document.documentElement.dataset['injected'] === 'yes';
    });
    expect(ran, 'an injected inline script must not run').toBe(false);
    // A server that also sends the policy as a header (npm start does) enforces it twice, so each
    // block is reported once per policy: compare the distinct reports.
    await expect
      .poll(async () => [...new Set(await cspViolations(page))])
      .toEqual([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^img-src blocked http:\/\/127\.0\.0\.2:4359\/pixel\.png/),
      ]);
    expect(reached, 'the policy stops the request before it reaches the network').toEqual([]);
  },
);

for (const file of lessonPages()) {
  const url = pageUrl(file, BASE);
  test(`${url}: fetches no JavaScript before interaction, no font on a first visit, and fonts within budget after it, on a phone-sized screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(request.url());
    });
    /** The encoded bytes of each woff2 file the current document has fetched. */
    const fontBytes = async (): Promise<number[]> => {
      await page.evaluate(() => document.fonts.ready);
      return page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.woff2$/.test(entry.name))
          .map((entry) => (entry as PerformanceResourceTiming).encodedBodySize),
      );
    };
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(scripts, 'JavaScript fetched with no interaction (the prefs snippet is inline)').toEqual([]);
    // A first visit paints in the system faces: no font download before the article shows.
    expect(await fontBytes(), 'fonts fetched by a first visit').toEqual([]);
    await expect(page.locator('html')).not.toHaveAttribute('data-fonts', /./);
    // Every later page uses the self-hosted faces its text needs, and no more than the budget.
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('data-fonts', 'on');
    const fonts = await fontBytes();
    expect(fonts.length, 'the page uses the self-hosted fonts after the first visit').toBeGreaterThan(0);
    const total = fonts.reduce((sum, bytes) => sum + bytes, 0);
    expect(total, `font bytes on a page after the first (budgets.json lessonFontsFirstVisit)`).toBeLessThanOrEqual(
      budgets.lessonFontsFirstVisit,
    );
  });
}
