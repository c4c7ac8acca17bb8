import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ClaimSortData } from '../../src/lib/claim-sort';
import { INDEX, LESSON, QUESTIONS } from '../helpers/teach';
import { expect, test } from './fixtures';
import { chooseByKeyboard } from './keyboard';

/**
 * The full teacher loop of issue 17 in one walk: the teacher builds an assessment with the claim
 * sort and the open questions, revealing Gloss's key only after submitting; a student sorts claims
 * and writes answers, sees the key only once submitted; the teacher pastes the code, marks an open
 * answer against its rubric, reloads, and downloads a CSV with the mark and the submitted and late
 * columns. The logic behind each step is tested in tests/unit and tests/component.
 */

test.describe.configure({ timeout: 120_000 });

const LOADED = { timeout: 20_000 };
const TAB_LIMIT = 80;

async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('main astro-island[ssr]')).toHaveCount(0, LOADED);
}

test('teacher loop: reveal after submitting, claim sort and open answers, rubric mark kept and in the CSV', async ({
  page,
  browser,
}) => {
  const set = INDEX.lessons.find((l) => l.id === LESSON)?.sets.find((x) => x.id === 'open-responses');
  const open = (set?.questions ?? []).flatMap((id) => {
    const q = QUESTIONS.get(id);
    return q?.type === 'open' ? [q] : [];
  });
  const [first] = open;
  expect(first).toBeDefined();
  if (!first) return;
  const key = (await (await page.request.get(`/lessons/${LESSON}/claims.json`)).json()) as ClaimSortData;
  const claim = key.claims[0];
  expect(claim).toBeDefined();
  if (!claim) return;
  const speaker = key.speakers.find((x) => x.id === claim.speaker)?.label ?? 'Others';

  // 1. The teacher builds the assignment: the open questions, the claim sort, key after submitting.
  await openHydrated(page, '/teach/');
  await page.getByRole('checkbox', { name: /^Your turn: explain your check/ }).check(LOADED);
  await page.getByRole('checkbox', { name: /^Include “Check it yourself”/ }).check();
  await page.getByLabel('Title').fill('Claims and corrections');
  // A due date in the past, so the CSV's late column says yes.
  await page.getByLabel('Due date (optional)').fill('2025-01-10');
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.getByLabel('Attempts allowed').selectOption('1');
  await page.getByRole('radio', { name: /^After the student submits/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Show the margin notes' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const share = page.getByRole('region', { name: 'Share this link with your students' });
  const assignLink = await share.getByRole('textbox', { name: 'Assignment link' }).inputValue();
  expect(assignLink).toMatch(/\/assign\/#2\.[\w-]+\.[0-9A-Z]{7}$/);

  // 2. A student, in a browser of their own, sorts a claim by keyboard and writes the answers.
  const student = await browser.newContext();
  const s = await student.newPage();
  await s.goto(assignLink);
  await expect(s.getByRole('heading', { level: 1, name: 'Claims and corrections' })).toBeVisible(LOADED);
  await s.getByLabel('Your name or initials').fill('Ana Test');
  await s.keyboard.press('Enter');
  const task = s.getByRole('region', { name: 'Check it yourself' });
  await expect(task.getByRole('heading', { name: `Claim 1 of ${String(key.claims.length)}` })).toBeVisible(LOADED);
  await chooseByKeyboard(s, task.getByRole('group', { name: 'Who is speaking?' }), speaker, TAB_LIMIT);
  await chooseByKeyboard(
    s,
    task.getByRole('group', { name: 'What kind is it?' }),
    key.labels[`claims.kind.${claim.kind}`] ?? '',
    TAB_LIMIT,
  );
  await task.getByRole('button', { name: 'Next claim' }).click();
  await expect(task.getByRole('heading', { name: /^Claim 2 of/ })).toBeFocused();
  // Claim 2: one answer that differs from the key.
  const other = (['supported', 'contradicted', 'cant-tell'] as const).find((v) => v !== key.claims[1]?.wasSaid);
  await task
    .getByRole('group', { name: 'Was it said?' })
    .getByRole('radio', { name: key.labels[`claims.verdict.${other ?? ''}`] ?? '', exact: true })
    .check();
  await expect(task.getByText(`0 of ${String(key.claims.length)} claims sorted.`)).toBeVisible();
  // The key is not on the page before submitting: no comparison, no model answer.
  await expect(task.getByText('Gloss’s claims key is not shown yet')).toBeVisible();
  await expect(s.getByRole('button', { name: 'Compare with Gloss' })).toHaveCount(0);
  await expect(s.getByText('Your marks and Gloss')).toHaveCount(0);
  await expect(s.getByText(first.model.slice(0, 40))).toHaveCount(0);
  for (const q of open) {
    await s
      .getByRole('listitem')
      .filter({ hasText: q.prompt.slice(0, 40) })
      .getByRole('textbox', { name: 'Your answer' })
      .fill(`My plan for ${q.id}: search other outlets for the same meeting.`);
  }
  await s.getByRole('button', { name: 'Submit my answers' }).focus();
  await s.keyboard.press('Enter');

  // After submitting (the last attempt): the key, with the student's marks beside it.
  const result = s.getByRole('region', { name: 'Your result' });
  await expect(result.getByRole('heading', { name: 'Your result' })).toBeFocused(LOADED);
  await expect(result.getByText('You agree with Gloss on 2 of')).toBeVisible();
  await expect(result.getByText(first.model.slice(0, 40)).first()).toBeVisible();
  const code = await result.getByRole('textbox', { name: 'Your completion code' }).inputValue();
  await student.close();

  // 3. The teacher pastes the code; the claims table shows who judged claim 1 as the key does.
  await share.getByRole('link', { name: 'Class results for “Claims and corrections”' }).click();
  await page.getByLabel('Completion codes, one per line').fill(`${code}\n`, LOADED);
  const claims = page.getByRole('table', { name: /^Students who agree with the key/ });
  await expect(claims.getByRole('row', { name: /^Claim 1:/ }).getByRole('cell')).toHaveText(
    ['1 of 1', '1 of 1', '0 of 1', '0 of 1'],
    LOADED,
  );

  // 4. The teacher marks the first open answer against its rubric; a reload keeps the mark.
  const level = first.rubric[1]?.label ?? '';
  const mark = page.getByRole('combobox', { name: 'Level for Ana Test' }).first();
  await mark.selectOption({ label: level });
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Level for Ana Test' }).first()).toHaveValue('1', LOADED);

  // 5. The CSV has the mark, the submitted time and the late column.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  const header = lines[0]?.split(',') ?? [];
  const row = lines[1]?.split(',') ?? [];
  expect(header.slice(5, 7)).toEqual(['Submitted by the student’s clock (UTC)', 'Late']);
  expect(row[5]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
  expect(row[6]).toBe('yes');
  expect(row[header.indexOf(`Q1 rubric level (${first.id})`)]).toBe(level);
  expect(header.at(-1)).toBe('Claims agreeing with the key');
  expect(row.at(-1)).toBe(`2/${String(key.claims.length * 4)}`);
});
