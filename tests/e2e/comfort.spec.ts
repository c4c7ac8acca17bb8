import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { tabTo } from './keyboard';
import { lessons } from './site';

/**
 * Reading comfort and read-aloud on the lesson page (issue 18): the comfort panel by keyboard at
 * phone width, its choices applied before first paint on a reload, and read-aloud against a stubbed
 * speech engine (and against one with no voice).
 */

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;

/** The article body's spacing, as computed. */
const bodyStyle = (page: Page) =>
  page.locator('.gl-article__body').evaluate((body) => {
    const s = getComputedStyle(body);
    const para = body.querySelector('.gl-para');
    return {
      lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
      letters: parseFloat(s.letterSpacing) / parseFloat(s.fontSize),
      words: parseFloat(s.wordSpacing) / parseFloat(s.fontSize),
      width: parseFloat(s.maxInlineSize) / parseFloat(s.fontSize),
      bar: para ? getComputedStyle(para).borderInlineStartWidth : '',
    };
  });

/** Moves a radio group's choice by keyboard: Tab to its checked radio, then arrow keys. */
async function arrowTo(page: Page, group: Locator, label: string, key: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
  await tabTo(page, group.locator('input:checked'), 20);
  const target = group.getByRole('radio', { name: label, exact: true });
  for (let i = 0; i < 3 && !(await target.isChecked()); i++) await page.keyboard.press(key);
  await expect(target).toBeChecked();
}

test('reading comfort by keyboard at 360 px: the choices apply at once, again before first paint after a reload, and pass axe in both themes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(url);
  const before = await bodyStyle(page);
  expect(before.lineHeight).toBeCloseTo(1.65, 2);

  const summary = page.getByText('Reading comfort', { exact: true });
  await tabTo(page, summary, 60);
  await page.keyboard.press('Enter');
  const lineHeight = page.getByRole('group', { name: 'Line height' });
  await expect(lineHeight).toBeVisible();

  await arrowTo(page, lineHeight, 'Loose', 'ArrowRight');
  await arrowTo(page, page.getByRole('group', { name: 'Letter and word spacing' }), 'Widest', 'ArrowRight');
  await arrowTo(page, page.getByRole('group', { name: 'Line length' }), 'Short', 'ArrowLeft');
  const focus = page.getByRole('checkbox', { name: 'Paragraph focus' });
  await tabTo(page, focus, 5);
  await page.keyboard.press('Space');
  await expect(focus).toBeChecked();

  // WCAG 1.4.12's values at the widest step.
  const wanted = { lineHeight: 2.2, letters: 0.12, words: 0.16 };
  const after = await bodyStyle(page);
  expect(after).toMatchObject({ bar: '4px' });
  for (const [key, value] of Object.entries(wanted)) expect(after[key as keyof typeof wanted]).toBeCloseTo(value, 2);
  expect(after.width).toBeLessThan(before.width);

  // Axe with the panel open and every choice applied (focus mode dims paragraphs, still AA): the
  // panel and two paragraphs, as every-page.spec.ts sweeps the whole page and axe over it is slow.
  await expectNoAxeViolationsInBothSchemes(
    page,
    'comfort panel open',
    '.gl-reading-tools, .gl-para:has(#p1), .gl-para:has(#p2)',
  );

  // Reload: the first time the article body exists (while the page is still parsing, before any
  // island or deferred script), its computed style already has every choice.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const body = document.querySelector('.gl-article__body');
      if (!body) return;
      observer.disconnect();
      const s = getComputedStyle(body);
      (window as unknown as { firstSeen: unknown }).firstSeen = {
        lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        letters: parseFloat(s.letterSpacing) / parseFloat(s.fontSize),
        loading: document.readyState,
      };
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  const firstSeen = await page.evaluate(() => (window as unknown as { firstSeen: Record<string, unknown> }).firstSeen);
  expect(firstSeen).toMatchObject({ loading: 'loading' });
  expect(firstSeen['lineHeight']).toBeCloseTo(2.2, 2);
  expect(firstSeen['letters']).toBeCloseTo(0.12, 2);
  await page.getByText('Reading comfort', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Loose' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Paragraph focus' })).toBeChecked();
});

/** A stand-in speech engine: it records what it is asked to say, and the test ends each utterance. */
function stubSpeech(voices: { name: string; lang: string; localService: boolean; default: boolean }[]): void {
  class Utterance extends EventTarget {
    rate = 1;
    voice: unknown = null;
    lang = '';
    constructor(public text: string) {
      super();
    }
  }
  const spoken: { text: string; rate: number }[] = [];
  let current: Utterance | undefined;
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak(u: Utterance) {
      spoken.push({ text: u.text, rate: u.rate });
      current = u;
    },
    // Like the browsers: cancelling fires the utterance's error event ("interrupted"), later.
    cancel() {
      const u = current;
      current = undefined;
      if (u) setTimeout(() => u.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' })));
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    speech: {
      spoken,
      finish() {
        const u = current;
        current = undefined;
        u?.dispatchEvent(new Event('end'));
      },
    },
  });
}

interface SpeechProbe {
  speech: { spoken: { text: string; rate: number }[]; finish: () => void };
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as SpeechProbe).speech.spoken);
const highlighted = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('gl-read-aloud') ?? [])]
      .map((r) => (r as Range).toString())
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );

test('read-aloud speaks a paragraph sentence by sentence, marks the sentence, pauses, resumes, skips and changes speed; with no voice it says so', async ({
  page,
  browser,
}) => {
  await page.addInitScript(stubSpeech, [{ name: 'Test voice', lang: 'en-GB', localService: true, default: true }]);
  await page.goto(url);
  await page.getByText('Read aloud', { exact: true }).click();
  await page.getByRole('combobox', { name: 'What to read' }).selectOption({ label: 'Paragraph 1' });
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();

  // The first utterance is paragraph 1's first sentence; ending each starts the next, in order.
  const expected = lesson.source.paragraphs[0] ?? '';
  const status = page.getByText(/^Sentence \d+ of \d+$/);
  await expect(status).toHaveText(/^Sentence 1 of [3-9]$/);
  const total = Number((await status.textContent())?.split(' of ')[1]);
  for (let n = 2; n <= total; n++) {
    await page.evaluate(() => {
      (window as unknown as SpeechProbe).speech.finish();
    });
    await expect(status).toHaveText(`Sentence ${String(n)} of ${String(total)}`);
  }
  const sentences = (await spoken(page)).map((s) => s.text);
  expect(sentences).toHaveLength(total);
  expect(sentences.join(' ')).toBe(expected);
  expect(await highlighted(page)).toBe(sentences.at(-1));
  await page.evaluate(() => {
    (window as unknown as SpeechProbe).speech.finish();
  });
  await expect(status).toBeHidden();
  expect(await highlighted(page)).toBe('');

  // Play again: pause keeps the place and says nothing more; resume says the sentence again.
  await play.click();
  await expect.poll(() => highlighted(page)).toBe(sentences[0]);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const count = (await spoken(page)).length;
  await page.getByRole('button', { name: 'Next sentence' }).click();
  expect(await highlighted(page)).toBe(sentences[1]);
  expect(await spoken(page)).toHaveLength(count);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(sentences[1]);
  await page.getByRole('button', { name: 'Previous sentence' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(sentences[0]);
  expect(await highlighted(page)).toBe(sentences[0]);

  // Speed: the sentence starts again at the new rate.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1.5×' });
  await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ text: sentences[0], rate: 1.5 });
  await page.getByRole('button', { name: 'Stop' }).click();
  expect(await highlighted(page)).toBe('');

  // A browser with no voice: a plain message, and no controls.
  const silent = await browser.newPage();
  try {
    await silent.addInitScript(stubSpeech, []);
    await silent.goto(new URL(url, page.url()).href);
    await silent.getByText('Read aloud', { exact: true }).click();
    // The island waits a moment for voices that load late before it gives up.
    await expect(silent.getByText(/no voice to read with/)).toBeVisible({ timeout: 15_000 });
    await expect(silent.getByRole('button', { name: 'Play' })).toHaveCount(0);
    await expect(silent.getByRole('combobox', { name: 'Speed' })).toHaveCount(0);
  } finally {
    await silent.close();
  }
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('comfort choices by tap; read-aloud by tap and keyboard, its speed saved; both panels open pass axe in both themes', async ({
    page,
  }) => {
    await page.addInitScript(stubSpeech, [{ name: 'Test voice', lang: 'en-GB', localService: true, default: true }]);
    await page.goto(url);
    await page.getByText('Reading comfort', { exact: true }).tap();
    await page.getByRole('radio', { name: 'Relaxed', exact: true }).tap();
    await expect.poll(async () => (await bodyStyle(page)).lineHeight).toBeCloseTo(1.9, 2);
    const focus = page.getByRole('checkbox', { name: 'Paragraph focus' });
    await focus.tap();
    await expect(focus).toBeChecked();

    // Read-aloud: opened by a tap, the speed stepped up from the keyboard, played by a tap, paused
    // by the keyboard.
    const summary = page.getByText('Read aloud', { exact: true });
    await summary.tap();
    const speed = page.getByRole('combobox', { name: 'Speed' });
    await expect(speed).toHaveValue('1');
    await summary.focus();
    await tabTo(page, speed, 10);
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveValue('1.25');
    await page.getByRole('button', { name: 'Play' }).tap();
    await expect(page.getByText(/^Sentence 1 of \d+$/)).toBeVisible();
    await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.25);
    await tabTo(page, page.getByRole('button', { name: 'Pause' }), 10);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'comfort and read-aloud panels open', '.gl-reading-tools');

    // Saved on the device: after a reload the speed and the comfort choices are as left.
    await page.reload();
    await page.getByText('Read aloud', { exact: true }).tap();
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.25');
    await page.getByText('Reading comfort', { exact: true }).tap();
    await expect(page.getByRole('radio', { name: 'Relaxed', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Paragraph focus' })).toBeChecked();
  });
});
