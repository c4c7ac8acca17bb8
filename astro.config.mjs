// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { glossCsp } from './src/integrations/csp.ts';
import { glossFonts } from './src/integrations/fonts.ts';
import { glossInteraction } from './src/integrations/interaction.ts';
import { glossOffline } from './src/integrations/offline.ts';
import { glossSearch } from './src/integrations/search.ts';

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
  // CSS is inlined: one request instead of up to five render-blocking ones, measured by `npm run bench`
  // as a lower LCP on a slow phone; pages are small and the service worker caches them anyway.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // Primary sources are shown word for word: no "smart" punctuation rewriting in lessons.
    mdx({ smartypants: false }),
    react(),
    // `client:interaction`: hydrate at the reader's first interaction (src/integrations/interaction.ts).
    glossInteraction(),
    // The Content-Security-Policy (Astro's security.csp plus the hashes of inline scripts and styles).
    glossCsp(),
    // After the pages are written, in this order: the search index, then the service worker that
    // precaches everything, the index included. So `astro build` alone makes the complete site.
    glossSearch(),
    glossOffline(),
  ],
  // Lessons have no code blocks, and Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  // Two self-hosted typefaces, served from this site (see src/integrations/fonts.ts for why these).
  fonts: glossFonts,
  devToolbar: { enabled: false },
  prefetch: false,
  server: { host: '127.0.0.1' },
});
