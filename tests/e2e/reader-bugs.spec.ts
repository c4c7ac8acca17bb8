import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { lessons, ROOT } from './site';

/**
 * The lesson-page bugs of issue #18, one browser check each (grouped by page to keep the suite
 * short). Each check failed before its fix.
 */

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;

/** The lesson's `published` frontmatter value, read from content so the test follows the data. */
const published = /^published:\s*"?([^"\n]+)"?/m.exec(
  readFileSync(join(ROOT, 'content/lessons', `${lesson.slug}.mdx`), 'utf8'),
)?.[1];

/** The computed colour of the brand token `--gl-accent`, as the browser resolves it on `page`. */
async function brandColour(page: Page): Promise<string> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.setProperty('color', 'var(--gl-accent)');
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
}

async function expectBrandRadios(radios: Locator, brand: string): Promise<void> {
  expect(await radios.count()).toBeGreaterThan(1);
  for (const radio of await radios.all()) {
    await expect(radio).toHaveCSS('accent-color', brand);
  }
}

test('margin notes on a wide screen: a marker goes to its note and never hides it; notes sit beside their paragraphs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  // Notes are a reading layer the student turns on (off on a first visit).
  await page.getByRole('checkbox', { name: 'Margin notes' }).check();
  const markers = page.getByRole('button', { name: /^Note \d+:/ });
  const count = await markers.count();
  expect(count).toBeGreaterThan(3);

  // Each note starts beside its own paragraph: not above its top, and not below its end unless it
  // follows, directly, another note of the same paragraph.
  const places = await page.getByRole('note').evaluateAll((notes) =>
    notes.map((note) => {
      const para = note.closest('p[data-paragraph]');
      const n = note.getBoundingClientRect();
      const p = para?.getBoundingClientRect();
      return {
        id: note.id,
        paragraph: para?.getAttribute('data-paragraph'),
        top: n.top,
        bottom: n.bottom,
        paraTop: p?.top ?? NaN,
        paraBottom: p?.bottom ?? NaN,
      };
    }),
  );
  expect(places).toHaveLength(count);
  const tolerance = 8;
  places.forEach((place, i) => {
    const previous = places[i - 1];
    const stacked = previous && previous.paragraph === place.paragraph ? previous.bottom + 3 * tolerance : -Infinity;
    expect(place.top, `${place.id} starts below the top of its paragraph`).toBeGreaterThanOrEqual(
      place.paraTop - tolerance,
    );
    expect(place.top, `${place.id} starts beside its paragraph, not below it`).toBeLessThanOrEqual(
      Math.max(place.paraBottom, stacked),
    );
  });

  // Activating a marker goes to its note: in view, highlighted and focused; twice never hides it.
  const marker = markers.nth(2);
  const note = page.locator(`[id="${(await marker.getAttribute('aria-controls')) ?? 'missing'}"]`);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  for (const press of ['click', 'Enter'] as const) {
    if (press === 'click') await marker.click();
    else {
      await marker.focus();
      await page.keyboard.press('Enter');
    }
    await expect(note).toBeVisible();
    await expect(note).toBeInViewport();
    await expect(note).toBeFocused();
    expect(await note.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
  }
});

test('lesson page: status icons without an emoji font, the timeline button, the article marker', async ({ page }) => {
  await page.goto(url);
  // The claims key is folded away until the student opens it.
  await page.getByText("Show Gloss's claims key").click();
  // Every claim status shows a drawn icon beside its word, so no emoji font is needed.
  const statuses = page.locator('.gl-status');
  expect(await statuses.count()).toBeGreaterThan(0);
  for (const status of await statuses.all()) {
    await status.scrollIntoViewIfNeeded();
    await expect(status.locator('svg')).toBeVisible();
    await expect(status).toHaveText(/\p{L}/u);
    const glyph = await status.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(glyph, 'no emoji or symbol glyph drawn by CSS').toMatch(/^(none|normal)$/);
  }

  // The compact timeline's summary says what it will do next.
  const section = page.getByRole('region', { name: 'Timeline', exact: true });
  const summary = section.locator('summary');
  await summary.scrollIntoViewIfNeeded();
  const showAll = summary.getByText(/^Show all \d+ events/);
  const showFewer = summary.getByText(/^Show fewer/);
  await expect(showAll).toBeVisible();
  await expect(showFewer).toBeHidden();
  await summary.click();
  await expect(section.getByRole('listitem').first()).toBeVisible();
  await expect(showFewer).toBeVisible();
  await expect(showAll).toBeHidden();
  await summary.click();
  await expect(showAll).toBeVisible();

  // The article's day is not known; the day-precise marker must not claim to be the article's.
  expect(published, 'this check is about a lesson published without a day').toMatch(/^\d{4}-\d{2}$/);
  const marker = section.locator('.gl-tl-compact__marker');
  await expect(marker).toContainText(/\d{1,2} \w+ \d{4}/);
  await expect(marker).not.toContainText(/^The article:/);
});

test('radios use the brand colour; timeline search excerpts carry no badge text', async ({ page }) => {
  await page.goto('/glossary/');
  const brand = await brandColour(page);
  expect(brand).toMatch(/^rgb/);
  await expectBrandRadios(page.getByRole('radio'), brand);

  await page.goto('/search/?q=Crocus');
  const main = page.getByRole('main');
  const results = main.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /^Timeline\b/ }).first()).toBeVisible({ timeout: 20_000 });
  await expectBrandRadios(main.getByRole('radio'), brand);
  const excerpts = await results.locator('.gl-search__excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) {
    // A badge such as "after the article" used to lead the excerpt, cut to "the article. …".
    expect(excerpt).not.toMatch(/^\W*(the )?article\./i);
  }
});
