/**
 * The timeline (issue 5): the full page and the compact form on the lesson page, checked against
 * the real lesson's content files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { comparePartialDates, parsePartialDate } from '../../src/lib/dates';
import { timelineSchema, type TimelineData } from '../../src/schemas/timeline';
import { BASE } from '../gates/site';
import { test, expect, expectNoAxeViolationsInBothSchemes } from './fixtures';
import { ROOT } from './site';

// Generous: the checks walk all events, and a loaded machine must not turn slowness into failure.
test.describe.configure({ timeout: 120_000 });

const LESSON = 'russia-afghanistan-threats';
const lessonUrl = `${BASE}lessons/${LESSON}/`;
const timelineUrl = `${lessonUrl}timeline/`;

/** The lesson's events as written in content/, keyed by slug. */
const dir = join(ROOT, 'content/timeline', LESSON);
const events = new Map<string, TimelineData>(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), timelineSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8')))]),
);
const withActor = (actor: string): string[] =>
  [...events].filter(([, e]) => e.actors.includes(actor)).map(([slug]) => slug);

/** The event items of the full list. */
const eventItems = (page: Page) => page.locator('#gl-tl-list li[data-tl-event]');

/** The filter island's live status line (the layout has other status regions). */
const filterStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'events shown' });

/** Scrolls to the filters, as a reader would, and waits until they work. */
async function filtersReady(page: Page): Promise<void> {
  await page.locator('#gl-tl-events-title').evaluate((el) => {
    el.scrollIntoView();
  });
  await expect(filterStatus(page)).toBeVisible();
}

/** Slugs of the event items a reader can see, sorted. */
const visibleEvents = (page: Page): Promise<string[]> =>
  eventItems(page).evaluateAll((els) =>
    els
      .filter((el) => el.checkVisibility())
      .map((el) => el.id)
      .sort(),
  );

/** Tabs forward until the menu with this label has focus, as a keyboard user would. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLSelectElement ? (el.labels[0]?.textContent ?? '') : '';
    });
    if (focused === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}"`);
}

test('every event is listed once, in chronological order by its <time datetime>', async ({ page }) => {
  await page.goto(timelineUrl);
  const items = page.locator('#gl-tl-list li[data-tl-event], #gl-tl-list li[data-tl-marker]');
  const starts = await items.evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      datetime: el.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
  const listed = starts.filter((s) => s.id !== '').map((s) => s.id);
  expect([...listed].sort()).toEqual([...events.keys()].sort());
  for (let i = 1; i < starts.length; i++) {
    const [a, b] = [starts[i - 1], starts[i]];
    if (!a || !b) continue;
    expect(
      comparePartialDates(parsePartialDate(a.datetime), parsePartialDate(b.datetime)),
      `${a.id || 'marker'} (${a.datetime}) should not come after ${b.id || 'marker'} (${b.datetime})`,
    ).toBeLessThanOrEqual(0);
  }
  // Every datetime is the content's own date, at its own precision.
  for (const s of starts.filter((x) => x.id !== '')) expect(s.datetime, s.id).toBe(events.get(s.id)?.date);
});

test('the article date is marked, after the events it reports and before what came after', async ({ page }) => {
  await page.goto(timelineUrl);
  const marker = page.locator('#gl-tl-list li[data-tl-marker]');
  await expect(marker).toHaveCount(1);
  await expect(marker).toContainText("Shoigu's speech, which the article reports: 27 Feb 2024");
  await expect(marker.locator('time')).toHaveAttribute('datetime', '2024-02-27');
  const neighbours = await marker.evaluate((el) => [
    el.previousElementSibling?.id ?? '',
    el.nextElementSibling?.id ?? '',
  ]);
  expect(neighbours).toEqual(['shoigu-board-meeting', 'crocus-attack']);
  // Every event after the article says so in words, not only by its styling; so do approximate dates.
  const labels = await eventItems(page).evaluateAll((els) =>
    els.map((el) => {
      const texts = [...el.querySelectorAll('.gl-tl-badge')].map((b) => (b as HTMLElement).innerText.trim());
      return {
        id: el.id,
        after: texts.some((x) => x.endsWith('after the article')),
        approx: texts.includes('approx.'),
      };
    }),
  );
  for (const l of labels) {
    expect(l.after, `${l.id} labelled "after the article"`).toBe(events.get(l.id)?.relation === 'after');
    expect(l.approx, `${l.id} labelled "approx."`).toBe(events.get(l.id)?.approximate);
  }
});

test('filters work by keyboard and reduce the list to the matching events', async ({ page }) => {
  await page.goto(timelineUrl);
  const status = filterStatus(page);
  await tabTo(page, 'Who');
  await expect(status).toHaveText(`${events.size} of ${events.size} events shown`);
  await page.keyboard.type('Taliban');
  const taliban = withActor('taliban');
  await expect(status).toHaveText(`${taliban.length} of ${events.size} events shown`);
  await expect(eventItems(page).and(page.locator(':not([hidden])'))).toHaveCount(taliban.length);
  expect(await visibleEvents(page)).toEqual(taliban.sort());
  // Years with no Taliban event disappear; the article marker stays.
  await expect(page.locator('[data-tl-year="1904"]')).toBeHidden();
  await expect(page.getByText("Shoigu's speech, which the article reports: 27 Feb 2024").first()).toBeVisible();
  // The overview marks follow the filter.
  await expect(page.locator('[data-tl-mark="tass-founded"]')).toBeHidden();
  await expect(page.locator(`[data-tl-mark="${taliban[0] ?? ''}"]`)).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Topic', { exact: true })).toBeFocused();
  await page.keyboard.type('Diplomacy');
  const both = taliban.filter((slug) => events.get(slug)?.tags.includes('diplomacy'));
  expect(both.length).toBeGreaterThan(0);
  expect(both.length).toBeLessThan(taliban.length);
  await expect(status).toHaveText(`${both.length} of ${events.size} events shown`);
  await expect(eventItems(page).and(page.locator(':not([hidden])'))).toHaveCount(both.length);

  // Back to everyone: all events return.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Everyone');
  await page.keyboard.press('Tab');
  await page.keyboard.type('All topics');
  await expect(status).toHaveText(`${events.size} of ${events.size} events shown`);
  await expect(eventItems(page).and(page.locator(':not([hidden])'))).toHaveCount(events.size);
});

test('with JavaScript off, every event is readable and the filters are explained', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto(timelineUrl);
  await expect(eventItems(page)).toHaveCount(events.size);
  expect(await visibleEvents(page)).toEqual([...events.keys()].sort());
  const headings = await eventItems(page).evaluateAll((els) =>
    els.map((el) => [el.id, el.querySelector('h4')?.textContent.trim() ?? '']),
  );
  for (const [slug, title] of headings) expect(title, `${slug ?? ''} heading`).toBe(events.get(slug ?? '')?.title);
  await expect(page.getByLabel('Who', { exact: true })).toHaveCount(0);
  await expect(page.getByText('All events are shown. With JavaScript turned on')).toBeVisible();
  // The lesson page's compact timeline opens without JavaScript too.
  await page.goto(lessonUrl);
  await page.getByText(`Show all ${events.size} events`).click();
  await expect(page.locator('.gl-tl-compact li[data-tl-event]')).toHaveCount(events.size);
  await expect(page.locator('.gl-tl-compact li[data-tl-event]').first()).toBeVisible();
  await context.close();
});

test('events link to their paragraphs, and those paragraphs link back', async ({ page, request }) => {
  const lessonHtml = await (await request.get(lessonUrl)).text();
  const timelineHtml = await (await request.get(timelineUrl)).text();
  const idsOf = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
  const lessonIds = idsOf(lessonHtml);
  const timelineIds = idsOf(timelineHtml);

  await page.goto(timelineUrl);
  const forward = await eventItems(page).evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      hrefs: [...el.querySelectorAll('a')]
        .filter((a) => /^¶\d+$/.test(a.textContent))
        .map((a) => a.getAttribute('href')),
    })),
  );
  for (const { id, hrefs } of forward) {
    const paragraphs = events.get(id)?.paragraphs ?? [];
    expect(hrefs, `${id} links to its paragraphs`).toEqual(paragraphs.map((n) => `${lessonUrl}#p${n}`));
    for (const n of paragraphs) expect(lessonIds.has(`p${n}`), `lesson page has #p${n}`).toBe(true);
  }

  await page.goto(lessonUrl);
  const back = await page.locator('[data-tl-related]').evaluateAll((els) =>
    els.map((el) => ({
      paragraph: Number(el.getAttribute('data-tl-related')),
      links: [...el.querySelectorAll('a')].map((a) => ({
        text: a.textContent.trim(),
        href: a.getAttribute('href') ?? '',
      })),
    })),
  );
  for (const [slug, e] of events) {
    for (const n of e.paragraphs) {
      const line = back.find((b) => b.paragraph === n);
      expect(line?.links, `¶${n} links back to ${slug}`).toContainEqual({
        text: e.title,
        href: `${timelineUrl}#${slug}`,
      });
    }
  }
  for (const { links } of back) {
    for (const { href } of links) expect(timelineIds.has(href.split('#')[1] ?? ''), href).toBe(true);
  }
  // The back-links sit outside the paragraph, so the article text stays verbatim.
  await expect(page.locator('p[data-paragraph] [data-tl-related]')).toHaveCount(0);

  // Follow one link each way, as a reader would: the markers show once the layer is on, and each
  // opens its paragraph's list of events.
  const marker = page.locator('[data-tl-related="7"]');
  await expect(marker).toBeHidden();
  await page.getByRole('checkbox', { name: 'Timeline links' }).check();
  // By keyboard, as the marker is a disclosure (its summary is focusable).
  await marker.getByText(/On the timeline/).focus();
  await page.keyboard.press('Enter');
  await marker.getByRole('link', { name: /Patrushev in Delhi/ }).click();
  await expect(page).toHaveURL(`${timelineUrl}#patrushev-delhi-2021`);
  await expect(page.locator('#patrushev-delhi-2021')).toBeInViewport();
  await page.locator('#patrushev-delhi-2021').getByRole('link', { name: '¶7' }).click();
  await expect(page).toHaveURL(`${lessonUrl}#p7`);
  await expect(page.locator('#p7')).toBeInViewport();
});

test('the overview axis links every mark to its event', async ({ page }) => {
  await page.goto(timelineUrl);
  const figure = page.getByRole('figure', { name: 'Events by year' });
  await expect(figure).toContainText(`${events.size} events from`);
  const marks = figure.getByRole('link');
  await expect(marks).toHaveCount(events.size);
  const found = await marks.evaluateAll((els) =>
    els.map((a) => {
      const box = a.getBoundingClientRect();
      return {
        href: a.getAttribute('href') ?? '',
        name: a.getAttribute('aria-label') ?? '',
        w: box.width,
        h: box.height,
      };
    }),
  );
  expect(found.map((m) => m.href.slice(1)).sort()).toEqual([...events.keys()].sort());
  for (const m of found) {
    expect(m.name, m.href).toContain(events.get(m.href.slice(1))?.title);
    expect(m.w, `${m.href} is at least 24px wide`).toBeGreaterThanOrEqual(24);
    expect(m.h, `${m.href} is at least 24px high`).toBeGreaterThanOrEqual(24);
  }
  await figure.locator('a[href="#crocus-attack"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${timelineUrl}#crocus-attack`);
  await expect(page.locator('#crocus-attack')).toBeInViewport();
});

test('the TimelineJS export is linked and holds every event', async ({ page, request }) => {
  await page.goto(timelineUrl);
  const link = page.getByRole('link', { name: 'Download the events as TimelineJS JSON' });
  const href = await link.getAttribute('href');
  expect(href).toBe(`${lessonUrl}timeline.json`);
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toContain('json');
  const data = (await response.json()) as { events: { unique_id: string; start_date: { year: number } }[] };
  expect(data.events.map((e) => e.unique_id).sort()).toEqual([...events.keys()].sort());
  for (const e of data.events) expect(e.start_date.year).toBe(Number(events.get(e.unique_id)?.date.slice(0, 4)));
});

test('the lesson page embeds the compact timeline and links to the full one', async ({ page }) => {
  await page.goto(lessonUrl);
  const section = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(section).toContainText("Shoigu's speech, which the article reports: 27 Feb 2024");
  await section.getByRole('link', { name: 'Full timeline' }).click();
  await expect(page).toHaveURL(timelineUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
});

test('prints as a plain dated list: every event, no filters, no overview', async ({ page }) => {
  await page.goto(timelineUrl);
  await filtersReady(page);
  await page.getByLabel('Who', { exact: true }).selectOption('imu');
  await expect(filterStatus(page)).not.toHaveText(`${events.size} of ${events.size} events shown`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Who', { exact: true })).toBeHidden();
  await expect(page.getByRole('figure', { name: 'Events by year' })).toBeHidden();
  expect(await visibleEvents(page)).toEqual([...events.keys()].sort());
});

for (const url of [timelineUrl, lessonUrl]) {
  test(`${url} fits a 360px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url);
    if (url === lessonUrl) await page.getByText(`Show all ${events.size} events`).click();
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(width).toBeLessThanOrEqual(360);
  });
}

// Both pages as built are swept in both themes by every-page.spec.ts; this checks what only a reader's
// action shows: the compact timeline on the lesson page, expanded to every event.
test('the expanded compact timeline has no axe violations in light and dark', async ({ page }) => {
  await page.goto(lessonUrl);
  await page.getByText(`Show all ${events.size} events`).click();
  await expectNoAxeViolationsInBothSchemes(page, 'expanded compact timeline', '.gl-tl-compact');
});
