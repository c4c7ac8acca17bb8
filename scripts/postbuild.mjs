#!/usr/bin/env node
// Steps that run on the finished static site, in order: each later step sees the output of
// the earlier ones (the offline cache must list the search index, so search runs first).
// GLOSS_DIST and BASE_PATH match astro.config.mjs.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(process.env.GLOSS_DIST ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`postbuild: ${dist} has no index.html; run "astro build" first.`);
  process.exit(1);
}

/** Ordered post-build steps; each module exports `run({ dist, base })`. */
const STEPS = ['./steps/search.mjs', './steps/offline.mjs'];

for (const step of STEPS) {
  const url = new URL(step, import.meta.url);
  if (!existsSync(url)) continue;
  const mod = await import(url.href);
  await mod.run({ dist, base });
}
