import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { DEFERRED_CLASS } from '../../src/lib/links';

/** axe-core rule tags for WCAG 2.0–2.2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** CSS selector of the deferred sections (`content-visibility: auto`, see src/lib/links.ts). */
export const DEFERRED = `.${DEFERRED_CLASS}`;

/**
 * Runs `check` with every deferred section laid out as it is when on screen: its containment kept,
 * its skipping off. Off screen, the browser skips such a section's layout and paint, and hit-testing
 * finds nothing in it, so axe's target-size rule (which hit-tests) reports each control there as
 * "obscured". A reader only ever touches those controls once the section is on screen, which is the
 * state checked here. `tests/e2e/deferred.spec.ts` checks each deferred section scrolled on screen
 * with no override, so this stand-in cannot drift from the real thing.
 */
export async function withDeferredSectionsShown<T>(page: Page, check: () => Promise<T>): Promise<T> {
  const count = await page.evaluate((selector) => {
    const sections = document.querySelectorAll<HTMLElement>(selector);
    for (const section of sections) {
      section.style.setProperty('content-visibility', 'visible', 'important');
      section.style.setProperty('contain', 'layout style paint', 'important');
    }
    return sections.length;
  }, DEFERRED);
  try {
    return await check();
  } finally {
    if (count > 0) {
      await page.evaluate((selector) => {
        for (const section of document.querySelectorAll<HTMLElement>(selector)) {
          section.style.removeProperty('content-visibility');
          section.style.removeProperty('contain');
        }
      }, DEFERRED);
    }
  }
}

/** Runs axe-core on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context = '', include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  // A state test (a popover open, feedback shown) checks only what the state adds: the whole page is
  // already swept in both themes by every-page.spec.ts, and axe over the long lesson page is slow.
  if (include) builder.include(include);
  const results = await withDeferredSectionsShown(page, () => builder.analyze());
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * Runs axe in the light and then the dark colour scheme on the page as it is. The theme follows the
 * scheme through CSS alone, so a state set up once (a dialog open, feedback shown) is checked in both.
 */
export async function expectNoAxeViolationsInBothSchemes(page: Page, context: string, include?: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `${context} (${scheme})`, include);
  }
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
