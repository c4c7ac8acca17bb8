import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';
import { lessons } from './site';

/**
 * What a teacher prints from the browser (issue #18): the lesson as a reading handout and the
 * worksheet, each in at most six A4 pages, with the lesson title and page numbers in the footer
 * (CSS page-margin boxes, so the browser's own Print does the same).
 */

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;
const MAX_PAGES = 6;

/** The page printed to an A4 PDF as the browser prints it: its text, page by page. */
async function printPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The footer of each page: the lesson title and "Page n of N". */
function expectFooters(pages: readonly string[], title: string): void {
  pages.forEach((text, i) => {
    expect(text, `page ${String(i + 1)} footer`).toContain(`Page ${String(i + 1)} of ${String(pages.length)}`);
    expect(text, `page ${String(i + 1)} footer`).toContain(title);
  });
}

test.describe('print', () => {
  // Printing the long lesson page to PDF is slow on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('the lesson prints as a handout: numbered paragraphs and notes, at most six pages', async ({ page }) => {
    await page.goto(url);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    const pages = await printPages(page);
    expect(pages.length, 'A4 pages').toBeLessThanOrEqual(MAX_PAGES);
    expectFooters(pages, title);
    const all = pages.join(' ');
    for (let n = 1; n <= lesson.source.paragraphs.length; n++) expect(all).toContain(`¶${String(n)}`);
    const notes = await page.getByRole('region', { name: 'Notes' }).getByRole('listitem').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    const firstWords = (s: string): string => s.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
    for (const note of notes) expect(all).toContain(firstWords(note));
  });

  test('the worksheet fits six pages: circles for one answer, squares for several, lines to write', async ({
    page,
  }) => {
    await page.goto(`${url}worksheet/`);
    await page.emulateMedia({ media: 'print' });
    const shapeOf = async (hint: string): Promise<string[]> =>
      page
        .locator('.gl-worksheet__q')
        .filter({ hasText: hint })
        .locator('.gl-worksheet__box')
        .evaluateAll((boxes) =>
          boxes.map((b) => `${b.getAttribute('data-shape') ?? ''} ${getComputedStyle(b).borderRadius}`),
        );
    const single = await shapeOf('Choose one:');
    const multiple = await shapeOf('Choose all that apply:');
    expect(single.length).toBeGreaterThan(0);
    expect(multiple.length).toBeGreaterThan(0);
    for (const s of single) expect(s).toBe('circle 50%');
    for (const s of multiple) expect(s).toMatch(/^square (0|1)px$/);
    // A written answer gets lines to write on; a choice, one line to explain it.
    const options = page.locator('.gl-worksheet__options');
    const written = page.locator('.gl-worksheet__q').filter({ hasNot: options });
    expect(await written.count()).toBeGreaterThan(0);
    for (const q of await written.all()) {
      const lines = q.locator('.gl-worksheet__lines span');
      expect(await lines.count()).toBeGreaterThanOrEqual(4);
      await expect(lines.last()).toBeVisible();
    }
    const explain = page.locator('.gl-worksheet__q').filter({ has: options }).locator('.gl-worksheet__explain');
    expect(await explain.count()).toBe(await page.locator('.gl-worksheet__q').filter({ has: options }).count());
    for (const line of await explain.evaluateAll((els) =>
      els.map((el) => getComputedStyle(el, '::after').borderBlockEndStyle),
    )) {
      expect(line).toBe('solid');
    }
    // No heading is the last thing on its page: each sits on the same page as what follows it.
    // Only headings that print: a section with nothing in it (the student's highlights, on a device
    // that has none) is hidden and has nothing to keep its heading company.
    const headings = page.locator('.gl-worksheet h2, .gl-worksheet h3').filter({ visible: true });
    const pages = await printPages(page);
    expect(pages.length, 'A4 pages').toBeLessThanOrEqual(MAX_PAGES);
    const title = ((await page.locator('h1').textContent()) ?? '').replace(/^Worksheet: /, '').trim();
    expectFooters(pages, title);
    for (const heading of await headings.allTextContents()) {
      const text = heading.replace(/\s+/g, ' ').trim();
      const at = pages.findIndex((p) => p.includes(text));
      expect(at, `"${text}" is printed`).toBeGreaterThanOrEqual(0);
      const on = pages[at] ?? '';
      const after = on.slice(on.indexOf(text) + text.length);
      const rest = after
        .replace(/Page \d+ of \d+/, '')
        .replace(title, '')
        .trim();
      expect(rest.length, `"${text}" is not alone at the foot of page ${String(at + 1)}`).toBeGreaterThan(20);
    }
  });

  test('the questions page does not print its heading alone on the first page', async ({ page }) => {
    await page.goto(`${url}questions/`);
    const pages = await printPages(page);
    const first = await page.locator('.gl-quiz').first().locator('.gl-quiz__q').first().textContent();
    const words = (first ?? '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 5).join(' ');
    expect(words.length).toBeGreaterThan(0);
    expect(pages[0]).toContain(words);
  });
});
