import { lessons, paragraphTexts } from './site';
import { expect, test } from './fixtures';

for (const { slug, source } of lessons()) {
  test.describe(`lesson ${slug}`, () => {
    test('shows the article word for word, numbered and anchored', async ({ page }) => {
      await page.goto(`/lessons/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.headline);
      if (source.photoCredit)
        await expect(page.getByText(`Photo: ${source.photoCredit}`, { exact: true })).toBeVisible();
      const paragraphs = page.locator('p[data-paragraph]');
      await expect(paragraphs).toHaveCount(source.paragraphs.length);
      expect(await paragraphTexts(page)).toEqual(source.paragraphs);
      for (let n = 1; n <= source.paragraphs.length; n++) {
        await expect(page.locator(`#p${n}`)).toHaveText(`¶${n}`);
      }
    });

    test('paragraph anchors land on their paragraph', async ({ page }) => {
      const n = Math.min(7, source.paragraphs.length);
      await page.goto(`/lessons/${slug}/#p${n}`);
      const heading = page.locator(`#p${n}`);
      await expect(heading).toBeInViewport();
      await expect(page.locator(`p[data-paragraph="${n}"]`)).toBeInViewport();
      await page.getByRole('link', { name: `Paragraph 1`, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${slug}/#p1$`));
    });

    test('reads fully without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/lessons/${slug}/`);
      for (let n = 1; n <= source.paragraphs.length; n++) {
        await expect(page.locator(`p[data-paragraph="${n}"]`)).toBeVisible();
      }
      await context.close();
    });
  });
}

test('home lists every lesson and links to it', async ({ page }) => {
  await page.goto('/');
  for (const { slug, source } of lessons()) {
    await page.goto('/');
    await page.getByRole('link', { name: source.headline }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.headline);
  }
});

test('the theme choice persists across reload and applies before first paint', async ({ page }) => {
  await page.goto('/about/');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await expect(toggle).toHaveText('Theme: system');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText('Theme: light');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText('Theme: dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Record the theme at the moment <body> is created: if it is already dark, nothing light was painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body as HTMLElement | null) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
          document.documentElement.dataset['theme'];
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveText('Theme: dark');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(22, 23, 26)');
});

test('the text-size control scales the text and remembers it', async ({ page }) => {
  await page.goto('/about/');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await size()).toBeGreaterThan(before);
  await page.reload();
  expect(await size()).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Smaller text' }).click();
  expect(await size()).toBeCloseTo(before, 1);
});

test('corrupt saved preferences are ignored, not fatal', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    localStorage.setItem('gloss:prefs', '{"theme":');
  });
  await page.reload();
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveText('Theme: system');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveText('Theme: light');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('a missing page', () => {
  // The browser logs the 404 response itself; that message is the expected outcome here.
  test.use({ allowedConsole: [/status of 404/] });
  test('gets the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
