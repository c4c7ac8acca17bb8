// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

/** Sub-path the site is served under; `BASE_PATH=/gloss/ npm run build` builds for example.org/gloss/. */
const base = process.env.BASE_PATH ?? '/';

/** Where the static site is written; tests and parallel builds can point it elsewhere. */
const outDir = process.env.GLOSS_DIST ?? './dist';
/** Each output dir gets its own content cache, so parallel builds of different content never mix. */
const cacheDir = process.env.GLOSS_DIST ? `${process.env.GLOSS_DIST}-cache` : './node_modules/.astro';

export default defineConfig({
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // The static build is served by `npm start`; the site never needs an absolute origin.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Primary sources are shown word for word: no "smart" punctuation rewriting in lessons.
  integrations: [mdx({ smartypants: false }), react()],
  devToolbar: { enabled: false },
  prefetch: false,
  server: { host: '127.0.0.1' },
});
