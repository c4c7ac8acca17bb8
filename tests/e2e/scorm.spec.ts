import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The SCORM 1.2 package, end to end: a teacher makes an assignment on /teach/ and downloads its
 * package; the package runs in an iframe under a parent page whose `window.API` is scorm-again's
 * Scorm12API (a real SCORM runtime, acting as the LMS); a student answers by role and visible
 * text and finishes. The LMS must record the score and status Gloss itself shows for the same
 * answers on the assignment page, and no request may leave 127.0.0.1.
 */

test.describe.configure({ timeout: 180_000 });

const LOADED = { timeout: 20_000 };
/** Where the fake LMS and the unzipped package are served, on the test server's own origin. */
const LMS = '/scorm-lms/';
const MASTERY = 60;

/** scorm-again's SCORM 1.2 runtime, as a classic script that defines `Scorm12API`. */
const scormAgain = readFileSync(new URL('../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url), 'utf8');

/** The parent page: scorm-again's Scorm12API as `window.API`, with the LMS's mastery score, and the SCO in a frame. */
const lmsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="${LMS}scorm12.min.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.cmi.student_data.mastery_score = '${String(MASTERY)}';
  window.API.on('LMSFinish', () => { window.finished = true; });
</script></head>
<body><main><h1>Test LMS</h1><iframe title="Course" src="${LMS}package/index.html" style="width:100%;height:80vh;border:0"></iframe></main></body></html>`;

/** A question's list item, found by its prompt (the group's name). */
const questionsOf = (scope: Page | FrameLocator): Locator =>
  scope.getByRole('listitem').filter({ has: scope.getByRole('group') });

/** The visible label of a radio button or checkbox (its label wraps it). */
const labelOf = async (control: Locator): Promise<string> =>
  (await control.locator('xpath=ancestor::label[1]').innerText()).trim();

/**
 * Answers every question in `scope` as a student might, some right and some wrong: in each radio
 * group the last choice shown, in each checkbox list the first. Returns, per prompt, the visible
 * labels chosen, so the same answers can be given on the assignment page.
 */
async function answerAll(scope: Page | FrameLocator): Promise<Map<string, string[]>> {
  const plan = new Map<string, string[]>();
  const items = questionsOf(scope);
  const n = await items.count();
  for (let i = 0; i < n; i += 1) {
    const item = items.nth(i);
    const prompt = (await item.getByRole('group').first().locator('legend').first().innerText()).trim();
    const chosen: string[] = [];
    const radios = item.getByRole('radio');
    const lastOfGroup = new Map<string, Locator>();
    for (let r = 0; r < (await radios.count()); r += 1) {
      const radio = radios.nth(r);
      lastOfGroup.set((await radio.getAttribute('name')) ?? '', radio);
    }
    for (const radio of lastOfGroup.values()) {
      await radio.check();
      chosen.push(await labelOf(radio));
    }
    const boxes = item.getByRole('checkbox');
    if ((await boxes.count()) > 0) {
      await boxes.first().check();
      chosen.push(await labelOf(boxes.first()));
    }
    plan.set(prompt, chosen);
  }
  return plan;
}

/** Gives the planned answers on the assignment page, by prompt and visible label. */
async function answerLike(page: Page, plan: Map<string, string[]>): Promise<void> {
  const items = questionsOf(page);
  await expect(items).toHaveCount(plan.size);
  for (let i = 0; i < plan.size; i += 1) {
    const item = items.nth(i);
    const legend = (await item.getByRole('group').first().locator('legend').first().innerText()).trim();
    // The assignment page numbers its questions in the legend too ("Question 1 of 5"): match on the prompt.
    const labels = [...plan].find(([prompt]) => legend.endsWith(prompt.replace(/^Question \d+ of \d+\s*/, '')))?.[1];
    expect(labels, `no plan for “${legend}”`).toBeDefined();
    for (const label of labels ?? []) {
      const control = item
        .getByRole('radio', { name: label, exact: true })
        .or(item.getByRole('checkbox', { name: label, exact: true }));
      await control.check();
    }
  }
}

test('a SCORM 1.2 package records in scorm-again the score and status Gloss shows, with no request off 127.0.0.1', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  // 1. The teacher makes an assessment from two sets and downloads its package.
  await page.goto('/teach/');
  await expect(page.locator('main astro-island[ssr]')).toHaveCount(0, LOADED);
  await page.getByRole('checkbox', { name: /^Quick check: where the story comes from, after ¶2/ }).check(LOADED);
  await page.getByRole('checkbox', { name: /^Quick check: the Taliban’s reply/ }).check();
  await page.getByLabel('Title').fill('Sources & replies <week 4>');
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
  const scorm = page.getByRole('region', { name: 'Send the grade to your learning platform' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scorm.getByRole('button', { name: 'Download SCORM 1.2 package' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gloss-sources-replies-week-4-scorm12.zip');
  await expect(scorm.getByRole('status')).toHaveText(/^Package downloaded/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'sco.css', 'sco.js']);

  // 2. The LMS: a parent page with scorm-again, and the package's files, all on this origin.
  await context.route(`${origin}${LMS}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(LMS.length);
    if (path === '') return route.fulfill({ body: lmsPage, contentType: 'text/html' });
    if (path === 'scorm12.min.js') return route.fulfill({ body: scormAgain, contentType: 'text/javascript' });
    const file = path.startsWith('package/') ? files[path.slice('package/'.length)] : undefined;
    if (!file) return route.fulfill({ status: 404, body: `not in the package: ${path}` });
    const type = { html: 'text/html', js: 'text/javascript', css: 'text/css', xml: 'application/xml' }[
      path.split('.').pop() ?? ''
    ];
    return route.fulfill({ body: Buffer.from(file), contentType: type ?? 'application/octet-stream' });
  });

  // 3. A student takes it inside the LMS.
  const lms = await context.newPage();
  await lms.goto(LMS);
  const sco = lms.frameLocator('iframe[title="Course"]');
  await expect(sco.getByRole('heading', { level: 1, name: 'Sources & replies <week 4>' })).toBeVisible(LOADED);
  await expect(sco.getByText(/not running inside a learning platform/)).toHaveCount(0);
  expect(
    await lms.evaluate(
      () => (window as unknown as { API: { cmi: { core: { lesson_status: string } } } }).API.cmi.core.lesson_status,
    ),
  ).toBe('incomplete');
  // Finishing with questions unanswered is refused, as on the assignment page, and nothing is sent.
  await sco.getByRole('button', { name: 'Finish and send my answers' }).click();
  await expect(sco.getByRole('alert')).toHaveText('Answer every question first. Not answered yet: 1, 2, 3, 4, 5.');
  expect(await lms.evaluate(() => (window as unknown as { finished?: boolean }).finished)).toBeUndefined();
  const plan = await answerAll(sco);
  expect(plan.size).toBe(5);
  await sco.getByRole('button', { name: 'Finish and send my answers' }).click();
  const result = sco.getByRole('region', { name: 'Your result' });
  await expect(result.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(result.getByText('Your result was sent to your learning platform.')).toBeVisible();
  const scoScore = await result.getByText(/^Score:/).innerText();
  // Assessment mode: no right answers shown in the package either.
  await expect(sco.getByText('Right answer:')).toHaveCount(0);

  // What the LMS stored, read as it would commit it (the interactions are write-only to the SCO).
  const recorded = await lms.evaluate(() => {
    const w = window as unknown as { finished?: boolean; API: { cmi: unknown } };
    const cmi = JSON.parse(JSON.stringify(w.API.cmi)) as {
      core: { lesson_status: string; score: { raw: string; min: string; max: string } };
      interactions: Record<string, { id: string; type: string; result: string; student_response: string }>;
    };
    return {
      finished: w.finished === true,
      raw: cmi.core.score.raw,
      min: cmi.core.score.min,
      max: cmi.core.score.max,
      status: cmi.core.lesson_status,
      interactions: Object.values(cmi.interactions).map((x) => ({
        id: x.id,
        type: x.type,
        result: x.result,
        response: x.student_response,
      })),
    };
  });

  // 4. The same answers on the assignment page: the score Gloss shows.
  const student = await context.newPage();
  await student.goto(link);
  await expect(student.getByRole('heading', { level: 1, name: 'Sources & replies <week 4>' })).toBeVisible(LOADED);
  await student.getByLabel('Your name or initials').fill('Ana Test');
  await student.getByRole('button', { name: 'Start' }).click();
  await answerLike(student, plan);
  await student.getByRole('button', { name: 'Submit my answers' }).click();
  const glossScore = await student
    .getByRole('region', { name: 'Your result' })
    .getByText(/^Score:/)
    .innerText();
  const percent = Number(/\((\d+)%\)/.exec(glossScore)?.[1]);

  // 5. What the LMS recorded is what Gloss shows.
  expect(scoScore).toBe(glossScore);
  expect(recorded).toMatchObject({
    finished: true,
    raw: String(percent),
    min: '0',
    max: '100',
    status: percent >= MASTERY ? 'passed' : 'failed',
  });
  expect(recorded.interactions).toHaveLength(5);
  for (const x of recorded.interactions) {
    expect(x.id).toMatch(/^[a-z0-9-]+$/);
    expect(['choice', 'true-false']).toContain(x.type);
    expect(x.result).toMatch(/^(correct|wrong|0\.\d+)$/);
    expect(x.response).not.toBe('');
  }
  testInfo.annotations.push({ type: 'score', description: `${glossScore} → raw ${recorded.raw}, ${recorded.status}` });

  // 6. Nothing went anywhere but 127.0.0.1, from any page or frame.
  const offsite = requests.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin);
  expect(offsite).toEqual([]);

  // 7. The SCO page is accessible and fits a phone; screenshots to look at.
  await lms.setViewportSize({ width: 360, height: 740 });
  const frame = lms.frames().find((f) => f.url().endsWith('/package/index.html'));
  expect(frame).toBeDefined();
  await lms.screenshot({ path: testInfo.outputPath('sco-360.png'), fullPage: true });
  const narrow = await lms.context().newPage();
  await narrow.setViewportSize({ width: 360, height: 740 });
  await narrow.goto(`${LMS}package/index.html`);
  await expect(narrow.getByText(/not running inside a learning platform/)).toBeVisible(LOADED);
  expect(await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await narrow.screenshot({ path: testInfo.outputPath('sco-alone-360.png'), fullPage: true });
  await expectNoAxeViolations(narrow, 'SCO page');
  await narrow.setViewportSize({ width: 1280, height: 900 });
  await narrow.screenshot({ path: testInfo.outputPath('sco-alone-desktop.png'), fullPage: true });
});
