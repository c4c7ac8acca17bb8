/**
 * What the every-page sweep watches on a page: Content-Security-Policy violations, requests to
 * other origins, console errors and warnings, and axe. Kept apart from the specs so the same code
 * runs on the built site and on deliberately bad fixture pages (tests/e2e/gates-fail.spec.ts).
 */
import type { Page } from '@playwright/test';
import { axeBothSchemes } from './axe';

declare global {
  interface Window {
    /** CSP violations seen by the page, recorded by {@link watchCsp}. */
    __glCspViolations?: string[];
  }
}

/**
 * Records every `securitypolicyviolation` the page reports, from before its first script runs.
 * Call before navigating.
 */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__glCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__glCspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || event.documentURI}:${event.lineNumber}`,
      );
    });
  });
}

/** The CSP violations recorded so far on the current document. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => window.__glCspViolations ?? ['the CSP watcher did not run: call watchCsp() before goto()'],
  );
}

/** Collects requests to any origin other than `origin`, as they are made. */
export function watchRequests(page: Page, origin: string): string[] {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) offsite.push(url);
  });
  return offsite;
}

/**
 * Playwright's console warning on a page whose service worker it blocks. Feature specs block the
 * worker (playwright.config.ts), so the warning is expected there and is not a page error.
 */
export const SW_BLOCKED = 'Service Worker registration blocked by Playwright';

/**
 * Collects console errors and warnings and uncaught exceptions, as they happen. `allowed` lists
 * console messages a test expects (e.g. the browser's own 404 log); it never hides an exception.
 */
export function watchConsole(page: Page, allowed: readonly RegExp[] = []): string[] {
  const messages: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    if (msg.text() === SW_BLOCKED || allowed.some((re) => re.test(msg.text()))) return;
    messages.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/**
 * Scrolls to the end of the page a screen at a time (bounded), so every `client:visible`
 * island hydrates and its code is checked too, then waits for the network to settle.
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (atEnd) break;
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

/**
 * axe-core violations (WCAG 2.0–2.2 A and AA) in both colour schemes (every rule in the current one,
 * the colour rules in the other), one line each: `scheme: rule (impact): targets — help`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await axeBothSchemes(page)).violations;
}
