import { test as base, expect, type Page } from '@playwright/test';
import { axeBothSchemes, runAxe } from './axe';
import { watchConsole, watchRequests } from './sweep';

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
 * and console errors (the watchers of tests/e2e/sweep.ts); tests fail if either happens.
 */
export const test = base.extend<{ offsite: string[]; consoleErrors: string[]; allowedConsole: RegExp[] }>({
  /** Console messages a test expects (e.g. the browser's own 404 log); everything else fails it. */
  allowedConsole: [[], { option: true }],
  offsite: [
    async ({ page, baseURL }, use) => {
      const offsite = watchRequests(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(offsite);
      expect(offsite, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, allowedConsole }, use) => {
      const errors = watchConsole(page, allowedConsole);
      await use(errors);
      expect(errors, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
