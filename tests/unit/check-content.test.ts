import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs `npm run check:content` the way npm does, on a content folder; resolves with its exit code and output. */
async function checkContent(folder: string): Promise<{ code: number; output: string; ms: number }> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/run-ts.mjs', 'scripts/check-content.ts', folder], {
      cwd: ROOT,
    });
    return { code: 0, output: stdout + stderr, ms: performance.now() - started };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? ''), ms: performance.now() - started };
  }
}

/** The CPU seconds the script reports for itself ("… s CPU)"). */
const cpuSeconds = (output: string): number => Number(/([\d.]+) s CPU\)/.exec(output)?.[1] ?? 'NaN');

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('reports a broken reference without a build, with a non-zero exit, in seconds', async () => {
    const result = await checkContent('tests/fixtures/broken-content');
    expect(result.code).toBe(1);
    expect(result.output).toContain('check:content found 9 problems in tests/fixtures/broken-content/');
    expect(result.output).toContain(
      'tests/fixtures/broken-content/notes/harbour-fees/fifth.md: body <Term id>[0] refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?',
    );
    expect(result.output).toContain(
      'tests/fixtures/broken-content/timeline/harbour-fees/fee-vote.yaml: date "2025-02-30" is not a real date',
    );
    // The promise is "under 5 s". Its own work is measured in CPU time, which a busy shared
    // machine does not inflate; the wall time, printed for the record, is only bounded loosely.
    console.log(
      `check:content on the broken fixture: ${Math.round(result.ms)} ms wall, ${cpuSeconds(result.output)} s CPU`,
    );
    expect(cpuSeconds(result.output)).toBeLessThan(5);
    expect(result.ms).toBeLessThan(30_000);
  });

  it('passes the shipped content with exit code 0', async () => {
    const result = await checkContent('content');
    expect(result.output).toMatch(/check:content: content\/ is fine: \d+ lesson\(s\)/);
    expect(result.code).toBe(0);
  });

  it('names every placeholder a new lesson still holds, even where the schema fails', async () => {
    const result = await checkContent('tests/fixtures/new-lesson-todo');
    expect(result.code).toBe(1);
    const file = 'tests/fixtures/new-lesson-todo/lessons/harbour-dredging.mdx';
    expect(result.output).toContain('check:content found 7 problems');
    expect(result.output).toContain(
      `${file}: published is still the placeholder "TODO: the publication date as YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know". Replace it with the real value (docs/authoring.md explains each field).`,
    );
    for (const field of ['outlet', 'url', 'topics[0]', 'summary', 'objectives[0]', 'sources[0]']) {
      expect(result.output).toContain(`${file}: ${field} is still the placeholder`);
    }
  });
});
