import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { tabTo } from './keyboard';
import { lessons, paragraphTexts, ROOT } from './site';

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;
const noteCount = readdirSync(join(ROOT, 'content/notes', lesson.slug)).length;

/** The four questions of "Check it yourself", in the order the panel asks them. */
const FIELDS = ['speaker', 'kind', 'wasSaid', 'isTrue'] as const;
type Field = (typeof FIELDS)[number];
const KINDS = ['fact', 'forecast', 'estimate', 'opinion', 'characterisation'];
const VERDICTS = ['supported', 'contradicted', 'cant-tell'];
/** The lesson's claims file, read from content so the test follows the data. */
interface ClaimsFile {
  speakers: { id: string; label?: string }[];
  claims: ({ id: string; quote: string } & Record<Field, string>)[];
}

test('a first visit shows the article, its vocabulary and the layer switches, and no note or verdict; the switches work by keyboard and are remembered (#17)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await paragraphTexts(page)).toEqual(lesson.source.paragraphs);

  const layers = page.getByRole('group', { name: 'Reading layers' });
  const vocabulary = layers.getByRole('checkbox', { name: 'Vocabulary' });
  const notes = layers.getByRole('checkbox', { name: 'Margin notes' });
  const speakers = layers.getByRole('checkbox', { name: 'Who is speaking?' });
  const timeline = layers.getByRole('checkbox', { name: 'Timeline links' });
  await expect(vocabulary).toBeChecked();
  for (const off of [notes, speakers, timeline]) await expect(off).not.toBeChecked();

  // Vocabulary: glossary terms are marked buttons in the text.
  const term = page.locator('p[data-paragraph] .gl-term').first();
  await expect(term).toBeVisible();
  await expect(term).toHaveCSS('text-decoration-line', 'underline');
  // Nothing that gives Gloss's answers away: no note, no speaker label, no verdict, no timeline marker.
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('.gl-claim__label').first()).toBeHidden();
  for (const status of await page.locator('.gl-status').all()) await expect(status).toBeHidden();
  await expect(page.getByText(/^On the timeline/).first()).toBeHidden();

  // By keyboard: Tab to each switch and press Space.
  await tabTo(page, vocabulary, 40);
  await page.keyboard.press('Space');
  await expect(term).toHaveCSS('text-decoration-line', 'none');
  for (const on of [notes, speakers, timeline]) {
    await page.keyboard.press('Tab');
    await expect(on).toBeFocused();
    await page.keyboard.press('Space');
    await expect(on).toBeChecked();
  }
  await expect(page.getByRole('note')).toHaveCount(noteCount);
  await expect(page.locator('.gl-claim__label').first()).toBeVisible();
  const marker = page.locator('[data-tl-related]').first();
  await expect(marker).toBeVisible();
  // A marker opens its paragraph's events from the keyboard.
  await marker.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(marker.getByRole('link').first()).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, 'reading layers all on', '.gl-reading-tools, .gl-article__body');

  // The choices are saved on the device and applied before first paint: the attributes are on
  // <html> when the document is parsed, before any script at the end of the page runs.
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(
    await page.evaluate(() => {
      const { terms, notes, claims, timeline } = document.documentElement.dataset;
      return { terms, notes, claims, timeline };
    }),
  ).toEqual({ terms: 'off', notes: 'on', claims: 'on', timeline: 'on' });
  await expect(vocabulary).not.toBeChecked();
  for (const on of [notes, speakers, timeline]) await expect(on).toBeChecked();
  await expect(page.getByRole('note')).toHaveCount(noteCount);
});

test('a student sorts every claim by keyboard alone, compares with Gloss, sees the agreement and why they differ, and finds it all after a reload (#17)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = parseYaml(readFileSync(join(ROOT, 'content/claims', `${lesson.slug}.yaml`), 'utf8')) as ClaimsFile;
  const words = en as Record<string, string>;
  const answer = (field: Field, value: string): string =>
    field === 'speaker'
      ? (file.speakers.find((s) => s.id === value)?.label ?? value)
      : (words[field === 'kind' ? `claims.kind.${value}` : `claims.verdict.${value}`] ?? value);
  const legends: Record<Field, string> = {
    speaker: 'Who is speaking?',
    kind: 'What kind is it?',
    wasSaid: 'Was it said?',
    isTrue: 'Is it true?',
  };
  const total = file.claims.length;

  await page.goto(url);
  const check = page.getByRole('region', { name: 'Check it yourself' });
  const start = check.getByRole('button', { name: 'Start sorting the claims' });
  await start.scrollIntoViewIfNeeded();
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press('Enter');

  // The choices in the order the panel offers them, so the test can arrow straight to each one.
  const options: Record<Field, string[]> = {
    speaker: [...file.speakers.map((s) => s.id), 'others'],
    kind: KINDS,
    wasSaid: VERDICTS,
    isTrue: VERDICTS,
  };
  for (const [i, claim] of file.claims.entries()) {
    await expect(check.getByRole('heading', { name: `Claim ${String(i + 1)} of ${String(total)}` })).toBeFocused();
    await expect(check.locator('blockquote q')).toHaveText(claim.quote);
    await page.keyboard.press('Tab'); // the claim's ¶ link
    const chosen: [Field, string][] = [];
    for (const field of FIELDS) {
      // One answer differs on purpose, to see the difference explained.
      const value = i === 0 && field === 'kind' ? (KINDS.find((k) => k !== claim.kind) ?? '') : claim[field];
      // Tab into the group (its first radio, as none is checked yet), Space to choose, arrows to move.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let k = 0; k < options[field].indexOf(value); k++) await page.keyboard.press('ArrowRight');
      chosen.push([field, value]);
    }
    for (const [field, value] of chosen) {
      await expect(
        check
          .getByRole('group', { name: legends[field] })
          .getByRole('radio', { name: answer(field, value), exact: true }),
      ).toBeChecked();
    }
    if (i < total - 1) {
      await tabTo(page, check.getByRole('button', { name: 'Next claim' }), 4);
      await page.keyboard.press('Enter');
    }
  }
  await expect(check.getByText(`${String(total)} of ${String(total)} claims sorted.`)).toBeVisible();
  await tabTo(page, check.getByRole('button', { name: 'Compare with Gloss' }), 8);
  await page.keyboard.press('Enter');

  const agreement = check.getByText(
    `You agree with Gloss on ${String(total * 4 - 1)} of ${String(total * 4)} answers.`,
  );
  await expect(agreement).toBeVisible();
  const first = file.claims[0];
  await expect(
    check.getByText(`Gloss sorts it as “${answer('kind', first?.kind ?? '')}”`, { exact: false }),
  ).toBeVisible();
  // Comparing reveals Gloss's own layers: the margin notes, the speakers and the claims key.
  await expect(page.getByRole('checkbox', { name: 'Margin notes' })).toBeChecked();
  await expect(page.getByRole('note').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /Every claim in the article/ })).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, 'claims compared, key open', '.gl-check, .gl-claims');

  await page.reload();
  await check.scrollIntoViewIfNeeded();
  // The island hydrates when it scrolls into view and then reads the store: on a loaded 2-core
  // machine that took longer than the default 5 s once, so this wait is the hydration's, not the test's.
  await expect(agreement).toBeVisible({ timeout: 20_000 });
  await expect(check.getByText(`${String(total)} of ${String(total)} claims sorted.`)).toBeVisible();
});
