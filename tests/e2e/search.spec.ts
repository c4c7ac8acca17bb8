import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { builtPages, lessons, ROOT } from './site';

const [lesson] = lessons();
if (!lesson) throw new Error('There is no lesson in content/lessons.');
const lessonUrl = `/lessons/${lesson.slug}/`;

/** Every file under a content folder, as [path relative to content/, text]. */
function contentFiles(dir = join(ROOT, 'content')): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|mdx|ya?ml|txt)$/.test(f))
    .map((f) => [relative(join(ROOT, 'content'), join(dir, f)), readFileSync(join(dir, f), 'utf8')]);
}

/** Front matter of every file in a content folder, by file name without extension. */
function frontMatter<T>(folder: string): Map<string, T> {
  return new Map(
    contentFiles(join(ROOT, 'content', folder)).map(([path, text]) => {
      const id = path.replace(/^.*\//, '').replace(/\.\w+$/, '');
      const data = path.endsWith('.md') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
      return [id, parseYaml(data) as T];
    }),
  );
}

/** Every `explanation`/`explanations` text in the quiz files. */
function quizExplanations(): string[] {
  const out: string[] = [];
  const walk = (value: unknown, inside: boolean): void => {
    if (typeof value === 'string') {
      if (inside) out.push(value);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, inside);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, inside || /^explanations?$/.test(k));
    }
  };
  for (const [, text] of contentFiles(join(ROOT, 'content', 'quizzes'))) walk(parseYaml(text), false);
  return out;
}

/**
 * Words from quiz explanations that appear nowhere else (content, UI strings, page templates),
 * not even as the stem Pagefind would match, each with the few words around it.
 */
function quizOnlyTexts(): { word: string; phrase: string }[] {
  const templates = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'));
  const elsewhere = [
    ...contentFiles()
      .filter(([path]) => !path.startsWith('quizzes/'))
      .map(([, text]) => text),
    readFileSync(join(ROOT, 'src/i18n/en.json'), 'utf8'),
    ...templates,
  ]
    .join('\n')
    .toLowerCase();
  const stem = (word: string): string => word.toLowerCase().slice(0, Math.max(4, Math.min(6, word.length - 3)));
  const found: { word: string; phrase: string }[] = [];
  for (const explanation of quizExplanations()) {
    const raw = explanation.split(/\s+/);
    const words = raw.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
    for (let i = 2; i < words.length - 1; i++) {
      const word = words[i] ?? '';
      if (word.length < 6 || !/^\p{L}+$/u.test(word) || elsewhere.includes(stem(word))) continue;
      found.push({
        word,
        phrase: raw
          .slice(i - 2, i + 2)
          .join(' ')
          .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''),
      });
    }
  }
  return found;
}

/**
 * The first search downloads Pagefind (script, WebAssembly, index chunks); on a busy machine that
 * can take longer than the default 5 s. This is a wait, not a speed test (`npm run bench` times it).
 */
const expectResults = expect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

const dialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Search' });
const searchBox = (scope: Locator): Locator => scope.getByRole('searchbox', { name: 'Search for' });
const results = (scope: Locator): Locator => scope.getByRole('list', { name: 'Search results' });

/** Opens the dialog with "/" and types the words key by key, as a reader would. */
async function searchFor(page: Page, words: string): Promise<Locator> {
  await page.keyboard.press('/');
  const box = searchBox(dialog(page));
  await expect(box).toBeFocused();
  // The dialog keeps the last query; typing over a selection replaces it.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(words, { delay: 20 });
  await expectResults(dialog(page).getByRole('status')).toContainText(`for “${words}”`);
  return dialog(page);
}

/**
 * Moves through the results with the arrow keys until the focused link's name matches, asking
 * for more results (by keyboard) when the first batch runs out.
 */
async function arrowTo(page: Page, scope: Locator, name: RegExp): Promise<Locator> {
  await searchBox(scope).focus();
  const more = scope.getByRole('button', { name: 'Show more results' });
  for (let seen = 0; ;) {
    const count = await results(scope).getByRole('link').count();
    for (; seen < count; seen++) {
      await page.keyboard.press('ArrowDown');
      const focused = scope.locator('a:focus');
      if (name.test((await focused.textContent()) ?? '')) return focused;
    }
    if (!(await more.isVisible())) break;
    await more.focus();
    await page.keyboard.press('Enter');
    // "Show more" moves focus to the first new result; step back so ArrowDown lands on it.
    await expect(results(scope).getByRole('link')).not.toHaveCount(count);
    await results(scope)
      .getByRole('link')
      .nth(count - 1)
      .focus();
  }
  throw new Error(`No search result link matches ${String(name)}.`);
}

test.describe('search', () => {
  test('"Patrushev" lands on the lesson paragraph that names him, with the word highlighted', async ({ page }) => {
    await page.goto('/');
    const scope = await searchFor(page, 'Patrushev');
    await arrowTo(page, scope, /^Lesson\b/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${lessonUrl}\\?.*#p\\d+$`));

    // The right paragraph is one whose text names him (computed from the page, not hard-coded).
    const naming = await page
      .locator('p[data-paragraph]')
      .filter({ hasText: 'Patrushev' })
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['paragraph']));
    expect(naming.length).toBeGreaterThan(0);
    const landed = new URL(page.url()).hash.slice(2);
    expect(naming).toContain(landed);
    await expect(page.locator(`p[data-paragraph="${landed}"] mark.pagefind-highlight`).first()).toHaveText(
      /Patrushev/i,
    );
  });

  test('"CSTO": the glossary entry ranks first among glossary results', async ({ page }) => {
    const glossary = frontMatter<{ term: string }>('glossary');
    const expected = [...glossary].find(([, e]) => e.term === 'CSTO')?.[0];
    expect(expected, 'a glossary entry whose term is CSTO').toBeTruthy();
    await page.goto(lessonUrl);
    const scope = await searchFor(page, 'CSTO');
    const glossaryLinks = results(scope).getByRole('link', { name: /^Glossary\b/ });
    await expect(glossaryLinks.first()).toHaveAttribute('href', new RegExp(`/glossary/\\?.*#${expected ?? ''}$`));
    await expect(glossaryLinks.first()).toContainText('CSTO');
  });

  test('"Crocus" finds the timeline event, which opens highlighted on the timeline page', async ({ page }) => {
    const events = frontMatter<{ title: string; date: string }>(`timeline/${lesson.slug}`);
    const [id, event] = [...events].find(([, e]) => e.title.includes('Crocus')) ?? [];
    expect(id, 'a timeline event about Crocus').toBeTruthy();
    await page.goto('/');
    const scope = await searchFor(page, 'Crocus');
    const year = String(event?.date).slice(0, 4);
    const link = await arrowTo(page, scope, new RegExp(`^Timeline · ${year}`));
    await expect(link).toHaveAttribute('href', new RegExp(`/timeline/\\?.*#${id ?? ''}$`));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id ?? ''}$`));
    await expect(page.locator(`[id="${id ?? ''}"] mark.pagefind-highlight`).first()).toHaveText(/Crocus/i);
  });

  test('a margin note result opens that note beside its line on a phone', async ({ browser }) => {
    const notes = frontMatter<{ title: string; paragraph: number }>(`notes/${lesson.slug}`);
    const note = [...notes.values()].find((n) => n.title.includes('Vancouver'));
    expect(note, 'a margin note titled about Vancouver').toBeTruthy();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    const scope = await searchFor(page, 'Vancouver');
    await arrowTo(page, scope, /^Note\b/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${lessonUrl}\\?.*#note-\\d+$`));
    // On a narrow screen notes are folded behind their markers; the one the result names is open.
    const opened = page.getByRole('note');
    await expect(opened).toHaveCount(1);
    await expect(opened).toContainText(note?.title ?? 'missing');
    await expect(opened).toBeInViewport();
    await expect(page.locator(`p[data-paragraph="${String(note?.paragraph)}"]`)).toContainText(note?.title ?? '');
    await context.close();
  });

  test('the type filter narrows the results, by keyboard', async ({ page }) => {
    await page.goto('/');
    const scope = await searchFor(page, 'CSTO');
    const status = scope.getByRole('status');
    const total = Number(/(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    await expect(scope.getByRole('radio', { name: /^Everything/ })).toBeChecked();
    // Tab from the search box reaches the filter group; arrow keys choose a type.
    await page.keyboard.press('Tab');
    await expect(scope.getByRole('radio', { name: /^Everything/ })).toBeFocused();
    const glossary = scope.getByRole('radio', { name: /^Glossary/ });
    for (let i = 0; i < 4 && !(await glossary.isChecked()); i++) await page.keyboard.press('ArrowRight');
    await expect(glossary).toBeChecked();
    await expectResults(status).toContainText('Showing only: Glossary.');
    const shown = Number(/(\d+) results?/.exec((await status.textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    // The radio's name announced the count before it was chosen.
    const label = await glossary.evaluate((el) => el.closest('label')?.textContent ?? '');
    expect(shown).toBe(Number(/\((\d+)\)/.exec(label)?.[1]));
    const links = results(scope).locator('.gl-search__link');
    await expect(links).toHaveCount(Math.min(shown, 10));
    for (const name of await links.allTextContents()) expect(name).toMatch(/^Glossary\b/);
  });

  test('"/" and Ctrl+K open the dialog; Esc closes it and focus returns', async ({ page }) => {
    await page.goto(lessonUrl);
    const launcher = page.getByRole('button', { name: 'Search' });

    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(dialog(page))).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();

    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(dialog(page))).toBeFocused();
    // One Esc closes the dialog even with words in the box (it does not just clear them).
    await page.keyboard.type('CSTO');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();

    // Reach the header button by keyboard, open with Enter, close with Esc: focus comes back to it.
    await launcher.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Shoigu');
    await expectResults(results(dialog(page)).getByRole('link').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(launcher).toBeFocused();

    // "/" typed into a text field is just a character.
    await page.goto('/search/');
    const box = searchBox(page.getByRole('main'));
    await box.focus();
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
    await expect(dialog(page)).toBeHidden();
  });

  test('"/" pressed straight after Esc reopens the dialog', async ({ page }) => {
    await page.goto('/');
    // Results for a query show that the search module, whose handler the synthetic Esc below needs,
    // has loaded (a real Esc would close the dialog natively even before that).
    await searchFor(page, 'CSTO');
    await expect(searchBox(dialog(page))).toBeFocused();
    // A fast typist's Esc and "/" can land before the browser has moved focus out of the closed
    // dialog. Keyboard events sent one by one leave time for that, so send both in one task,
    // the way they arrive on a busy machine: first through Esc, then through the dialog closing
    // some other way (the browser's own close request), which leaves focus in the hidden field.
    const escThenSlash = (closeByEsc: boolean): Promise<boolean> =>
      page.evaluate((byEsc) => {
        const key = (name: string): boolean =>
          (document.activeElement ?? document.body).dispatchEvent(
            new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
          );
        const box = document.querySelector<HTMLDialogElement>('dialog[open]');
        if (byEsc) key('Escape');
        else box?.close();
        const closed = !box?.open;
        key('/');
        return closed;
      }, closeByEsc);
    for (const byEsc of [true, false]) {
      expect(await escThenSlash(byEsc)).toBe(true);
      await expect(dialog(page)).toBeVisible();
      await expect(searchBox(dialog(page))).toBeFocused();
    }
  });

  test('text found only in a quiz explanation gives no results', async ({ page, request }) => {
    // Pick text that is on a built page (the quiz is part of the lesson), so only the index can hide it.
    // Text between tags only: words inside attributes (island props) are never indexed anyway.
    const pages = await Promise.all(
      builtPages().map(async (path) => (await (await request.get(path)).text()).replace(/<[^>]*>/g, ' ')),
    );
    const candidates = quizOnlyTexts();
    const chosen = candidates.find(({ word }) => pages.some((html) => html.includes(word)));
    expect(chosen, `one of ${candidates.map((c) => c.word).join(', ')} should be on a built page`).toBeDefined();
    const { word, phrase } = chosen ?? { word: '', phrase: '' };
    await page.goto('/');
    // Pagefind matches any of the words typed, so the distinctive word alone must find nothing,
    // and so must the exact phrase (in quotes) around it.
    for (const query of [word, `"${phrase}"`]) {
      const scope = await searchFor(page, query);
      await expect(scope.getByRole('status')).toHaveText(`No results for “${query}”.`);
      await expect(results(scope).getByRole('listitem')).toHaveCount(0);
      await page.keyboard.press('Escape');
    }
  });

  test('the /search/ page takes ?q= links and keeps the query in the address', async ({ page }) => {
    await page.goto('/search/?q=Crocus');
    const main = page.getByRole('main');
    await expect(searchBox(main)).toHaveValue('Crocus');
    await expectResults(main.getByRole('status')).toContainText('for “Crocus”');
    await expect(
      results(main)
        .getByRole('link', { name: /^Timeline\b/ })
        .first(),
    ).toBeVisible();
    await searchBox(main).fill('');
    await searchBox(main).pressSequentially('Mujahid');
    await expectResults(main.getByRole('status')).toContainText('for “Mujahid”');
    await expect(page).toHaveURL(/\?q=Mujahid$/);
  });

  test('without JavaScript, search explains itself and links to the glossary and timeline', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lessonUrl);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    const main = page.getByRole('main');
    await expect(main.getByText('Search needs JavaScript')).toBeVisible();
    await expect(main.getByRole('link', { name: /glossary/ })).toHaveAttribute('href', /\/glossary\/$/);
    await expect(main.getByRole('link', { name: /timeline/ }).first()).toHaveAttribute('href', /\/timeline\/$/);
    await expect(searchBox(main)).toBeHidden();
    await context.close();
  });

  test('the lesson page loads no JavaScript file until the reader starts a search', async ({ page }) => {
    await page.goto(lessonUrl, { waitUntil: 'networkidle' });
    const scripts = (): Promise<string[]> =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((name) => /\.m?js(\?|$)/.test(new URL(name).pathname + new URL(name).search)),
      );
    expect(await scripts()).toEqual([]);
    const loaded = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.encodedBodySize + entries.reduce((sum, e) => sum + e.encodedBodySize, 0);
    });
    test.info().annotations.push({ type: 'bytes before interaction', description: String(loaded) });

    await page.keyboard.press('/');
    await page.keyboard.type('Shoigu');
    await expectResults(results(dialog(page)).getByRole('link').first()).toBeVisible();
    const after = await scripts();
    expect(after.some((url) => url.includes('/_astro/search'))).toBe(true);
    expect(after.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('axe: no violations with the dialog open, empty and with results, in light and dark', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'dialog open', 'dialog');
    await page.keyboard.type('Patrushev');
    await expectResults(results(dialog(page)).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'dialog with results', 'dialog');
  });

  test('axe: no violations on the /search/ page with results, in light and dark', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/search/?q=CSTO');
    await expectResults(results(page.getByRole('main')).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, '/search/ with results');
  });
});
