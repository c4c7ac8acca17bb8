import { expect, test } from './fixtures';
import { lessons } from './site';

/**
 * Nothing moves while a page loads (issue #18: "CLS stays 0"), on a first visit at phone width with
 * the CPU slowed four times, as Lighthouse's mobile run does. A slow CPU is what makes Chromium
 * paint a page before it has parsed all of it. Painted half-parsed, the phone header's search
 * button jumped left when the menu arrived, and the lesson's layer switches moved down when the
 * taller parts of the reading bar arrived; both rows are now laid out so that a later part never
 * moves an earlier one (global.css .gl-header__inner, lesson.css .gl-reading-tools). Each page is
 * loaded a few times because where the parser pauses varies from load to load.
 */

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const pages = ['/', `/lessons/${lesson.slug}/`];
/** Loads per page: before the fix, at least one of three shifted in every trial. */
const LOADS = 3;

declare global {
  interface Window {
    /** Layout shifts seen since the document started, recorded by the init script below. */
    __glShifts?: string[];
  }
}

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

for (const url of pages) {
  test(`${url} loads on a slow phone without moving anything (no layout shift)`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__glShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node?: Node | null }[];
        })[]) {
          const nodes = entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : '?'));
          window.__glShifts?.push(`${entry.value.toFixed(4)}: ${nodes.join(' | ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (let load = 1; load <= LOADS; load++) {
      // A first visit every time: no saved preferences, so the system faces (src/integrations/fonts.ts).
      await page
        .evaluate(() => {
          localStorage.clear();
        })
        .catch(() => undefined);
      await page.goto(url, { waitUntil: 'load' });
      // Shifts are reported after the frame that made them; one more frame settles the list.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => window.__glShifts), `layout shifts on load ${String(load)}`).toEqual([]);
    }
  });
}
