import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Fixture builds run the real Astro build and take a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
