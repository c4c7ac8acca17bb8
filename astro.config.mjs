// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { inlineBodies, siteCsp } from './src/lib/csp.ts';
import { minifyInlineScript } from './src/lib/inline-script.ts';

/** Sub-path the site is served under; `BASE_PATH=/gloss/ npm run build` builds for example.org/gloss/. */
const base = process.env.BASE_PATH ?? '/';

/** Where the static site is written; tests and parallel builds can point it elsewhere. */
const outDir = process.env.GLOSS_DIST ?? './dist';
/** Each output dir gets its own content cache, so parallel builds of different content never mix. */
const cacheDir = process.env.GLOSS_DIST ? `${process.env.GLOSS_DIST}-cache` : './node_modules/.astro';

/**
 * Every inline script and style: Astro hashes the scripts and styles it bundles for the
 * Content-Security-Policy but not inline ones, so their hashes are added here. They are the
 * `<script is:inline>` and `<style is:inline>` bodies written in components, and the scripts in
 * src/inline/, which components inline minified (the same function gives the same text).
 */
const components = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.astro'))
  .map((file) => readFileSync(`src/${file}`, 'utf8'));
const inlineScripts = readdirSync('src/inline')
  .filter((file) => file.endsWith('.js'))
  .map((file) => minifyInlineScript(readFileSync(`src/inline/${file}`, 'utf8'), file));
const inline = {
  scripts: [...components.flatMap((source) => inlineBodies(source, 'script')), ...inlineScripts],
  styles: components.flatMap((source) => inlineBodies(source, 'style')),
};

export default defineConfig({
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // The static build is served by `npm start`; the site never needs an absolute origin.
  // CSS is inlined: one request instead of up to five render-blocking ones, measured by `npm run bench`
  // as a lower LCP on a slow phone; pages are small and the service worker caches them anyway.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Primary sources are shown word for word: no "smart" punctuation rewriting in lessons.
  integrations: [mdx({ smartypants: false }), react()],
  // Lessons have no code blocks, and Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  prefetch: false,
  server: { host: '127.0.0.1' },
  // A <meta> Content-Security-Policy on every page: nothing from other origins (docs/quality-gates.md).
  security: { csp: siteCsp(inline) },
});
