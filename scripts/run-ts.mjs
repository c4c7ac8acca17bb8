#!/usr/bin/env node
// Runs one of the TypeScript authoring scripts (scripts/*.ts) under plain Node, in well under a
// second: esbuild bundles it with the src/ modules it imports (whose imports have no file
// extensions, which Node's own type stripping cannot resolve), leaving packages external.
// Usage: node scripts/run-ts.mjs scripts/check-content.ts [arguments…]
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('run-ts: name the script to run, e.g. "node scripts/run-ts.mjs scripts/check-content.ts".');
  process.exit(2);
}
const outDir = resolve('node_modules/.cache/gloss-scripts');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  logLevel: 'error',
});
// The script reads its own arguments from process.argv, as if it had been run directly.
process.argv = [process.argv[0] ?? 'node', resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
