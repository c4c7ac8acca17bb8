/**
 * Offline reading and the static export (issue 9): the service worker makes the site readable
 * offline after one visit and updates safely; the site works under a base path; `npm run export`
 * writes a zip that works served and opened from disk.
 *
 * Besides the site under test (GLOSS_DIST, served by playwright.config.ts), these tests make
 * their own copies in a temporary folder and serve them on their own ports
 * (GLOSS_OFFLINE_PORT, then the next two; default 4345-4347): a copy of the site with one page
 * changed (update), and the export bundle packed from the site under test, neither rebuilt; and
 * the one extra build, with BASE_PATH=/gloss/, because the base path is compiled into every URL
 * and every script bundle (the export's relative URLs are a different code path, tested below).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as plainTest, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { expect, expectNoAxeViolationsInBothSchemes, test } from './fixtures';
import { loadContent } from '../helpers/load-content';
import { lessons, ROOT } from './site';

/** The built site under test (absolute or relative to the project, as playwright.config.ts takes it). */
const DIST = resolve(ROOT, process.env['GLOSS_DIST'] ?? 'dist');

const [lesson] = lessons();
if (!lesson) throw new Error('There is no lesson in content/lessons.');
/** One of the lesson's timeline events and one glossary entry, read from content: a content edit cannot break these tests. */
const content = loadContent(join(ROOT, 'content/'));
const eventAnchor = content.timeline.find((e) => e.id.startsWith(`${lesson.slug}/`))?.slug;
const glossaryAnchor = content.glossary[0]?.id;
if (!eventAnchor || !glossaryAnchor)
  throw new Error(`Lesson "${lesson.slug}" needs a timeline event and a glossary entry.`);

const FIRST_PORT = Number(process.env['GLOSS_OFFLINE_PORT'] ?? 4345);
const PORTS = { update: FIRST_PORT, base: FIRST_PORT + 1, export: FIRST_PORT + 2 };
/** A build takes 10-40 s on a busy machine; the export is a build plus packing. */
const BUILD_TIMEOUT = 300_000;

/** Builds and packs run one at a time: the machine has two cores and the tests share them. */
test.describe.configure({ mode: 'default' });
/** These tests are about the service worker, whatever the rest of the suite does with them. */
test.use({ serviceWorkers: 'allow' });

/** A fresh temporary folder for one group of tests. */
const scratch = (name: string): string => mkdtempSync(join(tmpdir(), `gloss-offline-${name}-`));

/** Runs an npm script in the project with extra environment variables; fails with its output. */
function npmRun(script: string, env: Record<string, string>): void {
  try {
    execFileSync('npm', ['run', script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'pipe',
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run ${script} failed:\n${String(stdout ?? '')}\n${String(stderr ?? '')}`, {
      cause: error,
    });
  }
}

/** Serves a built site with scripts/serve.mjs and resolves once it is listening. */
function serve(dir: string, port: number, base = '/'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer): void => {
      output += String(data);
      if (output.includes('being served')) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`serve.mjs (port ${port}) exited with ${String(code)}:\n${output}`));
    });
  });
}

/** Stops a server started by {@link serve} and waits until its port is free. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
}

/** Unpacks a zip made by `npm run export` into a folder. */
function unzipTo(zip: string, dir: string): void {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
}

/** Waits until a service worker controls the page, i.e. the whole site is cached. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    });
  });
}

/** Opens the first lesson from the home page, the way a reader does. */
async function openLessonFromHome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: en['home.title'] })).toBeVisible();
  await page.getByRole('main').getByRole('link').first().click();
  // The lesson page is large; on a busy machine parsing it can take a while.
  await expect(page.locator('p[data-paragraph="1"]')).toBeVisible({ timeout: 20_000 });
}

/** Opens a glossary popover from the article and closes it with Escape. */
async function checkPopover(page: Page): Promise<void> {
  const term = page.locator('p[data-paragraph] button[popovertarget^="gl-term-"]').first();
  const id = await term.getAttribute('popovertarget');
  await term.click();
  const popover = page.locator(`[id="${id ?? ''}"]`);
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('link', { name: new RegExp(en['term.more']) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
}

/** Answers the first question of the first quiz with the keyboard and checks the feedback. */
async function answerQuiz(page: Page): Promise<void> {
  const quiz = page.locator('[data-quiz]').first();
  await quiz.scrollIntoViewIfNeeded();
  // The quiz is an island: its radio buttons exist once it has hydrated (from the cache when offline).
  const option = quiz.getByRole('radio').first();
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
  await quiz.getByRole('button', { name: en['quiz.check'] }).first().press('Enter');
  await expect(quiz.getByText(en['quiz.option.right']).first()).toBeVisible();
}

/** Searches on the search page and expects results for "CSTO". */
async function searchCsto(page: Page, searchUrl: string): Promise<void> {
  await page.goto(searchUrl);
  const box = page.getByRole('searchbox', { name: en['search.label'] });
  await box.fill('CSTO');
  const results = page.getByRole('list', { name: en['search.results'] });
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  await expect(results).toContainText('CSTO');
}

/** home → lesson → glossary popover → quiz answer → search, on a served copy of the site. */
async function smokeTest(page: Page, root: string): Promise<void> {
  await page.goto(root);
  await openLessonFromHome(page);
  await checkPopover(page);
  await answerQuiz(page);
  await searchCsto(page, `${root}search/`);
}

test.describe('offline after one visit', () => {
  test('every page, the quizzes and search work offline once the home page has been visited', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitUntilOfflineReady(page);
    await context.setOffline(true);

    await openLessonFromHome(page);
    expect(page.url()).toContain(`/lessons/${lesson.slug}/`);
    await checkPopover(page);
    await answerQuiz(page);

    await page.goto(`/lessons/${lesson.slug}/timeline/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`[id="${eventAnchor}"]`)).toBeVisible();

    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.glossary'] })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: en['nav.glossary'] })).toBeVisible();
    await expect(page.locator(`[id="${glossaryAnchor}"]`)).toBeVisible();

    await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.about'] }).click();
    await expect(page.getByText(en['offline.about.ready'])).toBeVisible();

    await page.goto('/teach/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The teachers' LMS exports download offline too (the fetch goes through the service worker).
    const lmsExport = await page.locator('main a[href$=".zip"]').first().getAttribute('href');
    expect(await page.evaluate(async (url) => (await fetch(url)).ok, lmsExport ?? '/missing.zip')).toBe(true);
    await searchCsto(page, '/search/');

    // A page that was never built is not invented: offline, it fails like any missing page.
    const missing = await page.goto('/no-such-page/').catch(() => null);
    expect(missing?.ok() ?? false).toBe(false);
  });

  test('the About page says whether the site is available offline, and the manifest follows the site', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/about/');
    const status = page.locator('[data-gl-offline-status]');
    await expect(status).toHaveText(new RegExp(`${en['offline.about.saving']}|${en['offline.about.ready']}`));
    await waitUntilOfflineReady(page);
    await expect(status).toHaveText(en['offline.about.ready']);
    await expectNoAxeViolationsInBothSchemes(page, 'about, offline ready');

    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(manifestUrl ?? '');
    expect(response.headers()['content-type']).toContain('manifest+json');
    const manifest = (await response.json()) as { name: string; start_url: string; icons: { src: string }[] };
    expect(manifest.name).toBe(en['site.name']);
    for (const icon of manifest.icons) {
      expect((await page.request.get(new URL(icon.src, new URL(manifestUrl ?? '', page.url())).href)).ok()).toBe(true);
    }
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
  });
});

test.describe('updates', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  const changed = `${en['home.intro']} (Updated for the new term.)`;
  test.use({ baseURL: `http://127.0.0.1:${PORTS.update}` });

  test.beforeAll(() => {
    test.setTimeout(BUILD_TIMEOUT);
    dir = scratch('update');
    cpSync(DIST, join(dir, 'old'), { recursive: true });
    cpSync(DIST, join(dir, 'new'), { recursive: true });
    // The "second build": the same site with the home page changed and its worker rewritten.
    const home = join(dir, 'new', 'index.html');
    const html = readFileSync(home, 'utf8');
    if (!html.includes(en['home.intro']))
      throw new Error('The home page no longer shows home.intro; update this test.');
    writeFileSync(home, html.replace(en['home.intro'], changed));
    execFileSync(process.execPath, ['scripts/steps/offline.mjs', '--dist', join(dir, 'new'), '--base', '/'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  });

  test.afterAll(async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a new build is offered with "New version available — reload" and shown only after Reload', async ({ page }) => {
    test.setTimeout(120_000);
    server = await serve(join(dir, 'old'), PORTS.update);
    await page.goto('/');
    await waitUntilOfflineReady(page);
    await expect(page.getByText(en['home.intro'], { exact: true })).toBeVisible();

    // Deploy the new build at the same address.
    await stop(server);
    server = await serve(join(dir, 'new'), PORTS.update);
    await page.reload();

    const status = page.getByRole('status').filter({ hasText: en['offline.update.message'] });
    await expect(status).toBeVisible({ timeout: 30_000 });
    // Until the reader accepts, the old worker keeps serving the old build, whole.
    await expect(page.getByText(en['home.intro'], { exact: true })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, 'update prompt');

    await page.getByRole('button', { name: en['offline.update.reload'] }).press('Enter');
    await expect(page.getByText(changed)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: en['offline.update.reload'] })).toBeHidden();
  });
});

test.describe('base path', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  test.use({ baseURL: `http://127.0.0.1:${PORTS.base}` });

  test.beforeAll(async () => {
    test.setTimeout(BUILD_TIMEOUT);
    dir = scratch('base');
    npmRun('build', { GLOSS_DIST: join(dir, 'dist'), BASE_PATH: '/gloss/' });
    server = await serve(join(dir, 'dist'), PORTS.base, '/gloss/');
  });

  test.afterAll(async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a build for /gloss/ works under /gloss/ and asks for nothing outside it', async ({ page }) => {
    test.setTimeout(120_000);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith('/gloss/')) outside.push(url.pathname);
    });
    await smokeTest(page, '/gloss/');
    await waitUntilOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/gloss/');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/gloss/manifest.webmanifest');
    expect(outside).toEqual([]);
  });
});

test.describe('export bundle', () => {
  let dir = '';
  let site = '';
  let server: ChildProcess | undefined;
  test.use({ baseURL: `http://127.0.0.1:${PORTS.export}` });

  test.beforeAll(async () => {
    test.setTimeout(BUILD_TIMEOUT);
    dir = scratch('export');
    const zip = join(dir, 'gloss-site.zip');
    // Packs the build under test, as `npm run export` does after its build: no second build.
    execFileSync(process.execPath, ['scripts/export.mjs', '--dist', DIST, '--out', zip, '--base', '/'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    unzipTo(zip, join(dir, 'unzipped'));
    site = join(dir, 'unzipped', 'gloss-site');
    server = await serve(site, PORTS.export);
  });

  test.afterAll(async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  });

  plainTest('the zip holds the whole site and a README on serving it and copying it to a USB stick', () => {
    const readme = readFileSync(join(site, 'README.txt'), 'utf8');
    for (const text of ['index.html', 'npx serve', 'python3 -m http.server', 'nginx', 'USB stick']) {
      expect(readme).toContain(text);
    }
    for (const path of [
      'index.html',
      `lessons/${lesson.slug}/index.html`,
      'sw.js',
      'manifest.webmanifest',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(site, path)), path).toBe(true);
    }
    // `npx serve` must not "clean" lessons/x/index.html into lessons/x: relative links need the slash.
    expect(JSON.parse(readFileSync(join(site, 'serve.json'), 'utf8'))).toMatchObject({ cleanUrls: false });
    // No page refers to the site root any more: every internal link is relative.
    const page = readFileSync(join(site, `lessons/${lesson.slug}/index.html`), 'utf8');
    expect(page).not.toMatch(/\s(href|src|component-url|renderer-url|data-sw-url)="\/(?!\/)/);
  });

  test('served from the unzipped folder, it passes the smoke test and goes offline', async ({ page, context }) => {
    test.setTimeout(120_000);
    await smokeTest(page, '/');
    await waitUntilOfflineReady(page);
    await context.setOffline(true);
    await page.goto('/');
    await openLessonFromHome(page);
  });

  plainTest('opened from disk (file://), lessons, timeline and links between pages work', async ({ page }) => {
    plainTest.setTimeout(90_000);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    // The page says plainly what cannot work from a file.
    await expect(page.getByRole('note')).toContainText(en['offline.fileNote']);
    await openLessonFromHome(page);
    expect(page.url()).toMatch(new RegExp(`/lessons/${lesson.slug}/index\\.html$`));
    // Inline scripts that load a module on interaction get a relative URL too.
    expect(
      await page.locator('script[data-module]').evaluateAll((els) => els.map((e) => e.getAttribute('data-module'))),
    ).not.toContainEqual(expect.stringMatching(/^\//));
    await checkPopover(page);
    // Quizzes stay self-check questions: the answer is in a <details> the reader opens.
    const quiz = page.locator('.gl-embedded-quiz, [data-quiz]').first();
    await quiz.locator('summary').first().click();
    await expect(quiz.locator('details[open]').first()).toBeVisible();

    // A paragraph's timeline marker, as a reader opens it: its layer is off on a first visit.
    await page.getByRole('checkbox', { name: 'Timeline links' }).check();
    const marker = page.locator('[data-tl-related]').first();
    await marker.locator('summary').focus();
    await page.keyboard.press('Enter');
    await marker.locator(`a[href^="timeline/index.html#"]`).first().click();
    expect(page.url()).toMatch(/\/timeline\/index\.html#/);
    await expect(page.locator(`[id="${eventAnchor}"]`)).toBeVisible();

    const nav = page.getByRole('navigation', { name: en['nav.label'] });
    await nav.getByRole('link', { name: en['nav.glossary'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: en['nav.glossary'] })).toBeVisible();
    await nav.getByRole('link', { name: en['nav.about'] }).click();
    await expect(page.getByText(en['offline.about.file'])).toBeVisible();
    await nav.getByRole('link', { name: en['nav.lessons'] }).click();
    expect(page.url()).toBe(pathToFileURL(join(site, 'index.html')).href);

    expect(problems, 'console errors and warnings').toEqual([]);
  });
});
