import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { lessons } from './site';

const lesson = lessons()[0];
if (!lesson) throw new Error('no lesson');
const url = `/lessons/${lesson.slug}/`;
/** The article's paragraphs, verbatim, from the lesson's source text. */
const paragraphs = lesson.source.paragraphs;

/** Words `from`–`to` (word indexes) of a paragraph, and their offsets in its text. */
function words(paragraph: number, from: number, to: number): { text: string; start: number; end: number } {
  const text = paragraphs[paragraph - 1] ?? '';
  const spans = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const first = spans[from];
  const last = spans[to];
  if (!first || !last) throw new Error(`paragraph ${String(paragraph)} is too short`);
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** Screen points of two text offsets in a paragraph of the article (its verbatim text). */
async function pointsOf(page: Page, paragraph: number, start: number, end: number) {
  return page.evaluate(
    ([n, s, e]) => {
      const p = document.querySelector(`.gl-p[data-paragraph="${String(n)}"]`);
      if (!p) throw new Error('no paragraph');
      // Article text only: what the reader layer adds is marked data-pagefind-ignore.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const at = (offset: number): DOMRect => {
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = (node as Text).data.length;
          if (offset < seen + length) {
            const r = document.createRange();
            r.setStart(node, offset - seen);
            r.setEnd(node, offset - seen + 1);
            walker.currentNode = p;
            return r.getBoundingClientRect();
          }
          seen += length;
        }
        throw new Error('offset out of range');
      };
      const a = at(s);
      const b = at(e - 1);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [paragraph, start, end] as const,
  );
}

/**
 * The article text each kind of highlight covers on the page, from the CSS Custom Highlight API
 * (a range's own toString would include the margin notes and labels inside it).
 */
async function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const articleText = (r: Range): string => {
      const root = r.commonAncestorContainer;
      const walker = document.createTreeWalker(
        root.nodeType === 1 ? root : (root.parentNode ?? root),
        NodeFilter.SHOW_TEXT,
        {
          acceptNode: (node) =>
            node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        },
      );
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node instanceof Text) || !r.intersectsNode(node)) continue;
        text += node.data.slice(
          node === r.startContainer ? r.startOffset : 0,
          node === r.endContainer ? r.endOffset : node.data.length,
        );
      }
      return text;
    };
    return Object.fromEntries(
      ['claim', 'evidence', 'question'].map((kind) => [
        kind,
        [...(CSS.highlights.get(`gl-hl-${kind}`) ?? [])].map((r) => articleText(r as Range)),
      ]),
    );
  });
}

test.describe('student highlights', () => {
  test('mouse and keyboard highlights with notes survive reload and text size, list in the panel and export', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url);
    // The button wakes at the reader's first interaction (client:interaction), not before.
    await expect(page.getByRole('button', { name: 'My highlights' })).toBeDisabled();
    await page.mouse.move(100, 100);
    await expect(page.getByRole('button', { name: 'My highlights' })).toBeEnabled();

    // Mouse: drag over four words of ¶2; the toolbar appears by the selection.
    const evidence = words(2, 1, 4);
    await page.locator('.gl-p[data-paragraph="2"]').scrollIntoViewIfNeeded();
    const pts = await pointsOf(page, 2, evidence.start, evidence.end);
    await page.mouse.move(pts.x1, pts.y1);
    await page.mouse.down();
    await page.mouse.move(pts.x2, pts.y2, { steps: 5 });
    await page.mouse.up();
    const toolbar = page.getByRole('group', { name: 'Highlight the selected words' });
    await expect(toolbar).toBeVisible();
    await toolbar.getByLabel('Note (optional)').fill('Who says so?');
    await toolbar.getByRole('button', { name: 'Evidence' }).click();
    await expect(toolbar).toBeHidden();
    await expect.poll(() => painted(page)).toEqual({ claim: [], evidence: [evidence.text], question: [] });

    // Keyboard only: open the panel, pick ¶3, select three words with Shift+arrows, mark as a question.
    const question = words(3, 0, 2);
    const open = page.getByRole('button', { name: 'My highlights (1)' });
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'My highlights' });
    await expect(panel).toBeVisible();
    const select = panel.getByRole('combobox', { name: 'Paragraph' });
    // Tab through the panel (close, the list's buttons, export) to the keyboard form.
    for (let i = 0; i < 20 && !(await select.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(select).toBeFocused();
    await page.keyboard.press('ArrowDown'); // ¶2
    await page.keyboard.press('ArrowDown'); // ¶3
    await expect(select).toHaveValue('3');
    await page.keyboard.press('Tab');
    await expect(panel.getByLabel('Words of the paragraph')).toBeFocused();
    await page.keyboard.type('x'); // refused: the article's words cannot be edited here
    await expect(panel.getByLabel('Words of the paragraph')).toHaveValue(paragraphs[2] ?? '');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < question.end; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Tab'); // the note
    await page.keyboard.type('Check the date');
    await page.keyboard.press('Tab'); // Claim
    await page.keyboard.press('Tab'); // Evidence
    await page.keyboard.press('Tab'); // Question
    await expect(panel.getByRole('button', { name: 'Question' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status')).toHaveText(/^Highlighted as Question/);

    const items = panel.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(evidence.text);
    await expect(items.nth(0)).toContainText('Who says so?');
    await expect(items.nth(1)).toContainText(question.text);
    await expect(items.nth(1)).toContainText('Check the date');
    await expectNoAxeViolationsInBothSchemes(page, 'highlights panel', '.gl-hl-panel');

    // Export: the copied Markdown holds both, with their kinds and notes.
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(panel.getByText('Copied to the clipboard.')).toBeVisible();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`## ¶2 · Evidence\n\n> ${evidence.text}`);
    expect(markdown).toContain('**Note:** Who says so?');
    expect(markdown).toContain(`## ¶3 · Question\n\n> ${question.text}`);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`highlights-${lesson.slug}.md`);

    // Edit a note in the panel, then close it with Escape.
    await items.nth(1).getByRole('button', { name: 'Edit note' }).click();
    await items.nth(1).getByLabel('Note').fill('Check the date first');
    await items.nth(1).getByRole('button', { name: 'Save note' }).click();
    await expect(items.nth(1)).toContainText('Check the date first');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    // Reload, then a larger text size: both highlights are painted on the same words.
    const expected = { claim: [], evidence: [evidence.text], question: [question.text] };
    await page.reload();
    await expect.poll(() => painted(page)).toEqual(expected);
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(() => painted(page)).toEqual(expected);
    await page.reload();
    await expect.poll(() => painted(page)).toEqual(expected);
    await page.getByRole('button', { name: 'My highlights (2)' }).click();
    await expect(page.getByRole('dialog', { name: 'My highlights' }).getByRole('listitem')).toHaveCount(2);
  });

  test('on a 360 px touch screen the docked toolbar highlights, and the worksheet prints it', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    const claim = words(4, 0, 3);
    // A long press selects words; Playwright cannot long-press, so the test touches the page (a
    // touch pointer, which also wakes the highlights button) and sets the selection a long press would make.
    await page.locator('#article-title').tap();
    await expect(page.getByRole('button', { name: 'My highlights' })).toBeEnabled();
    await page.evaluate(
      ([n, s, e]) => {
        const p = document.querySelector(`.gl-p[data-paragraph="${String(n)}"]`);
        if (!p) throw new Error('no paragraph');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        });
        const points: [Node, number][] = [];
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = (node as Text).data.length;
          for (const offset of [s, e]) {
            if (offset >= seen && offset <= seen + length && points.length < (offset === s ? 1 : 2)) {
              points.push([node, offset - seen]);
            }
          }
          seen += length;
        }
        const [from, to] = points;
        if (!from || !to) throw new Error('offsets out of range');
        document.getSelection()?.setBaseAndExtent(from[0], from[1], to[0], to[1]);
      },
      [4, claim.start, claim.end] as const,
    );
    const toolbar = page.getByRole('group', { name: 'Highlight the selected words' });
    await expect(toolbar).toBeVisible();
    // Docked to the bottom and within the 360 px screen.
    const box = await toolbar.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360 && Math.round(box.y + box.height) === 740).toBe(true);
    await expectNoAxeViolationsInBothSchemes(page, 'highlight toolbar', '.gl-hl-toolbar');
    await toolbar.getByRole('button', { name: 'Claim' }).tap();
    await expect(toolbar).toBeHidden();
    await expect(page.getByRole('button', { name: 'My highlights (1)' })).toBeVisible();

    await page.goto(`/lessons/${lesson.slug}/worksheet/`);
    await page.emulateMedia({ media: 'print' });
    const section = page.getByRole('region', { name: 'My highlights and notes' });
    await expect(section).toBeVisible();
    await expect(section.getByRole('listitem')).toHaveCount(1);
    await expect(section.getByRole('listitem')).toContainText('¶4 · Claim');
    await expect(section.getByRole('listitem')).toContainText(claim.text);
    await context.close();
  });
});
