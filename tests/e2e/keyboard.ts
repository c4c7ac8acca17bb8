/** Keyboard-only moves shared by the browser tests: what a reader with no mouse does. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Presses Tab until `target` has focus (fails after `max` presses). */
export async function tabTo(page: Page, target: Locator, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Chooses a radio button by keyboard: Tab into its group (at most `maxTabs` presses), then arrow
 * keys until it is checked.
 */
export async function chooseByKeyboard(page: Page, group: Locator, label: string, maxTabs: number): Promise<void> {
  const radios = group.getByRole('radio');
  await tabTo(page, radios.first(), maxTabs);
  await page.keyboard.press('Space');
  const target = group.getByRole('radio', { name: label, exact: true });
  for (let i = 0; i < (await radios.count()); i++) {
    if (await target.isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeChecked();
}
