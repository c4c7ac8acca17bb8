import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { expected as quizErrors } from '../helpers/quiz-errors';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const TMP = join(ROOT, 'tests/.tmp');
const FIXTURE = join(ROOT, 'tests/fixtures/second-lesson');
const BROKEN_QUIZ = join(ROOT, 'tests/fixtures/quiz-authoring-errors/broken.yaml');
const created: string[] = [];

/** Copies the fixture lesson into a fresh folder inside the project (Astro reports paths relative to it). */
function workspace(name: string): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${name}-`));
  created.push(dir);
  return dir;
}

/** Runs the real Astro build on a content folder; resolves with its exit code and output. */
async function build(contentDir: string): Promise<{ code: number; output: string; dist: string }> {
  const dist = join(contentDir, '..', `${contentDir.split('/').pop() ?? 'x'}-dist`);
  created.push(dist, `${dist}-cache`);
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, GLOSS_CONTENT_DIR: contentDir, GLOSS_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, dist };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? ''), dist };
  }
}

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

describe('building fixture content sets', { timeout: 600_000 }, () => {
  // The one build of content with broken references: it proves that the build runs the content
  // checker over lessons, timeline events and question sets, prints every problem and fails. Each
  // kind of problem is checked in detail by calling the checker directly (references.test.ts,
  // quiz-content.test.ts), which needs no build.
  it('fails on broken references and quiz authoring errors, naming file, field, bad value and suggestion', async () => {
    const dir = workspace('broken-ref');
    cpSync(FIXTURE, dir, { recursive: true });
    const eventFile = join(dir, 'timeline/tide-report/spring-tide.yaml');
    writeFileSync(
      eventFile,
      readFileSync(eventFile, 'utf8').replace('actors: [harbour-office]', 'actors: [harbor-office]'),
    );
    const lessonFile = join(dir, 'lessons/tide-report.mdx');
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace('id="coastal-council"', 'id="coastal-counsil"'));
    cpSync(BROKEN_QUIZ, join(dir, 'quizzes/tide-report/broken.yaml'));

    const result = await build(dir);
    expect(result.code).not.toBe(0);
    const rel = relative(ROOT, dir);
    const quiz = quizErrors(`${rel}/quizzes/tide-report/broken.yaml`);
    expect(result.output).toContain(`Gloss found ${String(2 + quiz.length)} broken content references:`);
    expect(result.output).toContain(
      `${rel}/lessons/tide-report.mdx: body <Term id>[0] refers to unknown glossary id "coastal-counsil". Did you mean "coastal-council"?`,
    );
    expect(result.output).toContain(
      `${rel}/timeline/tide-report/spring-tide.yaml: actors[0] refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?`,
    );
    for (const message of quiz) expect(result.output).toContain(message);
  });

  it('fails on a schema error, naming the file and the field', async () => {
    const dir = workspace('bad-schema');
    cpSync(FIXTURE, dir, { recursive: true });
    const entry = join(dir, 'glossary/harbour-office.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('category: organisation', 'category: building'));

    const result = await build(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('harbour-office');
    expect(result.output).toMatch(/glossary\/harbour-office\.md/);
    expect(result.output).toContain('category');
  });

  it('builds a second lesson added as content files only', async () => {
    const dir = workspace('two-lessons');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    cpSync(FIXTURE, dir, {
      recursive: true,
      filter: (src) => !src.endsWith('skills.yaml'),
    });
    const result = await build(dir);
    expect(result.output).not.toContain('broken content reference');
    expect(result.code).toBe(0);
    expect(existsSync(join(result.dist, 'lessons/tide-report/index.html'))).toBe(true);
    expect(existsSync(join(result.dist, 'lessons/russia-afghanistan-threats/index.html'))).toBe(true);
    const home = readFileSync(join(result.dist, 'index.html'), 'utf8');
    expect(home).toContain('High Tides Expected Along the Coast This Week');
    expect(home).toContain('Despite Cordial Diplomacy, Russia Worries About Threats from Afghanistan');
    const lesson = readFileSync(join(result.dist, 'lessons/tide-report/index.html'), 'utf8');
    expect(lesson).toContain('popovertarget="gl-term-coastal-council"');
    expect(lesson).toContain('popovertarget="gl-term-harbour-office"');
  });
});
