import { test as base, expect, type Page } from '@playwright/test';
import { axeBothSchemes, runAxe } from './axe';
import { SW_BLOCKED } from './sweep';

export { DEFERRED, WCAG_TAGS, withDeferredSectionsShown } from './axe';

/**
 * Runs axe-core (every WCAG A/AA rule) on the page in its current colour scheme and fails with a
 * readable list of violations. `include` limits it to part of the page: a state test (a popover
 * open, feedback shown) checks only what the state adds, because the whole page is already swept
 * by every-page.spec.ts, and axe over the long lesson page is slow.
 */
export async function expectNoAxeViolations(page: Page, context = '', include?: string): Promise<void> {
  const { violations } = await runAxe(page, { include });
  expect(violations, `axe violations ${context}`).toEqual([]);
}

/**
 * Runs axe in both colour schemes on the page as it is: every rule in the current scheme, the
 * colour rules in the other (see tests/e2e/axe.ts). The theme follows the scheme through CSS alone,
 * so a state set up once (a dialog open, feedback shown) is checked in both.
 */
export async function expectNoAxeViolationsInBothSchemes(page: Page, context: string, include?: string): Promise<void> {
  expect((await axeBothSchemes(page, include)).violations, `axe violations ${context}`).toEqual([]);
}

/** Switches the page's colour scheme and reloads, so both themes are checked. */
export async function useScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
}

/**
 * Every test gets a page that records requests to any origin other than the test server,
 * and console errors; tests fail if either happens.
 */
export const test = base.extend<{ offsite: string[]; consoleErrors: string[]; allowedConsole: RegExp[] }>({
  /** Console messages a test expects (e.g. the browser's own 404 log); everything else fails it. */
  allowedConsole: [[], { option: true }],
  offsite: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const offsite: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (new URL(url).origin !== origin) offsite.push(url);
      });
      await use(offsite);
      expect(offsite, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, allowedConsole }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error' && msg.type() !== 'warning') return;
        if (allowedConsole.some((re) => re.test(msg.text()))) return;
        // Feature specs block the service worker (playwright.config.ts); Playwright says so.
        if (msg.text() === SW_BLOCKED) return;
        errors.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use(errors);
      expect(errors, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
