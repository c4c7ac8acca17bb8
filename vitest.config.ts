import { defineConfig } from 'vitest/config';

/**
 * The unit and component tests (`npm run test:unit`), in three projects:
 * - `logic`: pure modules and build steps in Node. They share no global state, so each worker runs
 *   its files without re-importing the shared modules per file (`isolate: false`).
 * - `dom`: the component tests (tests/component/) and the unit tests named `*.dom.test.ts`, which
 *   render in happy-dom (set per file with a comment) and touch `localStorage`, `document` and
 *   timers, so each file keeps its own fresh environment.
 * - `fixtures`: tests/unit/fixture-build.test.ts, which runs real Astro builds of fixture content.
 *   They rewrite the project's generated types in `.astro/`, so `npm test` runs them apart, after
 *   `astro check` (scripts/test.mjs).
 * Both run in worker threads, which start faster than child processes: measured back to back on
 * the 2-core machine, 60 s with the defaults, 37 s in threads, 25 s in threads with `logic` shared.
 */
/** The unit-test file that runs real Astro builds of fixture content. */
const FIXTURE_BUILDS = 'tests/unit/fixture-build.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'threads',
    // Fixture builds run the real Astro build and take a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.dom.test.ts', FIXTURE_BUILDS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.dom.test.ts', 'tests/component/**/*.test.tsx'],
        },
      },
      { extends: true, test: { name: 'fixtures', include: [FIXTURE_BUILDS] } },
    ],
  },
});
