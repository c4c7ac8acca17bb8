import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Component tests (tests/component/) render islands in happy-dom, set per file with a comment.
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    // Fixture builds run the real Astro build and take a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
