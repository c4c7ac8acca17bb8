import { getDocumentProxy } from 'unpdf';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { planMinutes } from '../../src/lib/plan';
import { LESSON } from '../helpers/teach';
import { loadContent } from '../helpers/load-content';
import { expect, test } from './fixtures';

/**
 * A lesson's teacher plan: reached from Teach, it shows every part of the plan file by heading,
 * and printed on A4 it takes at most two pages.
 */

/** `text` as a regular expression that matches it literally. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A UI string from en.json with its `{name}` placeholders filled, as the page shows it. */
const t = (key: keyof typeof en, values: Record<string, string | number> = {}): string =>
  en[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

const content = loadContent(new URL('../../content/', import.meta.url).pathname);

test('the teacher plan shows its parts by heading and prints on at most two A4 pages', async ({ page }) => {
  const lesson = content.lessons.find((l) => l.id === LESSON);
  const plan = content.plans?.find((p) => p.id === LESSON)?.data;
  expect(lesson, 'the lesson under test').toBeDefined();
  expect(plan, `content/lessons/${LESSON}.plan.yaml`).toBeDefined();
  if (!lesson || !plan) return;

  // A teacher finds it on Teach, among the lesson's printables.
  await page.goto('teach/');
  const printables = page.getByRole('article', { name: lesson.data.title });
  await printables.getByRole('link', { name: t('teach.plan') }).click();
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSON}/plan/$`));

  await expect(
    page.getByRole('heading', { level: 1, name: t('plan.title', { title: lesson.data.title }) }),
  ).toBeVisible();
  for (const key of [
    'plan.objectives',
    'plan.steps',
    'plan.skills',
    'plan.standards',
    'plan.core',
    'plan.lookFor',
    'plan.misconceptions',
  ] as const) {
    await expect(page.getByRole('heading', { level: 2, name: t(key) })).toBeVisible();
  }

  // The content is the plan file's: each step with its minutes, the total, and the core lists.
  const timing = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: t('plan.minutes') }) });
  for (const [i, step] of plan.steps.entries()) {
    const row = timing.getByRole('row', { name: new RegExp(`^${escape(`${i + 1}. ${step.title}`)}`) });
    await expect(row.getByRole('cell').first()).toHaveText(String(step.minutes));
  }
  await expect(timing.getByRole('row', { name: t('plan.total') })).toContainText(
    t('plan.totalOf', { total: planMinutes(plan.steps), period: plan.period }),
  );
  await expect(page.getByRole('listitem').filter({ hasText: plan.objectives[0] ?? '' })).toBeVisible();
  const questions = page
    .getByRole('heading', { level: 3, name: t('plan.coreQuestions') })
    .locator('xpath=following-sibling::ol[1]')
    .getByRole('listitem');
  await expect(questions).toHaveCount(plan.core.questions.length);
  await expect(
    page
      .getByRole('heading', { level: 3, name: t('plan.coreNotes') })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('link'),
  ).toHaveCount(plan.core.notes.length);

  // Printed: at most two A4 pages, with the last section on them.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  // Kept with the test's results, to look at what a teacher would print.
  await test.info().attach('plan.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(doc.numPages, 'pages of the printed plan').toBeLessThanOrEqual(2);
  expect(doc.numPages).toBeGreaterThanOrEqual(1);
});
