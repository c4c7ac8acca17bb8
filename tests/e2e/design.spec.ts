import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { lessons, ROOT } from './site';

/**
 * The design system of issue #18: the phone header is one short row whose menu holds the rest, and
 * the focus ring is the brand colour, never the error colour.
 */

const [lesson] = lessons();
if (!lesson) throw new Error('No lessons in content/lessons.');
const url = `/lessons/${lesson.slug}/`;
const en = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en.json'), 'utf8')) as Record<string, string>;
const label = (key: string): string => {
  const value = en[key];
  if (value === undefined) throw new Error(`No UI string ${key}`);
  return value;
};
const navLinks = ['nav.lessons', 'nav.glossary', 'nav.teach', 'nav.about'].map(label);

/** The colour a token resolves to on `page`, through a probe element. */
async function tokenColour(page: Page, token: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.setProperty('color', `var(${name})`);
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, token);
}

test('on a 360 px phone the header is one row of at most 56 px, and its menu opens by keyboard and touch', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(url);
  const header = page.getByRole('banner');
  const box = await header.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(56);
  // Everything the header shows sits on that one row, inside the screen.
  const brand = header.getByRole('link', { name: label('site.name') });
  const menu = header.getByText(label('design.menu'), { exact: true });
  for (const part of [brand, header.getByRole('button', { name: label('search.open') }), menu]) {
    const b = await part.boundingBox();
    expect(b).not.toBeNull();
    expect(b?.y ?? -1).toBeGreaterThanOrEqual(box?.y ?? 0);
    expect((b?.y ?? 0) + (b?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
    expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(360);
  }
  const nav = header.getByRole('navigation', { name: label('nav.label') });
  await expect(nav).toBeHidden();

  // Keyboard: the menu button opens the menu, and Tab then reaches every link and the settings.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  for (const name of navLinks) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name })).toBeFocused();
    await expect(nav.getByRole('link', { name })).toBeInViewport();
  }
  await page.keyboard.press('Tab');
  await expect(header.getByRole('button', { name: /^Theme:/ })).toBeFocused();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeHidden();

  // Touch: a tap opens it, and a tap on a link follows it.
  await menu.tap();
  for (const name of navLinks) await expect(nav.getByRole('link', { name })).toBeInViewport();
  await nav.getByRole('link', { name: label('nav.glossary') }).tap();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await context.close();
});

test('the focus ring is the brand colour, 2 px or more with an offset, in both schemes; not the error colour', async ({
  page,
}) => {
  await page.goto(url);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus-visible');
    await expect(focused).toHaveCount(1);
    const ring = await focused.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        colour: style.outlineColor,
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        offset: parseFloat(style.outlineOffset),
      };
    });
    const brand = await tokenColour(page, '--gl-accent');
    expect(ring.colour, scheme).toBe(brand);
    expect(ring.colour, scheme).not.toBe(await tokenColour(page, '--gl-bad'));
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.offset).toBeGreaterThanOrEqual(2);
    // The two schemes really differ, so the ring follows the theme rather than one fixed colour.
    if (scheme === 'dark') expect(brand).not.toBe('rgb(11, 90, 138)');
    await page.keyboard.press('Shift+Tab');
  }
});
