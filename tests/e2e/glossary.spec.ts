import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { axeBothSchemes } from './axe';
import { expect, test } from './fixtures';
import { lessons, ROOT } from './site';

interface GlossaryFront {
  term: string;
  expansion: string;
  aliases: string[];
  short: string;
  category: string;
}

/** Glossary entries read from content, so the tests follow the data. */
function glossary(): Map<string, GlossaryFront> {
  const dir = join(ROOT, 'content/glossary');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
        return [f.replace(/\.md$/, ''), parseYaml(front) as GlossaryFront] as const;
      }),
  );
}
const entries = glossary();
const entry = (id: string): GlossaryFront => {
  const found = entries.get(id);
  if (!found) throw new Error(`No glossary entry "${id}" in content/glossary.`);
  return found;
};

const [lesson] = lessons().filter((l) => l.slug === 'russia-afghanistan-threats');
if (!lesson) throw new Error('The russia-afghanistan-threats lesson is missing.');
const lessonUrl = `/lessons/${lesson.slug}/`;

/** The three terms the issue names, with the words that mark them first in the article. */
const CASES = [
  { id: 'csto', name: 'Collective Security Treaty Organization' },
  { id: 'etim', name: 'East Turkestan Islamic Movement' },
  { id: 'imu', name: 'Islamic Movement of Uzbekistan' },
] as const;

const trigger = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });
/** The popover's link to the full entry; its name ends with the term, hidden visually. */
const moreLink = (scope: Locator, term: string): Locator =>
  scope.getByRole('link', { name: new RegExp(`^More in the glossary\\W*${term}$`) });
const popover = (page: Page, id: string): Locator => page.locator(`#gl-term-${id}`);

/** The expanded state the browser exposes to assistive technology for the focused element. */
async function focusedExpanded(page: Page): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' })) as {
      result: { objectId?: string };
    };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId ?? '',
      fetchRelatives: false,
    })) as { nodes: { properties?: { name: string; value: { value: unknown } }[] }[] };
    const expanded = nodes[0]?.properties?.find((p) => p.name === 'expanded')?.value.value;
    return typeof expanded === 'boolean' ? expanded : undefined;
  } finally {
    await cdp.detach();
  }
}

/** Presses Tab from the paragraph's ¶ link until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const paragraph = await target.evaluate((el) => el.closest('[data-paragraph]')?.getAttribute('data-paragraph'));
  await page.getByRole('link', { name: `Paragraph ${paragraph ?? '1'}`, exact: true }).focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the term.');
}

const inside = (box: { x: number; y: number; width: number; height: number } | null, width: number, height: number) =>
  box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

test.describe('glossary popovers', () => {
  // One page load for the three terms: they share one code path, so each test of a term in a fresh
  // page would pay the long lesson page's load for nothing new. Every term is still driven by keyboard.
  test('each term opens with Enter or Space and closes with Esc or the trigger, focus returning', async ({ page }) => {
    await page.goto(lessonUrl);
    for (const { id, name } of CASES) {
      const button = trigger(page, name);
      const pop = popover(page, id);
      await tabTo(page, button);
      await expect(pop).toBeHidden();
      expect(await focusedExpanded(page)).toBe(false);
      // Chromium's scroll-into-view for focus sometimes leaves the focused term a fraction of a
      // pixel below the screen's bottom edge (seen since the sticky toolbar), and the popover then
      // opens above a trigger the reader cannot see. Noted in issue #18; here the term is brought
      // fully on screen first, so the test checks the popover's placement, not that scroll.
      await button.scrollIntoViewIfNeeded();

      await page.keyboard.press('Enter');
      await expect(pop).toBeVisible();
      await expect(pop.getByText(entry(id).short, { exact: true })).toBeVisible();
      await expect(pop.getByText(entry(id).expansion, { exact: true })).toBeVisible();
      await expect(moreLink(pop, entry(id).term)).toBeVisible();
      await expect(button).toBeFocused();
      expect(await focusedExpanded(page)).toBe(true);
      // The popover is placed in the frame after it opens; on a busy page (an island hydrating at
      // the first key press) that frame can come a moment after the checks above.
      await expect.poll(async () => inside(await pop.boundingBox(), 1280, 720)).toBe(true);

      await page.keyboard.press('Escape');
      await expect(pop).toBeHidden();
      await expect(button).toBeFocused();
      expect(await focusedExpanded(page)).toBe(false);

      await page.keyboard.press('Space');
      await expect(pop).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(pop).toBeHidden();
      await expect(button).toBeFocused();
    }
  });

  test('the Close button closes and hands focus back; a click outside closes', async ({ page }) => {
    await page.goto(lessonUrl);
    const button = trigger(page, 'CSTO');
    const pop = popover(page, 'csto');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(moreLink(pop, 'CSTO')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(pop.getByRole('button', { name: 'Close CSTO' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(pop).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await expect(pop).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(pop).toBeHidden();
  });

  test('a mouse gets a preview on hover, loaded only then; a click keeps it, the trigger closes it', async ({
    page,
  }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/term-preview/.test(request.url())) loaded.push(request.url());
    });
    await page.goto(lessonUrl);
    expect(loaded, 'the preview module is not fetched on page load').toEqual([]);
    const button = trigger(page, 'CSTO');
    const pop = popover(page, 'csto');
    // Islands above may still grow as they hydrate and move the term from under the pointer: retry.
    await expect(async () => {
      await page.mouse.move(0, 0);
      await button.hover();
      await expect(pop).toBeVisible({ timeout: 2000 });
    }).toPass();
    expect(loaded).toHaveLength(1);
    await expect(button).not.toBeFocused();
    await expect(pop.getByText(entry('csto').short, { exact: true })).toBeVisible();

    // The pointer can travel into the preview; leaving both ends it.
    await moreLink(pop, 'CSTO').hover();
    await expect(pop).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(pop).toBeHidden();

    await expect(async () => {
      await page.mouse.move(0, 0);
      await button.hover();
      await expect(pop).toBeVisible({ timeout: 2000 });
    }).toPass();
    await button.click();
    await page.mouse.move(0, 0);
    await expect(pop).toBeVisible();
    await button.click();
    await expect(pop).toBeHidden();
  });

  test('definitions live outside the article text and out of search', async ({ page }) => {
    await page.goto(lessonUrl);
    await expect(page.locator('p[data-paragraph] [popover]')).toHaveCount(0);
    const holder = page.locator('[data-layer="popovers"]');
    await expect(holder).toHaveAttribute('data-pagefind-ignore', '');
    for (const { id } of CASES) await expect(holder.locator(`#gl-term-${id}`)).toHaveCount(1);
  });

  test('"More in the glossary" lands on the entry', async ({ page }) => {
    await page.goto(lessonUrl);
    await trigger(page, 'CSTO').click();
    await moreLink(popover(page, 'csto'), 'CSTO').click();
    await expect(page).toHaveURL(/\/glossary\/#csto$/);
    const article = page.locator('article#csto');
    await expect(article.getByRole('heading', { level: 2, name: 'CSTO' })).toBeInViewport();
  });

  test('axe finds no violations in the article with a popover open, in light and dark', async ({ page }) => {
    test.slow(); // axe-core is heavy on a busy machine.
    await page.goto(lessonUrl);
    await trigger(page, 'CSTO').click();
    await expect(popover(page, 'csto')).toBeVisible();
    // The article section holds the term buttons and their popovers; the rest of the lesson
    // page is checked by the lesson's own tests.
    const results = await axeBothSchemes(page, '.gl-article__text');
    expect(results.violations, 'axe violations with the CSTO popover open').toEqual([]);
    expect(results.passes).toBeGreaterThan(0);
  });

  test('print shows each marked term once, with its expansion, as endnotes', async ({ page }) => {
    await page.goto(lessonUrl);
    await page.emulateMedia({ media: 'print' });
    const notes = page.locator('[data-layer="popovers"]');
    await expect(notes.getByRole('heading', { name: 'Terms in this article' })).toBeVisible();
    for (const { id } of CASES) {
      const note = popover(page, id);
      await expect(note).toBeVisible();
      await expect(note.locator('.gl-popover__term')).toHaveText(entry(id).term);
      await expect(note.locator('.gl-popover__expansion')).toHaveText(entry(id).expansion);
      await expect(note.locator('.gl-popover__expansion')).toBeVisible();
      await expect(note.getByText(entry(id).short, { exact: true })).toBeVisible();
      await expect(note.getByRole('link')).toBeHidden();
      await expect(note.getByRole('button')).toBeHidden();
    }
    const marked = await page.locator('[data-layer="popovers"] > [popover]').count();
    const ids = await page
      .locator('p[data-paragraph] [data-gl-term]')
      .evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-gl-term'))).size);
    expect(marked).toBe(ids);
    await page.emulateMedia({ media: 'screen' });
    await expect(notes.getByRole('heading', { name: 'Terms in this article' })).toBeHidden();
  });
});

test.describe('glossary popovers on a 360 px touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens each popover fully inside the screen', async ({ page }) => {
    await page.goto(lessonUrl);
    for (const { id, name } of CASES) {
      const button = trigger(page, name);
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      const pop = popover(page, id);
      await expect(pop).toBeVisible();
      await expect(pop.getByText(entry(id).short, { exact: true })).toBeVisible();
      expect(inside(await pop.boundingBox(), 360, 740)).toBe(true);
      await pop.getByRole('button', { name: `Close ${entry(id).term}` }).tap();
      await expect(pop).toBeHidden();
    }
  });

  test('touch never loads the hover preview', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/term-preview/.test(request.url())) loaded.push(request.url());
    });
    await page.goto(lessonUrl);
    const button = trigger(page, 'CSTO');
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await expect(popover(page, 'csto')).toBeVisible();
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(popover(page, 'csto')).toBeHidden();
    expect(loaded).toEqual([]);
  });
});

test.describe('glossary popovers on a short landscape screen', () => {
  test.use({ viewport: { width: 740, height: 360 } });

  test('an anchored popover stays inside the screen, scrolling if it must', async ({ page }) => {
    await page.goto(lessonUrl);
    for (const { id, name } of CASES) {
      const button = trigger(page, name);
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const pop = popover(page, id);
      await expect(pop).toBeVisible();
      expect(inside(await pop.boundingBox(), 740, 360), id).toBe(true);
      await pop.getByRole('button', { name: `Close ${entry(id).term}` }).focus();
      await page.keyboard.press('Enter');
      await expect(pop).toBeHidden();
    }
  });
});

test.describe('glossary popovers without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every definition is still reachable', async ({ page }) => {
    for (const { id, name } of CASES) {
      await page.goto(lessonUrl);
      const button = trigger(page, name);
      await button.focus();
      await page.keyboard.press('Enter');
      const pop = popover(page, id);
      await expect(pop.getByText(entry(id).short, { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(pop).toBeHidden();
      await button.click();
      await moreLink(pop, entry(id).term).click();
      await expect(page.locator(`article#${id}`)).toBeInViewport();
      await expect(page.locator(`article#${id}`)).toContainText(entry(id).short);
    }
  });
});

test.describe('glossary page', () => {
  test('lists every entry A–Z with a stable anchor', async ({ page }) => {
    await page.goto('/glossary/');
    const articles = page.locator('article.gl-gentry');
    await expect(articles).toHaveCount(entries.size);
    const ids = await articles.evaluateAll((els) => els.map((el) => el.id));
    expect(new Set(ids)).toEqual(new Set(entries.keys()));
    const headings = await articles.locator('h2').allTextContents();
    const sorted = [...headings].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(headings).toEqual(sorted);
  });

  test('/glossary/#csto shows that entry with all its parts', async ({ page }) => {
    await page.goto('/glossary/#csto');
    const article = page.locator('article#csto');
    await expect(article.getByRole('heading', { level: 2, name: 'CSTO' })).toBeInViewport();
    await expect(article).toContainText(entry('csto').expansion);
    await expect(article).toContainText('Organisation');
    for (const heading of ['Why it matters', 'Where it appears', 'On the timeline', 'Related', 'Sources']) {
      await expect(article.getByRole('heading', { level: 3, name: heading })).toBeVisible();
    }
    // Why it matters is the lesson's own note on the shared entry, under that lesson's headline.
    const notes = parseYaml(readFileSync(join(ROOT, `content/lessons/${lesson.slug}.terms.yaml`), 'utf8')) as {
      why: Record<string, string>;
    };
    const why = article.locator('.gl-gentry__why p');
    await expect(why).toHaveCount(1);
    await expect(why.locator('cite')).toHaveText(lesson.source.headline);
    await expect(why).toContainText(notes.why['csto'] ?? 'missing');
    await article.getByRole('link', { name: 'Central Asia', exact: true }).click();
    await expect(page).toHaveURL(/#central-asia$/);
    await expect(page.locator('article#central-asia h2')).toBeInViewport();
  });

  test('backlinks go to every paragraph that marks the term, and only those', async ({ page }) => {
    await page.goto('/glossary/');
    const links = await page.locator('article.gl-gentry').evaluateAll((articles) =>
      articles.flatMap((a) =>
        [...a.querySelectorAll<HTMLAnchorElement>('.gl-gentry__appears a')].map((link) => ({
          id: a.id,
          href: link.getAttribute('href') ?? '',
        })),
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    const expected = new Set(links.map((l) => `${l.id} ${l.href}`));

    await page.goto(lessonUrl);
    const onPage = await page.locator('p[data-paragraph]').evaluateAll((ps) =>
      ps.flatMap((p) => {
        const n = p.getAttribute('data-paragraph');
        const ids = new Set([...p.querySelectorAll('[data-gl-term]')].map((el) => el.getAttribute('data-gl-term')));
        return [...ids].map((id) => ({ id: id ?? '', n: Number(n) }));
      }),
    );
    expect(new Set(onPage.map((m) => `${m.id} ${lessonUrl}#p${m.n}`))).toEqual(expected);

    // Each backlinked paragraph exists and its text contains one of the term's names.
    const texts = await page.locator('p[data-paragraph]').allTextContents();
    for (const { id, n } of onPage) {
      await expect(page.locator(`#p${n}`)).toHaveCount(1);
      const { term, aliases } = entry(id);
      expect(
        [term, ...aliases].some((alias) => texts[n - 1]?.includes(alias)),
        `${id} in ¶${n}`,
      ).toBe(true);
    }
  });

  test('a backlink lands on its paragraph', async ({ page }) => {
    await page.goto('/glossary/#etim');
    const link = page.locator('article#etim .gl-gentry__appears a').first();
    const href = (await link.getAttribute('href')) ?? '';
    const n = /#p(\d+)$/.exec(href)?.[1];
    await link.click();
    await expect(page.locator(`p[data-paragraph="${n}"]`)).toBeInViewport();
    await expect(
      page.locator(`p[data-paragraph="${n}"]`).getByRole('button', { name: 'East Turkestan Islamic Movement' }),
    ).toBeVisible();
  });

  test('timeline links point at events that exist and involve the term', async ({ page }) => {
    await page.goto('/glossary/');
    const links = await page
      .locator('.gl-gentry__events a')
      .evaluateAll((as) => as.map((a) => ({ id: a.closest('article')?.id ?? '', href: a.getAttribute('href') ?? '' })));
    expect(links.length).toBeGreaterThan(0);
    const dir = join(ROOT, 'content/timeline', lesson.slug);
    const timelineUrl = `/lessons/${lesson.slug}/timeline/`;
    for (const { id, href } of links) {
      const [path, slug] = href.split('#');
      expect(path).toBe(timelineUrl);
      const event = parseYaml(readFileSync(join(dir, `${slug ?? ''}.yaml`), 'utf8')) as { actors: string[] };
      expect(event.actors, href).toContain(id);
    }
    await page.goto(timelineUrl);
    const anchors = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
    for (const { href } of links) expect(anchors.has(href.split('#')[1] ?? ''), href).toBe(true);
  });

  test('the category filter works by keyboard and narrows the list', async ({ page }) => {
    await page.goto('/glossary/');
    const visible = page.locator('article.gl-gentry:visible');
    await expect(visible).toHaveCount(entries.size);
    const all = page.getByRole('radio', { name: /^All categories/ });
    await expect(all).toBeChecked();
    await all.focus();
    await page.keyboard.press('ArrowRight');
    const organisations = [...entries.values()].filter((e) => e.category === 'organisation').length;
    await expect(page.getByRole('radio', { name: `Organisation (${organisations})` })).toBeChecked();
    await expect(visible).toHaveCount(organisations);
    expect(organisations).toBeLessThan(entries.size);
    await page.keyboard.press('ArrowRight');
    const people = [...entries.values()].filter((e) => e.category === 'person').length;
    await expect(page.getByRole('radio', { name: `Person (${people})` })).toBeChecked();
    await expect(visible).toHaveCount(people);
    for (const category of await visible.evaluateAll((els) => els.map((el) => el.getAttribute('data-category')))) {
      expect(category).toBe('person');
    }
    // The A–Z index follows the filter too.
    await expect(page.getByRole('navigation', { name: 'Jump to a term' }).getByRole('link')).toHaveCount(people);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(all).toBeChecked();
    await expect(visible).toHaveCount(entries.size);
  });

  test('without JavaScript every entry shows', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/glossary/');
    await expect(page.locator('article.gl-gentry:visible')).toHaveCount(entries.size);
    await context.close();
  });

  test('every source in an entry says what kind of source it is, on screen and in print', async ({ page }) => {
    // Read from content and the UI strings, so the test follows the data: TASS cites its own pages (state media).
    const ids = (
      parseYaml(
        /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content/glossary/tass.md'), 'utf8'))?.[1] ?? '',
      ) as {
        sources: string[];
      }
    ).sources;
    const labels = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en.json'), 'utf8')) as Record<string, string>;
    const expected = ids.map((id) => {
      const source = parseYaml(readFileSync(join(ROOT, `content/sources/${id}.yaml`), 'utf8')) as {
        publisher: string;
        kind: string;
      };
      return `${source.publisher} (${labels[`source.kind.${source.kind}`] ?? '?'})`;
    });
    expect(expected.some((text) => text.endsWith('(state media)'))).toBe(true);
    await page.goto('/glossary/#tass');
    const list = page.locator('article#tass .gl-gentry__sources').getByRole('listitem');
    await expect(list).toHaveCount(ids.length);
    for (const [i, text] of expected.entries()) await expect(list.nth(i)).toContainText(text);
    await page.emulateMedia({ media: 'print' });
    for (const [i, text] of expected.entries()) {
      await expect(list.nth(i)).toBeVisible();
      await expect(list.nth(i)).toContainText(text);
    }
  });

  test('prints the entries without the filter or the index', async ({ page }) => {
    await page.goto('/glossary/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: 'Show', exact: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Jump to a term' })).toBeHidden();
    await expect(page.locator('article.gl-gentry:visible')).toHaveCount(entries.size);
  });
});
