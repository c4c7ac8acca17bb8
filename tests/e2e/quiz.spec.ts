import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { chooseByKeyboard, tabTo } from './keyboard';
import { ROOT } from './site';

/**
 * The quizzes of the real lesson. Sets are found by `data-quiz` (their file name) and questions by
 * their visible text, the way a reader finds them.
 */
const LESSON = 'russia-afghanistan-threats';
const URL = `/lessons/${LESSON}/`;
/** The lesson's questions page, where the end-of-lesson sets are. */
const QUESTIONS_URL = `${URL}questions/`;
/** The sets of the real lesson that are not embedded in the article. */
const END_SETS = ['open-responses', 'put-in-order', 'source-check'];
const STORE_KEY = 'gloss:progress';

/** Opens the page a set is on, scrolls the set into view and waits until it is interactive. */
async function openSet(page: Page, set: string): Promise<Locator> {
  await page.goto(END_SETS.includes(set) ? QUESTIONS_URL : URL);
  const section = page.locator(`section[data-quiz="${set}"]`);
  await section.scrollIntoViewIfNeeded();
  // Hydration waits for the set to scroll into view and for the lesson's quiz data to load; on a
  // busy machine (parallel builds) that can take a while.
  await expect(section.getByRole('button', { name: /^(Check answer|Answer checked)$/ }).first()).toBeVisible({
    timeout: 45_000,
  });
  return section;
}

/** The list item of a question, found by a phrase of its prompt. */
const question = (set: Locator, prompt: string | RegExp): Locator =>
  set.getByRole('listitem').filter({ has: set.page().getByRole('group', { name: prompt }) });

/** The most Tab presses a keyboard walk in this file may take to reach its target. */
const TAB_LIMIT = 120;

const status = (set: Locator): Locator => set.getByRole('status');

test.describe('quizzes on the lesson page', () => {
  // Keyboard walks and full-page axe runs take many steps; the default 30 s is tight on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('a whole set can be answered by keyboard only, with the right score and per-skill results', async ({ page }) => {
    const set = await openSet(page, 'check-opening');
    const q1 = question(set, /Where does the article say it got Shoigu’s words from/);
    const q2 = question(set, /The article starts with “VANCOUVER, CANADA”/);
    // Start where a reader arriving at the set would: on its heading.
    await set.getByRole('heading', { name: 'Quick check: where the story comes from' }).focus();

    await chooseByKeyboard(page, q1, 'The TASS news agency', TAB_LIMIT);
    await page.keyboard.press('Tab');
    await expect(q1.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(set)).toHaveText('Question 1: Correct. Score: 100%.');
    await expect(q1.getByRole('button', { name: 'Answer checked' })).toBeFocused();

    // True is wrong, the reason is right: half the mark.
    await chooseByKeyboard(page, q2.getByRole('group', { name: 'True or false?' }), 'True', TAB_LIMIT);
    await chooseByKeyboard(
      page,
      q2.getByRole('group', { name: 'Why?' }),
      'The article itself says the session was at the Russian Ministry of Defense, and a dateline usually tells you where the story was written.',
      TAB_LIMIT,
    );
    await page.keyboard.press('Tab');
    await expect(q2.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(set)).toHaveText(
      'Question 2: Partly right. Score: 50%. All questions checked. Total: 1.5 out of 2 (75%). Your results follow the last question.',
    );

    const results = set.getByRole('region', { name: 'Your results' });
    await expect(results.getByText('Score: 1.5 out of 2 (75%).')).toBeVisible();
    const skills = results.getByRole('table', { name: 'Results by skill' });
    // Comprehension: questions 1 (1) and 2 (½); attribution: question 1; lateral reading: question 2.
    await expect(skills.getByRole('row', { name: /Comprehension/ }).getByRole('cell')).toHaveText(['2', '75%']);
    await expect(skills.getByRole('row', { name: /Attribution/ }).getByRole('cell')).toHaveText(['1', '100%']);
    await expect(skills.getByRole('row', { name: /Lateral reading/ }).getByRole('cell')).toHaveText(['1', '50%']);
    const review = results.locator('ol.gl-quiz__review > li');
    await expect(review).toHaveCount(2);
    await expect(review.nth(0)).toContainText('Your answer: The TASS news agency');
    await expect(review.nth(1)).toContainText('Your answer: True: The article itself says');
    await expect(review.nth(1)).toContainText('Right answer: False: The article itself says');
  });

  test('a wrong answer shows its explanation, and every option says why it is right or wrong', async ({ page }) => {
    const set = await openSet(page, 'check-claims');
    const q = question(set, /what does the article say rose by 15%/);
    await q.getByRole('radio', { name: 'Drug production and trafficking' }).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(status(set)).toHaveText('Question 1: Not right. Score: 0%.');
    const chosen = q.getByRole('listitem').filter({ hasText: 'Drug production and trafficking' });
    await expect(chosen).toContainText('✗ Wrong answer · your choice');
    await expect(chosen).toContainText('The drug figure is different: a predicted rise of 20%');
    await expect(chosen.getByRole('link', { name: '¶6' })).toHaveAttribute('href', '#p6');
    const right = q.getByRole('listitem').filter({ hasText: 'The strength of ISIS’s supporters' });
    await expect(right).toContainText('✓ Right answer');
    await expect(right).toContainText('Right, that is the article’s wording');
    await expect(q.getByRole('listitem').filter({ hasText: '✗ Wrong answer' })).toHaveCount(3);
    await expect(q.getByText('Not right Score: 0%.')).toBeVisible();
    await expect(q.getByRole('radio', { name: 'The strength of ISIS’s supporters' })).toBeDisabled();
  });

  test('incomplete answers are not checked; the reader is told what is missing', async ({ page }) => {
    const set = await openSet(page, 'check-claims');
    const q = question(set, /True or false: the 20% is a measurement/);
    await q.getByRole('radio', { name: 'False', exact: true }).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(q.getByText('Choose true or false, and a reason, first.')).toBeVisible();
    await expect(status(set)).toHaveText('Choose true or false, and a reason, first.');
    await expect(q.getByRole('button', { name: 'Check answer' })).toBeVisible();
  });

  test('multiple select earns the stated partial credit', async ({ page }) => {
    const set = await openSet(page, 'check-response');
    const q = question(set, /Which of these claims does Taliban spokesperson/);
    await expect(q).toContainText('each wrong tick takes one share away');
    await q.getByRole('checkbox', { name: /should prevent|stop their citizens/ }).check();
    await q.getByRole('checkbox', { name: /security and stability/ }).check();
    await q.getByRole('checkbox', { name: /23,000 militants/ }).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    // (2 right − 1 wrong) ÷ 3 right answers.
    await expect(status(set)).toHaveText('Question 2: Partly right. Score: 33%.');
  });

  test('categorise: each item is sorted with its own select and scored by share', async ({ page }) => {
    const set = await openSet(page, 'source-check');
    const q = question(set, /Who is behind each statement/);
    const pick = (item: string | RegExp, group: string) => q.getByRole('combobox', { name: item }).selectOption(group);
    await pick(/main threat comes from Afghanistan/, 'Russian officials');
    await pick(/23,000 militants operate/, 'Russian officials');
    await pick(/poses no threat to any nation/, 'The Taliban');
    await pick(/managed to ‘eradicate’ ISIS/, 'The Taliban');
    await pick(/friendlier than most countries/, 'The outlet itself');
    await pick(/remains worried/, 'Russian officials');
    await pick(/Organization of Islamic Cooperation in Delhi/, 'Russian officials');
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(status(set)).toHaveText('Question 2: Partly right. Score: 71%.');
    await expect(q.getByRole('listitem').filter({ hasText: /remains worried/ })).toContainText(
      '✗ Belongs in: The outlet itself',
    );
    await expect(q.getByRole('listitem').filter({ hasText: /friendlier than most/ })).toContainText('✓ Right group');
    // Each cited source says in words what kind of source it is, e.g. "Interfax (wire service)".
    const cited = q.getByText(/^Sources:/);
    await expect(cited).toBeVisible();
    const links = await cited.getByRole('link').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    const en = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en.json'), 'utf8')) as Record<string, string>;
    const kinds = Object.entries(en)
      .filter(([key]) => key.startsWith('source.kind.'))
      .map(([, label]) => label);
    for (const name of links) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(cited).toContainText(new RegExp(`${escaped} \\((${kinds.join('|')})\\)`));
    }
  });

  test('order: move buttons work by keyboard, focus follows the item, positions are announced', async ({ page }) => {
    const set = await openSet(page, 'put-in-order');
    const q = question(set, /Put these steps in Russia’s relationship with the Taliban in order/);
    const items = q.getByRole('listitem');
    await expect(items).toHaveCount(5);
    await expect(q.getByRole('link', { name: 'On the timeline' }).first()).toHaveAttribute(
      'href',
      new RegExp(`/lessons/${LESSON}/timeline/#[a-z0-9-]+$`),
    );
    const right = [
      'Russia bans the Taliban as a terrorist organisation.',
      'The Taliban take Kabul and the Afghan government collapses.',
      'Shoigu says “the main threat comes from Afghanistan”.',
      'Russia’s Supreme Court suspends the ban on the Taliban.',
      'Russia becomes the first country to formally recognise the Taliban government.',
    ];
    const texts = async (): Promise<string[]> =>
      items.evaluateAll((els) => els.map((el) => el.querySelector('.gl-quiz__order-text')?.textContent ?? ''));
    // Selection sort by keyboard, from the set's heading: bring each event up to its place with "Move up".
    await set.getByRole('heading', { name: 'Put it in order' }).focus();
    for (const [target, text] of right.entries()) {
      let from = (await texts()).indexOf(text);
      if (from === target) continue;
      const up = items.nth(from).getByRole('button', { name: 'Move up' });
      await tabTo(page, up, 200);
      while (from > target) {
        await page.keyboard.press('Enter');
        from -= 1;
        await expect(status(set)).toHaveText(`Moved to position ${from + 1} of 5: ${text}`);
        const focused = items.nth(from).getByRole('button', { name: from === 0 ? 'Move down' : 'Move up' });
        await expect(focused).toBeFocused();
      }
    }
    expect(await texts()).toEqual(right);
    await expect(items.first().getByRole('button', { name: 'Move up' })).toBeDisabled();
    await q.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(status(set)).toHaveText('Question 1: Correct. Score: 100%.');
    await expect(items.filter({ hasText: '✓ In the right place' })).toHaveCount(5);
  });

  test('progress survives a reload, and reset clears it after confirmation', async ({ page }) => {
    let set = await openSet(page, 'check-opening');
    let q1 = question(set, /Where does the article say it got Shoigu’s words from/);
    let q2 = question(set, /The article starts with “VANCOUVER, CANADA”/);
    await q1.getByRole('radio', { name: 'A United Nations report' }).check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await q2.getByRole('radio', { name: 'False', exact: true }).check();

    await page.reload();
    set = await openSet(page, 'check-opening');
    q1 = question(set, /Where does the article say it got Shoigu’s words from/);
    q2 = question(set, /The article starts with “VANCOUVER, CANADA”/);
    await expect(q1.getByRole('radio', { name: 'A United Nations report' })).toBeChecked();
    await expect(q1.getByRole('button', { name: 'Answer checked' })).toBeVisible();
    await expect(q1.getByText('Not right Score: 0%.')).toBeVisible();
    await expect(q2.getByRole('radio', { name: 'False', exact: true })).toBeChecked();
    await expect(set.getByText('1 of 2 questions checked.')).toBeVisible();

    const reset = set.getByRole('button', { name: 'Reset answers' });
    await reset.click();
    const confirm = set.getByRole('group', {
      name: /Clear all your answers to “Quick check: where the story comes from”/,
    });
    await expect(confirm.getByRole('button', { name: 'Yes, clear my answers' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(reset).toBeFocused();
    await expect(q1.getByRole('radio', { name: 'A United Nations report' })).toBeChecked();

    await reset.click();
    await confirm.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect(status(set)).toHaveText('Your answers were cleared.');
    await expect(set.getByRole('heading', { name: 'Quick check: where the story comes from' })).toBeFocused();
    await expect(q1.getByRole('radio', { name: 'A United Nations report' })).not.toBeChecked();
    await expect(q1.getByRole('button', { name: 'Check answer' })).toBeEnabled();
    await expect(q2.getByRole('radio', { name: 'False', exact: true })).not.toBeChecked();
    await expect(set.getByRole('button', { name: 'Reset answers' })).toHaveCount(0);

    await page.reload();
    set = await openSet(page, 'check-opening');
    await expect(set.getByText('0 of 2 questions checked.')).toBeVisible();
    await expect(set.getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('progress in one set leaves the other sets alone', async ({ page }) => {
    const opening = await openSet(page, 'check-opening');
    await question(opening, /Where does the article say/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    const claims = page.locator('section[data-quiz="check-claims"]');
    await claims.scrollIntoViewIfNeeded();
    const q = question(claims, /what does the article say rose by 15%/);
    await q.getByRole('radio', { name: 'Drug production and trafficking' }).check();
    await page.reload();
    const again = await openSet(page, 'check-opening');
    await expect(again.getByRole('radio', { name: 'The TASS news agency' })).toBeChecked();
    await claims.scrollIntoViewIfNeeded();
    await expect(q.getByRole('radio', { name: 'Drug production and trafficking' })).toBeChecked();
  });

  // Every kind of corrupt progress (bad JSON, not an object, wrong shape, unknown version) is
  // decoded in tests/unit/store.test.ts; here one of them shows the island starts afresh.
  test('recovers from corrupt stored progress', async ({ page }) => {
    await page.goto(URL);
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key ?? '', value ?? '');
      },
      [STORE_KEY, '{"version":1,"lessons":'],
    );
    const set = await openSet(page, 'check-opening');
    const q1 = question(set, /Where does the article say it got Shoigu’s words from/);
    await q1.getByRole('radio', { name: 'The TASS news agency' }).check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect(status(set)).toHaveText('Question 1: Correct. Score: 100%.');
  });

  test('keeps the valid part of partly corrupt progress', async ({ page }) => {
    await page.goto(URL);
    const stored = {
      version: 1,
      lessons: {
        [LESSON]: {
          quizzes: {
            'check-opening': {
              questions: {
                'co-source-named': { answer: { type: 'single', choice: 99 }, submitted: true },
                'co-dateline': { answer: { type: 'truefalse', value: false, why: null }, submitted: false },
                'no-such-question': { answer: 'nonsense', submitted: true },
              },
            },
          },
        },
      },
    };
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key ?? '', value ?? '');
      },
      [STORE_KEY, JSON.stringify(stored)],
    );
    const set = await openSet(page, 'check-opening');
    await expect(question(set, /VANCOUVER/).getByRole('radio', { name: 'False', exact: true })).toBeChecked();
    const q1 = question(set, /Where does the article say/);
    await expect(q1.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(q1.getByRole('button', { name: 'Check answer' })).toBeVisible();
  });

  test('works, unsaved, when the browser blocks storage', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const set = await openSet(page, 'check-opening');
    await expect(set.getByText('Your answers cannot be saved on this device')).toBeVisible();
    const q1 = question(set, /Where does the article say/);
    await q1.getByRole('radio', { name: 'The TASS news agency' }).check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect(status(set)).toHaveText('Question 1: Correct. Score: 100%.');
  });

  test('without JavaScript, every question is a self-check with the answer behind a disclosure', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    const set = page.locator('section[data-quiz="check-opening"]');
    await expect(set.getByRole('heading', { name: 'Quick check: where the story comes from' })).toBeVisible();
    await expect(set.getByText('Where does the article say it got Shoigu’s words from?')).toBeVisible();
    await expect(set.getByText('The Taliban spokesperson', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    const first = set.locator('details').first();
    const answer = first.getByText(/Right answer: The TASS news agency/);
    await expect(answer).toBeHidden();
    await first.getByText('Check your answer').focus();
    await page.keyboard.press('Enter');
    await expect(answer).toBeVisible();
    await expect(
      first.getByText(/Wrong answer: The Taliban spokesperson\. The Taliban spokesperson, Zabihullah/),
    ).toBeVisible();
    // Every question of every set, on the lesson and on its questions page, has its disclosure.
    let total = 0;
    for (const url of [URL, QUESTIONS_URL]) {
      await page.goto(url);
      const count = await page.locator('section[data-quiz] li.gl-quiz__q').count();
      expect(count, url).toBeGreaterThan(0);
      await expect(page.locator('section[data-quiz] li.gl-quiz__q details')).toHaveCount(count);
      total += count;
    }
    expect(total).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  test('answers and explanations are kept out of the search index', async ({ page }) => {
    await page.goto(URL);
    const sets = page.locator('section[data-quiz]');
    expect(await sets.count()).toBeGreaterThanOrEqual(3);
    for (const set of await sets.all()) await expect(set).toHaveAttribute('data-pagefind-ignore', '');
    // Pagefind indexes only pages with a `data-pagefind-body`; the questions page has none.
    await page.goto(QUESTIONS_URL);
    await expect(page.locator('section[data-quiz]')).toHaveCount(END_SETS.length);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  });

  test('embedded checks sit right after their paragraph; the rest are a link away under “Questions”', async ({
    page,
  }) => {
    await page.goto(URL);
    // The numbers of the paragraphs just before and just after a set, in document order.
    const between = (set: string) =>
      page.locator(`section[data-quiz="${set}"]`).evaluate((el) => {
        const paragraphs = [...document.querySelectorAll('p[data-paragraph]')];
        const before = paragraphs.filter((p) => p.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        const next = paragraphs.find((p) => el.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
        return [before.at(-1)?.getAttribute('data-paragraph'), next?.getAttribute('data-paragraph')];
      });
    expect(await between('check-opening')).toEqual(['2', '3']);
    expect(await between('check-claims')).toEqual(['7', '8']);
    const questions = page.getByRole('region', { name: 'Questions', exact: true });
    await expect(questions.locator('section[data-quiz]')).toHaveCount(0);
    await expect(questions.getByRole('listitem')).toHaveText([
      'Your turn: explain your check (3 questions)',
      'Put it in order (4 questions)',
      'Source check (23 questions)',
    ]);

    // A set's link lands on its heading on the questions page, reached and followed by keyboard.
    await questions.getByRole('link', { name: 'Put it in order' }).focus();
    await tabTo(page, questions.getByRole('link', { name: 'Source check' }), 2);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${QUESTIONS_URL}#quiz-source-check-title$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions');
    await expect(page.getByRole('heading', { level: 2, name: 'Source check' })).toBeInViewport();

    // "¶N" links on the questions page go back to the paragraph on the lesson page.
    const set = page.locator('section[data-quiz="source-check"]');
    await question(set, /Whose view is this/)
      .getByRole('link', { name: '¶7' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${URL}#p7$`));
    await expect(page.locator('#p7')).toBeInViewport();
  });

  test('axe finds no violations with feedback and results shown, in light and dark', async ({ page }) => {
    // axe walks the whole lesson page, which is long; give it room on a busy machine.
    test.setTimeout(240_000);
    const set = await openSet(page, 'check-opening');
    const q1 = question(set, /Where does the article say/);
    await q1.getByRole('radio', { name: 'The Taliban spokesperson' }).check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    const q2 = question(set, /VANCOUVER/);
    await q2.getByRole('radio', { name: 'True', exact: true }).check();
    await q2.getByRole('radio', { name: /Canada is a member of the CSTO/ }).check();
    await q2.getByRole('button', { name: 'Check answer' }).click();
    await expect(set.getByRole('region', { name: 'Your results' })).toBeVisible();
    await set.getByRole('button', { name: 'Reset answers' }).click();
    await expectNoAxeViolationsInBothSchemes(page, 'check-opening set', '.gl-quiz');

    // The end-of-lesson sets, on their own page.
    const order = await openSet(page, 'put-in-order');
    const oq = question(order, /Russia’s relationship with the Taliban/);
    // An untouched order question is no answer: checking it asks for one first.
    await oq.getByRole('button', { name: 'Check answer' }).click();
    await expect(oq.getByText('Put the items in order first.')).toBeVisible();
    await oq.getByRole('button', { name: 'Move down' }).first().click();
    await oq.getByRole('button', { name: 'Check answer' }).click();
    await expect(oq.getByText(/Should be number/).first()).toBeVisible();
    const check = page.locator('section[data-quiz="source-check"]');
    await check.scrollIntoViewIfNeeded();
    const cat = question(check, /Who is behind each statement/);
    await cat.getByRole('combobox').first().selectOption('The Taliban');
    await cat.getByRole('button', { name: 'Check answer' }).click();
    await expect(cat.getByText('Choose a group for every item first.')).toBeVisible();
    const ev = question(check, /Which paragraph does this evidence contradict/);
    await ev.getByRole('radio', { name: '¶4', exact: true }).check();
    await ev.getByRole('button', { name: 'Check answer' }).click();
    await order.getByRole('button', { name: 'Reset answers' }).click();
    await expectNoAxeViolationsInBothSchemes(page, 'end-of-lesson sets', '.gl-quiz');
  });
});
