import { encodeAssignment } from '../../src/lib/assignment';
import type { Question } from '../../src/lib/quiz';
import { LESSON, QUESTIONS } from '../helpers/teach';
import { expect, test } from './fixtures';

/**
 * An assessment must not hand out its answer key before the last attempt: the result of an
 * attempt with attempts left shows the score and the student's own answers only.
 */

test.describe.configure({ timeout: 120_000 });

const LOADED = { timeout: 20_000 };

/** The lesson's first single-choice question, with one wrong option, found in the content. */
const single = [...QUESTIONS.values()].find((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
const wrong = single?.options.find((o) => !o.correct);
const right = single?.options.find((o) => o.correct);

/** The start of a text, before any paragraph reference (those render as links). */
const lead = (text: string): string => text.split('(¶')[0]?.slice(0, 40) ?? text;

test('an assessment with 2 attempts shows no right answer or explanation after attempt 1, and all after attempt 2', async ({
  page,
  baseURL,
}) => {
  expect(single && wrong && right, 'the lesson has a single-choice question with a wrong option').toBeTruthy();
  if (!single || !wrong || !right) return;
  const fragment = encodeAssignment({
    id: 'ASSE55ME',
    lesson: LESSON,
    sets: [],
    questions: [single.id],
    title: 'Two tries',
    className: '',
    due: null,
    mode: 'assessment',
    shuffle: false,
    attempts: 2,
    showNotes: true,
    showClaims: false,
  });
  await page.goto(`${baseURL ?? ''}/assign/#${fragment}`);
  await page.getByLabel('Your name or initials').fill('Ana Test', LOADED);
  await page.getByRole('button', { name: 'Start' }).click();

  const result = page.getByRole('region', { name: 'Your result' });
  const attempt = async (): Promise<void> => {
    await page.getByRole('radio', { name: wrong.text }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(result.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(result.getByText('Score: 0 out of 1 (0%).')).toBeVisible();
    await expect(result.getByText(`Your answer: ${wrong.text}`)).toBeVisible();
  };

  // Attempt 1: the score and the student's own answer, nothing of the key.
  await attempt();
  await expect(result.getByText('The right answers and explanations show after your last attempt.')).toBeVisible();
  await expect(result.getByText('Right answer:')).toHaveCount(0);
  await expect(result.getByText('Not right')).toHaveCount(0);
  await expect(result.getByText(lead(wrong.explanation))).toHaveCount(0);
  await expect(result.getByText(lead(right.explanation))).toHaveCount(0);

  // Attempt 2, the last: the right answer and the explanation show.
  await result.getByRole('button', { name: 'Try again' }).click();
  await attempt();
  await expect(result.getByText('You have used all your attempts.')).toBeVisible();
  await expect(result.getByText(`Right answer: ${right.text}`)).toBeVisible();
  await expect(result.getByText('Not right')).toBeVisible();
  await expect(result.getByText(lead(wrong.explanation))).toBeVisible();
  await expect(result.getByText('The right answers and explanations show after your last attempt.')).toHaveCount(0);
});
