import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { behindOfKind } from '../../src/lib/lateral';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { chooseByKeyboard, tabTo } from './keyboard';
import { lessons, ROOT } from './site';

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;

/** The parts of the lesson's lateral-reading file, claims and sources the test follows. */
interface LateralFile {
  tasks: {
    id: string;
    claim: string;
    searches: string[];
    results: { source: string }[];
    best: string[];
    finding: string;
  }[];
}
/** A content file, parsed (its shape is the caller's to state). */
const yaml = (path: string): unknown => parseYaml(readFileSync(join(ROOT, path), 'utf8'));

test('a student does a lateral-reading task by keyboard alone: searches, chooses a result and says who is behind it and what it says, compares with Gloss, finds it after a reload, and resets it (#17)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const words = en as Record<string, string>;
  const file = yaml(`content/lessons/${lesson.slug}.lateral.yaml`) as LateralFile;
  const task = file.tasks[0];
  if (!task) throw new Error('The lesson has no lateral-reading tasks.');
  const { claims } = yaml(`content/claims/${lesson.slug}.yaml`) as { claims: { id: string; isTrue: string }[] };
  const gloss = claims.find((c) => c.id === task.claim)?.isTrue ?? '';
  const best = task.best[0] ?? '';
  const source = yaml(`content/sources/${best}.yaml`) as { title: string; publisher: string; kind: string };
  const behind = words[`lateral.behind.${behindOfKind(source.kind) ?? 'cant-tell'}`] ?? '';
  const search = task.searches[0] ?? '';

  await page.goto(url);
  const section = page.getByRole('region', { name: 'Read laterally' });
  const start = section.getByRole('button', { name: 'Start the lateral-reading tasks' });
  await start.scrollIntoViewIfNeeded();
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('heading', { name: `Task 1 of ${String(file.tasks.length)}` })).toBeFocused();

  // What they searched: a suggested search, typed.
  const searched = section.getByRole('textbox', { name: 'What did you search for?' });
  await tabTo(page, searched, 4);
  await page.keyboard.type(search);

  // The simulated results page: arrow to the source Gloss would start with.
  const results = section.getByRole('group', { name: 'Search results: which source did you find?' });
  await expect(results.getByRole('radio')).toHaveCount(task.results.length + 1);
  const chosen = results.getByRole('radio', { name: source.title });
  await tabTo(page, results.getByRole('radio').first(), 3);
  await page.keyboard.press('Space');
  for (let i = 0; i < task.results.length && !(await chosen.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(chosen).toBeChecked();

  await chooseByKeyboard(page, section.getByRole('group', { name: 'Who is behind the source you chose?' }), behind, 3);
  const says = section.getByRole('textbox', { name: 'What does it say about the claim?' });
  await tabTo(page, says, 3);
  await page.keyboard.type('It names a different meeting.');
  await chooseByKeyboard(
    page,
    section.getByRole('group', { name: 'So, is the claim true?' }),
    words[`claims.verdict.${gloss}`] ?? '',
    3,
  );

  await tabTo(page, section.getByRole('button', { name: 'Compare with Gloss' }), 3);
  await page.keyboard.press('Enter');
  const heading = section.getByRole('heading', { name: 'What Gloss found' });
  await expect(heading).toBeFocused();
  const finding = section.getByText(task.finding);
  await expect(finding).toBeVisible();
  await expect(section.getByText('You agree.')).toBeVisible();
  await expect(section.getByText('You chose one of the sources Gloss would start with.')).toBeVisible();
  await expect(section.getByText(`Who is behind ${source.publisher}:`, { exact: false })).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, 'lateral task compared', '.gl-lateral');

  await page.reload();
  await section.scrollIntoViewIfNeeded();
  await expect(finding).toBeVisible();
  await expect(searched).toHaveValue(search);
  await expect(chosen).toBeChecked();

  page.once('dialog', (dialog) => void dialog.accept());
  const reset = section.getByRole('button', { name: 'Start again' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(finding).toBeHidden();
  await expect(searched).toHaveValue('');
  await page.reload();
  await expect(start).toBeVisible();
});
