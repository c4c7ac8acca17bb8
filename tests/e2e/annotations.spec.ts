import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { lessons, paragraphTexts, ROOT } from './site';

interface ClaimData {
  paragraph: number;
  quote: string;
  speaker: string;
}

/** The claims files of the lessons, read from content so the test follows the data. */
function claimsOf(slug: string): ClaimData[] {
  const file = join(ROOT, 'content/claims', `${slug}.yaml`);
  return (parseYaml(readFileSync(file, 'utf8')) as { claims: ClaimData[] }).claims;
}
const noteCount = (slug: string): number => readdirSync(join(ROOT, 'content/notes', slug)).length;

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;

test.describe('margin notes', () => {
  test('sit in the margin on wide screens, and their markers work by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(url);
    const notes = page.getByRole('note');
    // Notes are off on a first visit (issue 17): the reader switches the layer on.
    await expect(notes).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Margin notes' }).check();
    await expect(notes).toHaveCount(noteCount(lesson.slug));
    const marker = page.getByRole('button', { name: /^Note 1:/ });
    const first = page.locator(`#${(await marker.getAttribute('aria-controls')) ?? 'missing'}`);
    await expect(first).toBeVisible();
    // The note sits beside the text column, not inside it.
    const noteBox = await first.boundingBox();
    const textBox = await page.locator('p[data-paragraph="1"]').boundingBox();
    expect(noteBox && textBox && noteBox.x >= textBox.x + textBox.width).toBe(true);

    // The marker goes to its note and never hides it there (reader-bugs.spec.ts checks focus and highlight).
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(first).toBeFocused();
    await marker.focus();
    await page.keyboard.press('Space');
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await expect(first).toBeVisible();

    const showNotes = page.getByRole('checkbox', { name: 'Margin notes' });
    await showNotes.focus();
    await page.keyboard.press('Space');
    await expect(showNotes).not.toBeChecked();
    await expect(notes).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Margin notes' })).not.toBeChecked();
    await expect(page.getByRole('note')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Margin notes' }).check();
    await expect(page.getByRole('note')).toHaveCount(noteCount(lesson.slug));
  });

  test('expand in place from their marker on a 360 px touch screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('checkbox', { name: 'Margin notes' }).tap();
    const marker = page.getByRole('button', { name: /^Note 1:/ });
    const body = page.locator(`#${(await marker.getAttribute('aria-controls')) ?? 'missing'}`);
    await expect(marker).toHaveAttribute('aria-expanded', 'false');
    await expect(body).toBeHidden();
    await marker.tap();
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await expect(body).toBeVisible();
    const box = await body.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(body).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  test('a link to a note opens it in view on a 360 px screen, even with notes hidden', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('checkbox', { name: 'Margin notes' }).check();
    const markers = page.getByRole('button', { name: /^Note \d+:/ });
    const [firstId, lastId] = await Promise.all([
      markers.first().getAttribute('aria-controls'),
      markers.last().getAttribute('aria-controls'),
    ]);
    expect(firstId && lastId && firstId !== lastId).toBe(true);
    await page.getByRole('checkbox', { name: 'Margin notes' }).uncheck();
    await expect(page.getByRole('note')).toHaveCount(0);

    // Search results link to a note this way; the last note is far below the top of the page.
    await page.goto(`${url}#${lastId ?? ''}`);
    const last = page.getByRole('note');
    await expect(last).toHaveCount(1);
    await expect(last).toHaveAttribute('id', lastId ?? '');
    await expect(last).toBeInViewport();
    await expect(markers.last()).toHaveAttribute('aria-expanded', 'true');

    // Following another note link on the same page moves the open note.
    await page.evaluate((id) => (location.hash = `#${id}`), firstId);
    await expect(page.getByRole('note')).toHaveAttribute('id', firstId ?? '');
    await expect(page.getByRole('note')).toBeInViewport();
    // The reader can still close it from its marker.
    await markers.first().tap();
    await expect(markers.first()).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('note')).toHaveCount(0);
    await context.close();
  });

  test('print as numbered footnotes', async ({ page }) => {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const footnotes = page.getByRole('region', { name: 'Notes' }).getByRole('listitem');
    await expect(footnotes).toHaveCount(noteCount(lesson.slug));
    await expect(footnotes.first()).toBeVisible();
    // In the text only the note numbers remain, so the article reads cleanly on paper.
    await expect(page.locator('.gl-note__title').first()).toBeHidden();
    await expect(page.locator('.gl-note__num').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Note 1:/ })).toBeHidden();
  });
});

test.describe('who is speaking', () => {
  test('labels every claim with its speaker and kind, not colour alone', async ({ page }) => {
    await page.goto(url);
    const claims = claimsOf(lesson.slug);
    const labels = page.locator('.gl-claim__label');
    await expect(labels.first()).toBeHidden();
    await page.getByRole('checkbox', { name: 'Who is speaking?' }).check();
    await expect(labels).toHaveCount(claims.length);
    for (const label of await labels.all()) {
      await expect(label).toBeVisible();
      await expect(label).toHaveText(/^.+ · .+$/);
    }
    await expect(page.getByRole('heading', { name: 'Who is speaking' })).toBeVisible();
    // The article text itself is unchanged by the layer.
    expect(await paragraphTexts(page)).toEqual(lesson.source.paragraphs);
  });

  test('claims are underlined only while the layer is on, one colour and line per speaker (#18)', async ({ page }) => {
    await page.goto(url);
    const claims = page.locator('p[data-paragraph] .gl-claim');
    await expect(claims).toHaveCount(claimsOf(lesson.slug).length);
    /** How each claim in the article is drawn: its speaker, and its visible border and background. */
    const looks = (): Promise<{ speaker: string; border: string; background: boolean }[]> =>
      claims.evaluateAll((els) =>
        els.map((el) => {
          const s = getComputedStyle(el);
          const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
            (side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0,
          );
          return {
            speaker: el.getAttribute('data-speaker') ?? '',
            border: sides.map((side) => `${s[`border${side}Style`]} ${s[`border${side}Color`]}`).join(', '),
            background: !['rgba(0, 0, 0, 0)', 'transparent'].includes(s.backgroundColor),
          };
        }),
      );
    const toggle = page.getByRole('checkbox', { name: 'Who is speaking?' });
    await expect(toggle).not.toBeChecked();
    for (const look of await looks()) expect(look).toEqual({ speaker: look.speaker, border: '', background: false });

    await toggle.check();
    const on = await looks();
    const bySpeaker = new Map<string, Set<string>>();
    for (const look of on) {
      expect(look.border, look.speaker).not.toBe('');
      bySpeaker.set(look.speaker, (bySpeaker.get(look.speaker) ?? new Set()).add(look.border));
    }
    // Every claim of a speaker looks the same, and no two speakers look alike.
    for (const [speaker, borders] of bySpeaker) expect(borders.size, speaker).toBe(1);
    const perSpeaker = [...bySpeaker.values()].map((b) => [...b][0]);
    expect(new Set(perSpeaker).size).toBe(bySpeaker.size);

    await toggle.uncheck();
    for (const look of await looks()) expect(look.border).toBe('');
  });

  test('the claims table links each claim to the paragraph that contains it', async ({ page }) => {
    await page.goto(url);
    const claims = claimsOf(lesson.slug);
    const table = page.getByRole('table', { name: /Every claim in the article/ });
    // The key with its verdicts is folded away until the reader opens it.
    await expect(table).toBeHidden();
    await page.getByText("Show Gloss's claims key").click();
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(claims.length);
    for (const [i, claim] of claims.entries()) {
      const row = rows.nth(i);
      const link = row.getByRole('link', { name: `¶${claim.paragraph}` });
      await expect(link).toHaveAttribute('href', `#p${claim.paragraph}`);
      await expect(row.locator('q')).toHaveText(claim.quote);
      expect(lesson.source.paragraphs[claim.paragraph - 1]).toContain(claim.quote);
    }
    await rows.first().getByRole('link').first().click();
    await expect(page.locator(`#p${claims[0]?.paragraph ?? 1}`)).toBeInViewport();
  });
});

test('without JavaScript, the notes and claims switches still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  // Off on a first visit, as with JavaScript; the switch works through CSS alone.
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Margin notes' }).check();
  await expect(page.getByRole('note').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Who is speaking?' }).check();
  await expect(page.locator('.gl-claim__label').first()).toBeVisible();
  // Gloss's claims key, verdicts included, is behind a <details> that opens without JavaScript.
  const table = page.getByRole('table', { name: /Every claim in the article/ });
  await expect(table).toBeHidden();
  await page.getByText("Show Gloss's claims key").click();
  await expect(table.getByRole('columnheader', { name: 'Was it said?' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Is it true?' })).toBeVisible();
  await context.close();
});

test('axe: no violations with notes and claims on, in light and dark', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(url);
  await page.getByRole('checkbox', { name: 'Who is speaking?' }).check();
  await page.getByRole('checkbox', { name: 'Mark every glossary term' }).check();
  await expectNoAxeViolationsInBothSchemes(page, 'lesson with layers on', '.gl-article__text, .gl-claims');
  await page.getByRole('checkbox', { name: 'Margin notes' }).check();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: /^Note 2:/ }).click();
  await expectNoAxeViolationsInBothSchemes(page, 'lesson at 360px with a note open', '.gl-article__text');
});
