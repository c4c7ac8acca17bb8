/**
 * Sections marked `.gl-defer` (the claims table and the closing reading guide on a lesson) are skipped
 * by the browser while far off screen (`content-visibility: auto`), which keeps a long lesson's load
 * light on a phone. These tests check that the deferral is real, that a section is drawn once it comes
 * near the screen, and that it then passes axe with nothing overridden: the state the every-page sweep
 * stands in for with `withDeferredSectionsShown`. (That no link lands at or below such a section is
 * part of the static link gate, in src/lib/links.ts.)
 */
import { test as plainTest, type Page } from '@playwright/test';
import { builtPages, DIST, lessonPages, readBuilt } from '../gates/site';
import { collectRefs } from '../../src/lib/links';
import { runAxe } from './axe';
import { DEFERRED, test, expect } from './fixtures';

/**
 * Whether each `.gl-defer` section's content is drawn now, in document order. The section's own box is
 * always there; what the browser skips is what is inside it, so its first child is asked.
 */
async function drawn(page: Page): Promise<boolean[]> {
  return page
    .locator(DEFERRED)
    .evaluateAll((els) =>
      els.map((el) => el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false),
    );
}

/** Waits until the browser has run two rendering updates, after which a section's skip state is current. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            done();
          });
        });
      }),
  );
}

/** Pages with a deferred section in their markup, found as the link gate finds them. */
const withDeferred = builtPages().filter(({ file }) => collectRefs(readBuilt(DIST, file)).deferred !== undefined);

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

// Plain `test`: it reads the build only, so it needs no browser page.
plainTest('every lesson page has deferred sections to check', () => {
  const files = withDeferred.map((p) => p.file);
  expect(lessonPages().length).toBeGreaterThan(0);
  for (const lesson of lessonPages()) expect(files).toContain(lesson);
});

for (const { file, url } of withDeferred) {
  test(`${url} (${file}): deferred sections are skipped off screen, drawn near it, and pass axe there`, async ({
    page,
  }) => {
    await page.goto(url);
    await nextFrames(page);
    const before = await drawn(page);
    expect(before.length, 'the page should have deferred sections').toBeGreaterThan(0);
    // The last section is far below the first screen on a phone, so it must start out skipped.
    expect(before.at(-1), 'the last deferred section should not be drawn at load').toBe(false);

    // Sections near each other are drawn together, so each stop checks every section drawn there.
    const problems: string[] = [];
    const checked = new Set<number>();
    for (let i = 0; i < before.length; i++) {
      if (checked.has(i)) continue;
      await page.locator(DEFERRED).nth(i).scrollIntoViewIfNeeded();
      await nextFrames(page);
      const now = await drawn(page);
      expect(now[i], `deferred section ${i + 1} should be drawn once on screen`).toBe(true);
      const batch = now.flatMap((on, j) => (on && !checked.has(j) ? [j] : []));
      await page.locator(DEFERRED).evaluateAll((els, marks) => {
        for (const j of marks) els[j]?.setAttribute('data-axe-here', '');
      }, batch);
      // As drawn on screen: without the stand-in override the other tests use.
      const results = await runAxe(page, { include: '[data-axe-here]', asIs: true });
      await page.locator('[data-axe-here]').evaluateAll((els) => {
        for (const el of els) el.removeAttribute('data-axe-here');
      });
      problems.push(...results.violations);
      for (const j of batch) checked.add(j);
    }
    expect(checked.size, 'every deferred section should have been checked').toBe(before.length);
    expect(problems, 'axe violations in deferred sections on screen').toEqual([]);
  });
}
