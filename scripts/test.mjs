#!/usr/bin/env node
// `npm test`: every check, in two lanes that run side by side, then the browser tests.
//   first:  sync (astro sync: the content and env types ESLint's typed rules need)
//   lane 1: lint:code (ESLint)   -> test:unit's logic and dom projects
//   lane 2: build -> check (astro check) -> test:built (static gates over dist/) -> lint:format
//   then:   test:unit's fixtures project (real Astro builds; they rewrite .astro/, so not beside
//           astro check or the build)
//   then:   test:e2e (Playwright, against dist/)
// The lanes are balanced by measured time on the quiet 2-core machine (ESLint about 49 s and the
// unit tests 23 s; build 13, astro check about 40, static gates 11 and Prettier 11), so each keeps
// one core busy for about the same time. astro check and the build both write the generated types
// in `.astro/`, so they share a lane and never overlap. The browser tests come last, alone, because
// they are the part that is sensitive to a busy machine. Each step's output is printed whole when it
// ends (never interleaved), with its time; the run stops after the lanes if any step failed.
// Usage: node scripts/test.mjs  (any extra arguments are passed to Playwright)
import { spawn } from 'node:child_process';

/** @typedef {{ script: string, ok: boolean, seconds: number }} StepResult */
/** @typedef {{ script: string, args?: string[], label?: string }} StepSpec */

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs one npm script, collecting its output; prints it when the script ends.
 * @param {string} script
 * @param {string[]} [args]
 * @param {boolean} [live] print output as it comes (for the last step, which runs alone)
 * @param {string} [label] the name in the summary, when one script runs as two steps
 * @returns {Promise<StepResult>}
 */
function step(script, args = [], live = false, label = script) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout?.on('data', (/** @type {Buffer} */ data) => output.push(data));
    child.stderr?.on('data', (/** @type {Buffer} */ data) => output.push(data));
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      if (!live) process.stdout.write(Buffer.concat(output));
      console.log(`\n[test] ${label}: ${ok ? 'passed' : `FAILED (exit ${String(code)})`} in ${seconds.toFixed(1)} s\n`);
      resolve({ script: label, ok, seconds });
    });
  });
}

/**
 * Runs steps one after another; stops at the first failure.
 * @param {(string | StepSpec)[]} steps
 * @returns {Promise<StepResult[]>}
 */
async function lane(steps) {
  /** @type {StepResult[]} */
  const results = [];
  for (const spec of steps) {
    const { script, args = [], label = script } = typeof spec === 'string' ? { script: spec } : spec;
    const result = await step(script, args, false, label);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const start = performance.now();
// On a fresh clone there are no generated types yet (`.astro/`, `astro:content`), and typed lint
// would report every use of them as unsafe; the build writes the same files again, unchanged.
const sync = await step('sync');
// The Vitest projects of vitest.config.ts: fixture builds apart from the rest.
const unit = { script: 'test:unit', args: ['--project', 'logic', '--project', 'dom'], label: 'unit' };
const lanes = sync.ok
  ? await Promise.all([lane(['lint:code', unit]), lane(['build', 'check', 'test:built', 'lint:format'])])
  : [];
const results = [sync, ...lanes.flat()];
// The fixture builds rewrite the project's generated types in `.astro/` for their own content:
// run beside astro check, they made it (or themselves) fail now and then.
if (results.length === 7 && results.every((r) => r.ok)) {
  results.push(await step('test:unit', ['--project', 'fixtures'], false, 'fixtures'));
}
const expected = 8;
if (results.length === expected && results.every((r) => r.ok)) {
  results.push(await step('test:e2e', process.argv.slice(2), true));
}
const total = (performance.now() - start) / 1000;
console.log('[test] summary:');
for (const r of results)
  console.log(`[test]   ${r.script.padEnd(10)} ${r.ok ? 'ok    ' : 'FAILED'} ${r.seconds.toFixed(1)} s`);
const ok = results.length === expected + 1 && results.every((r) => r.ok);
console.log(`[test] ${ok ? 'all passed' : 'FAILED'} in ${total.toFixed(1)} s`);
process.exit(ok ? 0 : 1);
