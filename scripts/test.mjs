#!/usr/bin/env node
// `npm test`: every check, in two lanes that run side by side.
//   first:  sync (astro sync: the content and env types ESLint's typed rules need)
//   lane 1: lint -> check (astro check) -> test:unit
//   lane 2: build -> test:built (static gates over dist/) -> test:e2e (Playwright, against dist/)
// The browser tests are the longest step by far, and they leave a core idle part of the time
// (waiting on pages, timers and the test server), so they start as soon as the site is built and
// the other checks fill those gaps. The unit tests' fixture builds rewrite the generated types in
// `.astro/`, so they run after astro check in the same lane, never beside it. Each buffered step's
// output is printed whole when it ends (never interleaved); the browser tests print as they go, so
// a long run is never silent. A lane stops at its first failure; the run fails if any step did.
// Usage: node scripts/test.mjs  (any extra arguments are passed to Playwright)
import { spawn } from 'node:child_process';

/** @typedef {{ script: string, ok: boolean, seconds: number }} StepResult */

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs one npm script, collecting its output; prints it when the script ends.
 * @param {string} script
 * @param {string[]} [args]
 * @param {boolean} [live] print output as it comes (for the last step, which runs alone)
 * @returns {Promise<StepResult>}
 */
function step(script, args = [], live = false) {
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
      console.log(
        `\n[test] ${script}: ${ok ? 'passed' : `FAILED (exit ${String(code)})`} in ${seconds.toFixed(1)} s\n`,
      );
      resolve({ script, ok, seconds });
    });
  });
}

/**
 * One step of a lane: an npm script, the arguments it gets, and whether it prints as it goes.
 * @typedef {{ script: string, args?: string[], live?: boolean }} Step
 */

/**
 * Runs steps one after another; stops at the first failure.
 * @param {Step[]} steps
 * @returns {Promise<StepResult[]>}
 */
async function lane(steps) {
  /** @type {StepResult[]} */
  const results = [];
  for (const { script, args = [], live = false } of steps) {
    const result = await step(script, args, live);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const start = performance.now();
// On a fresh clone there are no generated types yet (`.astro/`, `astro:content`), and typed lint
// would report every use of them as unsafe; the build writes the same files again, unchanged.
const sync = await step('sync');
/** @type {Step[][]} */
const plan = [
  [{ script: 'lint' }, { script: 'check' }, { script: 'test:unit' }],
  [{ script: 'build' }, { script: 'test:built' }, { script: 'test:e2e', args: process.argv.slice(2), live: true }],
];
const lanes = sync.ok ? await Promise.all(plan.map(lane)) : [];
const results = [sync, ...lanes.flat()];
const expected = 1 + plan.flat().length;
const total = (performance.now() - start) / 1000;
console.log('[test] summary:');
for (const r of results)
  console.log(`[test]   ${r.script.padEnd(10)} ${r.ok ? 'ok    ' : 'FAILED'} ${r.seconds.toFixed(1)} s`);
const ok = results.length === expected && results.every((r) => r.ok);
console.log(`[test] ${ok ? 'all passed' : 'FAILED'} in ${total.toFixed(1)} s`);
process.exit(ok ? 0 : 1);
