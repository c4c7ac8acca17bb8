import { defineConfig } from 'vitest/config';

/**
 * The static gates over the built site ($GLOSS_DIST, else `dist`): `npm run test:built`, after
 * `npm run build`. Apart from the unit tests, which need no build.
 */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
});
