import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { plainText, rightAnswerText, type AnswerWords } from '../../src/lib/answer-text';
import { encodeAssignment, type Assignment } from '../../src/lib/assignment';
import { LESSON, QUESTIONS } from '../helpers/teach';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { chooseByKeyboard, tabTo } from './keyboard';
import { watchConsole, watchRequests } from './sweep';

/**
 * The classroom loop with no server: a teacher builds an assignment link, a student opens it in
 * another browser and finishes it by keyboard, and the teacher reads the student's completion
 * code on the class results page. Plus broken and hostile links, printing and accessibility.
 */

// Each test walks through several pages and islands; on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });

/** For the first check after opening a page: its island may still be loading on a busy machine. */
const LOADED = { timeout: 20_000 };

/**
 * Opens a teacher page and waits until its islands have hydrated. Their server-rendered form is
 * visible before that, and a click or typing that lands before hydration is lost.
 */
async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('main astro-island[ssr]')).toHaveCount(0, LOADED);
}

const words: AnswerWords = { true: 'True', false: 'False', none: '(no answer)', paragraph: (n) => `¶${n}` };

/** An assignment made without the UI, for the tests that start from a link. */
function link(baseURL: string | undefined, a: Partial<Assignment> = {}): string {
  const assignment: Assignment = {
    id: 'T3STQ1NK',
    lesson: LESSON,
    sets: ['check-opening'],
    questions: [],
    title: 'Opening check',
    className: '10C',
    due: '2031-05-20',
    mode: 'practice',
    shuffle: false,
    attempts: 2,
    showNotes: true,
    showClaims: false,
    ...a,
  };
  return `${baseURL ?? ''}/assign/#${encodeAssignment(assignment)}`;
}

/** What the shared fixtures check on `page`, for pages of other browser contexts; plus no dialogs. */
function watch(page: Page, origin: string): { problems: () => string[] } {
  const messages = watchConsole(page);
  const offsite = watchRequests(page, origin);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { problems: () => [...messages, ...dialogs, ...offsite.map((url) => `offsite: ${url}`)] };
}

/** The most Tab presses a keyboard walk in this file may take to reach its target. */
const TAB_LIMIT = 80;

/** A question's list item on the assignment page, found by its prompt. */
const question = (page: Page, prompt: RegExp): Locator =>
  page.getByRole('listitem').filter({ has: page.getByRole('group', { name: prompt }) });

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** No element, script or global that the probe payloads would have created. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.locator('#injected, img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].some((el) => el.text.includes('__xss')))).toBe(false);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
}

test.describe('teachers and students', () => {
  test('round trip: build an assignment, complete it by keyboard in another browser, read the code in class results', async ({
    page,
    browser,
    baseURL,
  }) => {
    // 1. The teacher builds the assignment through the form.
    await openHydrated(page, '/teach/');
    await page.getByRole('checkbox', { name: /^Quick check: where the story comes from, after ¶2/ }).check(LOADED);
    await expect(page.getByText('Questions selected: 2.')).toBeVisible();
    await page.getByLabel('Title').fill('Week 3 check');
    await page.getByLabel('Class (optional)').fill('9B');
    await page.getByLabel('Due date (optional)').fill('2031-03-14');
    await page.getByRole('radio', { name: /^Assessment/ }).check();
    await page.getByLabel('Attempts allowed').selectOption('1');
    await page.getByRole('button', { name: 'Make the link' }).click();
    const share = page.getByRole('region', { name: 'Share this link with your students' });
    await expect(share.getByRole('heading', { name: 'Share this link with your students' })).toBeFocused();
    const assignLink = await share.getByRole('textbox', { name: 'Assignment link' }).inputValue();
    expect(assignLink).toMatch(/\/assign\/#1\.[\w-]+\.[0-9A-Z]{7}$/);
    await expect(share.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible(LOADED);
    const classroom = share.getByRole('link', { name: 'Share to Google Classroom' });
    await expect(classroom).toHaveAttribute(
      'href',
      `https://classroom.google.com/share?url=${encodeURIComponent(assignLink)}`,
    );

    // 2. A student opens it in a fresh browser context and completes it by keyboard only.
    const student: BrowserContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const s = await student.newPage();
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const { problems } = watch(s, origin);
    await s.goto(assignLink);
    await expect(s.getByRole('heading', { level: 1, name: 'Week 3 check' })).toBeVisible(LOADED);
    await expect(s.getByText('9B')).toBeVisible();
    await expect(s.getByText('14 March 2031')).toBeVisible();
    await expect(s.getByText(/^Assessment: you see your results after you submit/)).toBeVisible();
    await tabTo(s, s.getByLabel('Your name or initials'), TAB_LIMIT);
    await s.keyboard.type('Ana Test');
    await s.keyboard.press('Enter');
    await expect(s.getByRole('heading', { name: 'Questions' })).toBeFocused();

    const q1 = question(s, /Where does the article say it got Shoigu’s words from/);
    await chooseByKeyboard(s, q1, 'The TASS news agency', TAB_LIMIT);
    const q2 = question(s, /True or false: this shows that Shoigu’s meeting took place in Canada/);
    await chooseByKeyboard(s, q2.getByRole('group', { name: 'True or false?' }), 'False', TAB_LIMIT);
    await chooseByKeyboard(
      s,
      q2.getByRole('group', { name: 'Why?' }),
      'Datelines always show the place where the event happened.',
      TAB_LIMIT,
    );
    // Assessment mode: no feedback before submitting.
    await expect(s.getByText('Right answer:')).toHaveCount(0);
    // Progress survives a reload.
    await s.reload();
    await expect(q1.getByRole('radio', { name: 'The TASS news agency' })).toBeChecked(LOADED);
    await expect(q2.getByRole('radio', { name: 'False', exact: true })).toBeChecked();
    await tabTo(s, s.getByRole('button', { name: 'Submit my answers' }), TAB_LIMIT);
    await s.keyboard.press('Enter');

    const result = s.getByRole('region', { name: 'Your result' });
    await expect(result.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(result.getByText('Score: 1.5 out of 2 (75%).')).toBeVisible();
    await expect(result.getByText('You have used all your attempts.')).toBeVisible();
    await expect(result.getByText(/The code is a receipt, not proof/)).toBeVisible();
    // Feedback after submitting: the partly right answer shows the right reason.
    await expect(result.getByText(/^Right answer: False: The article itself says the session/)).toBeVisible();

    // 3. The student copies the code.
    const code = await result.getByRole('textbox', { name: 'Your completion code' }).inputValue();
    expect(code).toMatch(/^A[\w-]+$/);
    await tabTo(s, result.getByRole('button', { name: 'Copy code' }), TAB_LIMIT);
    await s.keyboard.press('Enter');
    await expect(result.getByText('Code copied.')).toBeVisible();
    expect(await s.evaluate(() => navigator.clipboard.readText())).toBe(code);
    const file = await readDownload(s, () => result.getByRole('button', { name: 'Download my result (JSON)' }).click());
    expect(file.name).toMatch(/^gloss-[0-9A-Z]{8}-Ana-Test-1\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'gloss-result',
      code,
      student: 'Ana Test',
      score: 1.5,
      max: 2,
    });
    expect(problems()).toEqual([]);
    await student.close();

    // 4. The teacher opens the class results page from the builder and pastes the code.
    await share.getByRole('link', { name: 'Class results for “Week 3 check”' }).click();
    await expect(page.getByRole('textbox', { name: 'Assignment link' })).toHaveValue(assignLink);
    await page.getByLabel('Completion codes, one per line').fill(`${code}\n`, LOADED);

    // 5. The table and the CSV show the student, the score and the answers.
    await expect(page.getByRole('heading', { name: 'Results for “Week 3 check”' })).toBeVisible();
    await expect(page.getByText('Students: 1. Class average: 75%.')).toBeVisible();
    const row = page.getByRole('row', { name: /Ana Test/ });
    await expect(row.getByRole('cell')).toHaveText(['1', '1.5 / 2', '75%', '✓right', '◐partly right (50%)']);
    const csv = await readDownload(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.name).toMatch(/^gloss-results-[0-9A-Z]{8}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Student,Attempt,Score,Out of,Percent,Submitted by the student’s clock (UTC),Late,Q1 score (co-source-named),Q1 answer (co-source-named),Q2 score (co-dateline),Q2 answer (co-dateline)',
    );
    expect(lines[1]).toMatch(
      /^Ana Test,1,1\.5,2,75,\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z,no,1,The TASS news agency,0\.5,False: Datelines always show the place where the event happened\.$/,
    );

    // 6. The class is kept on this device: after a reload the row is back, with nothing pasted again.
    await page.reload();
    await expect(page.getByRole('row', { name: /Ana Test/ }).getByRole('cell')).toHaveText(
      ['1', '1.5 / 2', '75%', '✓right', '◐partly right (50%)'],
      LOADED,
    );
    await expect(page.getByText('Students: 1. Class average: 75%.')).toBeVisible();
  });

  test('the builder stays disabled until its code has loaded, so nothing ticked or typed early is lost', async ({
    page,
  }) => {
    // Hold the builder's code back, as a slow connection would.
    let release = (): void => undefined;
    const held = new Promise<void>((done) => {
      release = done;
    });
    await page.route(/\/AssignmentBuilder\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/teach/');
    const quickCheck = page.getByRole('checkbox', { name: /^Quick check: where the story comes from, after ¶2/ });
    await expect(quickCheck).toBeVisible();
    await expect(quickCheck).toBeDisabled();
    await expect(page.getByLabel('Title')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Make the link' })).toBeDisabled();

    release();
    await expect(quickCheck).toBeEnabled(LOADED);
    await quickCheck.check();
    await expect(page.getByText('Questions selected: 2.')).toBeVisible();
    await page.getByLabel('Title').fill('Early bird');
    await expect(page.getByLabel('Title')).toHaveValue('Early bird');
  });

  test('practice mode: feedback right away, progress and attempts survive a reload', async ({ page, baseURL }) => {
    await page.goto(link(baseURL, { mode: 'practice', attempts: 2 }));
    await page.getByLabel('Your name or initials').fill('Ben', LOADED);
    await page.getByRole('button', { name: 'Start' }).click();
    const q1 = question(page, /Where does the article say it got Shoigu’s words from/);
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect(q1.getByText('Choose an answer first.')).toBeVisible();
    await q1.getByRole('radio', { name: 'A United Nations report' }).check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect(q1.getByText('Not right')).toBeVisible();
    await expect(q1.getByText('Right answer: The TASS news agency')).toBeVisible();
    await page.reload();
    await expect(q1.getByText('Right answer: The TASS news agency')).toBeVisible(LOADED);
    await expect(q1.getByRole('radio', { name: 'A United Nations report' })).toBeDisabled();
    const q2 = question(page, /True or false/);
    await q2.getByRole('radio', { name: 'False', exact: true }).check();
    await q2.getByRole('radio', { name: /^The article itself says/ }).check();
    await q2.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByText('Score: 1 out of 2 (50%).')).toBeVisible();
    await expect(page.getByText('Attempts left: 1.')).toBeVisible();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Ben, attempt 2 · Attempt 2 of 2.')).toBeVisible();
    await expect(q1.getByRole('radio', { name: 'A United Nations report' })).not.toBeChecked();
  });

  test('a link with a flipped character, a cut-off link and a foreign link each explain themselves', async ({
    page,
    baseURL,
  }) => {
    const good = link(baseURL);
    const hash = good.indexOf('#') + 1;
    const at = hash + 10;
    const flipped = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    const cases: [string, RegExp][] = [
      [flipped, /The link was changed or cut short: its check characters do not match/],
      [good.slice(0, good.lastIndexOf('.')), /The link is incomplete: part of it is missing/],
      [
        link(baseURL, { lesson: 'another-gloss-lesson' }),
        /a lesson this site does not have \(“another-gloss-lesson”\)/,
      ],
    ];
    for (const [url, message] of cases) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'This assignment link does not work' })).toBeVisible(LOADED);
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the lessons' })).toHaveAttribute('href', '/');
    }
    // A link to a set the lesson no longer has links back to that lesson.
    await page.goto(link(baseURL, { sets: ['gone-set'] }));
    await expect(page.getByText(/a question set this lesson does not have \(“gone-set”\)/)).toBeVisible(LOADED);
    await expect(page.getByRole('link', { name: /^Go to the lesson: / })).toHaveAttribute(
      'href',
      `/lessons/${LESSON}/`,
    );
  });

  test('HTML in the title, class or name stays inert text', async ({ page, baseURL }) => {
    const title = '<img src=x onerror="window.__xss=1">Quiz';
    const className = '<script>window.__xss=2</script>';
    const name = '<b id="injected">Eve</b>';
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const url = link(baseURL, { title, className, mode: 'assessment' });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(LOADED);
    await expect(page.getByText(className)).toBeVisible();
    await page.getByLabel('Your name or initials').fill(name);
    await page.getByRole('button', { name: 'Start' }).click();
    await question(page, /Where does the article/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    const q2 = question(page, /True or false/);
    await q2.getByRole('radio', { name: 'True', exact: true }).check();
    await q2.getByRole('radio', { name: /^Canada is a member/ }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByText(`${name}, attempt 1`).first()).toBeVisible();
    await expectInert(page);
    const code = await page.getByRole('textbox', { name: 'Your completion code' }).inputValue();

    await openHydrated(page, `/teach/results/#${url.slice(url.indexOf('#') + 1)}`);
    await page.getByLabel('Completion codes, one per line').fill(code, LOADED);
    await expect(page.getByRole('rowheader', { name })).toBeVisible(LOADED);
    await expect(page.getByRole('heading', { name: `Results for “${title}”` })).toBeVisible();
    await expectInert(page);
    expect(dialogs).toEqual([]);
  });

  test('class results report bad, duplicate and foreign codes line by line and keep the good ones', async ({
    page,
    baseURL,
  }) => {
    // Make two real codes by finishing the assignment twice in this browser (practice, two attempts).
    const url = link(baseURL, { mode: 'assessment', attempts: 0 });
    await page.goto(url);
    await page.getByLabel('Your name or initials').fill('Cleo', LOADED);
    await page.getByRole('button', { name: 'Start' }).click();
    await question(page, /Where does the article/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    const q2 = question(page, /True or false/);
    await q2.getByRole('radio', { name: 'False', exact: true }).check();
    await q2.getByRole('radio', { name: /^The article itself says/ }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const code = await page.getByRole('textbox', { name: 'Your completion code' }).inputValue();
    const foreign = link(baseURL, { id: 'F0RE1GN0' });
    await page.goto(foreign);
    await page.getByLabel('Your name or initials').fill('Dan', LOADED);
    await page.getByRole('button', { name: 'Start' }).click();
    await question(page, /Where does the article/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    await question(page, /Where does the article/)
      .getByRole('button', { name: 'Check answer' })
      .click();
    const q2b = question(page, /True or false/);
    await q2b.getByRole('radio', { name: 'False', exact: true }).check();
    await q2b.getByRole('radio', { name: /^The article itself says/ }).check();
    await q2b.getByRole('button', { name: 'Check answer' }).click();
    const otherCode = await page.getByRole('textbox', { name: 'Your completion code' }).inputValue();

    await page.goto('/teach/results/');
    await expect(page.getByText('Paste the assignment link to read the codes.')).toBeVisible(LOADED);
    await page.getByRole('textbox', { name: 'Assignment link' }).fill(url);
    const flipped = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A') + code.slice(7);
    await page.getByLabel('Completion codes, one per line').fill([code, 'hello!', code, otherCode, flipped].join('\n'));
    const problems = page
      .getByRole('heading', { name: 'Lines and files not used' })
      .locator('xpath=following-sibling::ul[1]');
    await expect(problems.getByRole('listitem')).toHaveText([
      'Line 2: this is not a completion code: it contains “!”, which codes never use.',
      'Line 3: the same code as Line 1; it is counted once.',
      /^Line 4: this code is for another assignment \(F0RE1GN0\)\.$/,
      /^Line 5: the code does not check out/,
    ]);
    await expect(page.getByRole('row', { name: /Cleo/ })).toBeVisible();
    await expect(page.getByText('Students: 1. Class average: 100%.')).toBeVisible();
    await expect(page.getByText('No question stands out: every one was answered fully right.')).toBeVisible();
    await expect(
      page.getByRole('img', { name: /Bar chart of the percentage correct for each question/ }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: /Bar chart of the percentage correct for each skill/ })).toBeVisible();
  });

  test('without JavaScript, the assignment page says so and links to the lessons', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(link(baseURL));
    await expect(p.getByText(/^Assignments need JavaScript/)).toBeVisible();
    await expect(p.getByRole('main').getByRole('link').first()).toHaveAttribute('href', `/lessons/${LESSON}/`);
    await expect(p.getByText('Opening the assignment…')).toBeHidden();
    await p.goto('/teach/');
    await expect(p.getByText(/^The assignment builder needs JavaScript/)).toBeVisible();
    await expect(p.getByRole('link', { name: 'Student worksheet' })).toBeVisible();
    await context.close();
  });

  test('the teacher pages and the assignment fit a 360px screen', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of ['/teach/', '/teach/results/', link(baseURL), `/lessons/${LESSON}/worksheet/`]) {
      // Wait for the island, so its own layout is measured too.
      await openHydrated(page, url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible(LOADED);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, an assignment and the class results work with no network at all', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('/teach/results/');
    // Wait until the service worker controls the page, i.e. the site is cached.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      });
    });
    await context.setOffline(true);
    const url = link(baseURL, { mode: 'assessment' });
    await page.goto(url);
    await page.getByLabel('Your name or initials').fill('Offline', LOADED);
    await page.getByRole('button', { name: 'Start' }).click();
    await question(page, /Where does the article/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    const q2 = question(page, /True or false/);
    await q2.getByRole('radio', { name: 'False', exact: true }).check();
    await q2.getByRole('radio', { name: /^The article itself says/ }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const code = await page.getByRole('textbox', { name: 'Your completion code' }).inputValue();
    await openHydrated(page, `/teach/results/#${url.slice(url.indexOf('#') + 1)}`);
    await page.getByLabel('Completion codes, one per line').fill(code, LOADED);
    await expect(
      page
        .getByRole('row', { name: /Offline/ })
        .getByRole('cell')
        .nth(2),
    ).toHaveText('100%', LOADED);
  });
});

test.describe('print', () => {
  // Line breaks after a hyphen ("economy-\ncentric") come back from the PDF as "economy- centric".
  const collapse = (s: string): string => s.replace(/\s+/g, ' ').replace(/- /g, '-').trim();
  const pdfText = async (page: Page): Promise<string> => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(doc, { mergePages: true });
    return collapse(text);
  };

  test('the worksheet prints to PDF with the article and every question', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}/worksheet/`);
    const text = await pdfText(page);
    expect(text).toContain('Worksheet:');
    expect(text).toContain('¶1');
    for (const q of QUESTIONS.values()) expect(text, q.id).toContain(collapse(plainText(q.prompt)));
    // Screen-only help is not printed.
    expect(text).not.toContain('Back to Teach');
  });

  test('the answer key prints to PDF with every question and its answer', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}/answer-key/`);
    const text = await pdfText(page);
    for (const q of QUESTIONS.values()) {
      expect(text, q.id).toContain(collapse(plainText(q.prompt)));
      expect(text, `${q.id} answer`).toContain(collapse(rightAnswerText(q, words)));
    }
  });
});

test.describe('accessibility', () => {
  // Several axe runs per test; each can take half a minute on a busy machine.
  test.describe.configure({ timeout: 240_000 });
  test('axe finds nothing on /teach/, with errors and with a link', async ({ page }) => {
    await openHydrated(page, '/teach/');
    await page.getByRole('button', { name: 'Make the link' }).click(LOADED);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, '/teach/ errors');
    await page.getByRole('checkbox').first().check();
    await page.getByLabel('Title').fill('Axe');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible(LOADED);
    await expectNoAxeViolationsInBothSchemes(page, '/teach/ with a link');
  });

  test('axe finds nothing in the assignment view: name step and questions', async ({ page, baseURL }) => {
    await page.goto(link(baseURL, { mode: 'practice' }));
    await expect(page.getByLabel('Your name or initials')).toBeVisible(LOADED);
    await expectNoAxeViolationsInBothSchemes(page, 'assignment name step');
    await page.getByLabel('Your name or initials').fill('Axe');
    await page.getByRole('button', { name: 'Start' }).click();
    const q1 = question(page, /Where does the article/);
    await q1.getByRole('radio', { name: 'The TASS news agency' }).check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect(q1.getByText('Correct')).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'assignment questions');
  });

  test('axe finds nothing in the assignment view: result and broken link', async ({ page, baseURL }) => {
    await page.goto(link(baseURL, { mode: 'assessment' }));
    await page.getByLabel('Your name or initials').fill('Axe', LOADED);
    await page.getByRole('button', { name: 'Start' }).click();
    await question(page, /Where does the article/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    const q2 = question(page, /True or false/);
    await q2.getByRole('radio', { name: 'False', exact: true }).check();
    await q2.getByRole('radio', { name: /^Canada/ }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'assignment result');
    await page.goto('/assign/#1.broken');
    await expect(page.getByRole('heading', { name: 'This assignment link does not work' })).toBeVisible(LOADED);
    await expectNoAxeViolationsInBothSchemes(page, 'assignment error');
  });

  test('axe finds nothing on /teach/results/ with results and problems', async ({ page, baseURL }) => {
    const url = link(baseURL, { mode: 'assessment' });
    await page.goto(url);
    await page.getByLabel('Your name or initials').fill('Axe', LOADED);
    await page.getByRole('button', { name: 'Start' }).click();
    await question(page, /Where does the article/)
      .getByRole('radio', { name: 'The TASS news agency' })
      .check();
    const q2 = question(page, /True or false/);
    await q2.getByRole('radio', { name: 'True', exact: true }).check();
    await q2.getByRole('radio', { name: /^Canada/ }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const code = await page.getByRole('textbox', { name: 'Your completion code' }).inputValue();
    await openHydrated(page, `/teach/results/#${url.slice(url.indexOf('#') + 1)}`);
    await page.getByLabel('Completion codes, one per line').fill(`${code}\nnot-a-code!`, LOADED);
    await expect(page.getByRole('row', { name: /Axe/ })).toBeVisible(LOADED);
    await expectNoAxeViolationsInBothSchemes(page, '/teach/results/');
  });
});
