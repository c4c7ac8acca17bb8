/**
 * The lesson map is built into the page as SVG and needs no JavaScript: its overlays switch with
 * checkboxes and CSS alone, and its table carries the same facts as the drawing (src/components/LessonMap.astro).
 */
import { loadContentFolder } from '../../src/lib/content-files';
import { test, expect } from './fixtures';
import { ROOT } from './site';

const { input } = loadContentFolder(`${ROOT}content`, ROOT);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('without JavaScript the map is a named image, its layers switch by keyboard, and its table holds the same facts', async ({
  browser,
  baseURL,
}) => {
  expect(input.maps.length).toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  for (const map of input.maps) {
    await page.goto(`/lessons/${map.data.lesson}/`);
    const figure = page.getByRole('figure', { name: map.data.title });
    await expect(figure.getByRole('img', { name: new RegExp(`^${escape(map.data.title)}`) })).toBeVisible();

    // Each layer: its checkbox, reached and toggled with the keyboard, shows and hides its hatching.
    for (const [i, overlay] of map.data.overlays.entries()) {
      const box = figure.getByRole('checkbox', { name: overlay.label });
      const layer = figure.locator(`svg .gl-map__layer--${i + 1}`);
      await expect(box).toBeChecked({ checked: overlay.shown });
      await expect(layer).toBeVisible({ visible: overlay.shown });
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked({ checked: !overlay.shown });
      await expect(layer).toBeVisible({ visible: !overlay.shown });
      await page.keyboard.press('Space');
      await expect(layer).toBeVisible({ visible: overlay.shown });
    }

    // What the drawing says: each label, and the border length under it.
    const shown = await figure.locator('svg text.gl-map__label').evaluateAll((els) =>
      els.map((el) => ({
        country: el.firstChild?.textContent?.trim() ?? '',
        border: el.querySelector('tspan')?.textContent.replace(/\D/g, '') ?? '',
      })),
    );
    expect(shown.map((s) => s.country)).toEqual(map.data.countries.map((c) => c.label ?? c.name));

    await figure.getByText('Map as a table').focus();
    await page.keyboard.press('Enter');
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    const columns = await table.getByRole('columnheader').allTextContents();
    for (const { country, border } of shown) {
      const row = table.getByRole('row', { name: new RegExp(`^${escape(country)}\\b`) });
      await expect(row).toHaveCount(1);
      const cells = await row.getByRole('cell').allTextContents();
      if (border !== '') expect(cells[0]?.replace(/\D/g, ''), country).toBe(border);
      for (const [i, overlay] of map.data.overlays.entries()) {
        const member = overlay.members.includes(
          map.data.countries.find((c) => (c.label ?? c.name) === country)?.name ?? '',
        );
        expect(cells[i + 1], `${country} in ${columns[i + 2] ?? overlay.label}`).toBe(member ? 'Yes' : 'No');
      }
    }
    // Members the drawing cannot show are rows too.
    for (const overlay of map.data.overlays) {
      for (const name of overlay.members) {
        await expect(table.getByRole('rowheader', { name, exact: true })).toHaveCount(1);
      }
    }
  }
  await context.close();
});
