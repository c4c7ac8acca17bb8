import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (`dist/`) served on 127.0.0.1, in a real Chromium:
 * $CHROMIUM_PATH, else Debian's headless shell, else Debian's full Chromium, else Playwright's own
 * browser if installed. The headless shell (package `chromium-headless-shell`, same engine and version
 * as `chromium`) is what Playwright itself runs headless tests in; the full browser's headless mode
 * carries a GPU process and browser UI that cost about a third more time per test on the 2-core
 * machine (glossary + map + print specs: 152 and 180 s against 227 and 307 s, back to back).
 */
const chromium =
  process.env['CHROMIUM_PATH'] ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
const port = Number(process.env['GLOSS_TEST_PORT'] ?? 4329);
/** The built site under test; GLOSS_DIST lets several builds be tested side by side. */
const dist = process.env['GLOSS_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  // Generous, because axe and print emulation on the long lesson page are slow on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    trace: 'off',
    // Feature specs run without the service worker: on every fresh context it would install and
    // precache the whole site (about 200 files), which cost a quarter of the browser suite's time
    // (400 s against 299 s, back to back). The worker is tested where it matters: offline.spec.ts,
    // the teacher's offline check in teach.spec.ts and the every-page sweep opt back in.
    serviceWorkers: 'block',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --dir ${dist} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
