import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { quizSetSchema } from '../../src/schemas/quiz';
import { loadContent } from '../helpers/load-content';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'tests/fixtures/second-lesson');
const BROKEN = join(ROOT, 'tests/fixtures/quiz-authoring-errors/broken.yaml');
const BROKEN_FILE = 'tests/fixtures/second-lesson/quizzes/tide-report/broken.yaml';

/** The messages the broken set must produce, in the checker's order. */
const expected = (file: string): string[] => [
  `${file}: questions[1] (no-right-answer).skills[0] refers to unknown skill id "forecst-vs-fact". Did you mean "forecast-vs-fact"?`,
  `${file}: questions[1] (no-right-answer).paragraphs[0] refers to paragraph anchor "p9", but lesson "tide-report" has paragraphs p1 to p2. Did you mean "p2"?`,
  `${file}: questions[1] (no-right-answer).why[0].explanation (¶12) refers to paragraph anchor "p12", but lesson "tide-report" has paragraphs p1 to p2. Did you mean "p2"?`,
  `${file}: question "no-right-answer", field options: has 0 correct options; mark exactly one with "correct: true".`,
  `${file}: question "no-right-answer", field id: duplicate question id; it is already used in ${file}. Give every question in a lesson its own id.`,
  `${file}: question "no-right-answer", field explanations.false: cites no paragraph, and the question lists no sources; add the paragraph it rests on, e.g. "(¶3)", or, if nothing in the article supports it, add the source it rests on to the question's "sources".`,
  `${file}: question "no-right-answer", field why[1]: repeats reason text "The Harbour Office calls it predicted."; make every reason text different.`,
  `${file}: question "same-paragraph-twice", field options[1]: repeats paragraph 2; make every paragraph different.`,
];

describe('quiz authoring checks', () => {
  it('report each authoring error with file, question and field', () => {
    const content = loadContent(`${FIXTURE}/`);
    const data = quizSetSchema.parse(parseYaml(readFileSync(BROKEN, 'utf8')));
    content.quizzes.push({ id: 'tide-report/broken', file: BROKEN_FILE, data });
    expect(checkContent(content).map((p) => p.message)).toEqual(expected(BROKEN_FILE));
  });

  it('catch repeated options, items and buckets in every question type', () => {
    const content = loadContent(`${FIXTURE}/`);
    const base = { skills: ['forecast-vs-fact'], paragraphs: [2], sources: [] };
    const item = (text: string, extra: object = {}) => ({ text, explanation: `Because (¶2).`, ...extra });
    const data = quizSetSchema.parse({
      lesson: 'tide-report',
      title: 'Repeats',
      questions: [
        { ...base, id: 'm', type: 'multiple', prompt: 'Which?', options: [item('A', { correct: true }), item('A')] },
        {
          ...base,
          id: 'c',
          type: 'categorise',
          prompt: 'Sort',
          buckets: [
            { id: 'x', label: 'X' },
            { id: 'x', label: 'Y' },
          ],
          items: [item('One', { bucket: 'x' }), item('One', { bucket: 'z' })],
        },
        { ...base, id: 'o', type: 'order', prompt: 'Order', items: [item('1'), item('2'), item('1')] },
      ],
    });
    content.quizzes = [{ id: 'tide-report/repeats', file: 'repeats.yaml', data }];
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'repeats.yaml: question "m", field options[1]: repeats option text "A"; make every option text different.',
      'repeats.yaml: question "c", field buckets[1]: repeats bucket id "x"; make every bucket id different.',
      'repeats.yaml: question "c", field items[1]: repeats item text "One"; make every item text different.',
      'repeats.yaml: question "c", field items[1].bucket: refers to unknown bucket "z". Buckets are: x.',
      'repeats.yaml: question "o", field items[2]: repeats item text "1"; make every item text different.',
    ]);
  });

  it('accept an explanation without a paragraph only when the question lists a source', () => {
    const content = loadContent(`${FIXTURE}/`);
    const question = (id: string, sources: string[]) => ({
      id,
      type: 'single',
      prompt: 'Who published the tide report?',
      skills: ['forecast-vs-fact'],
      paragraphs: [2],
      sources,
      options: [
        { text: 'The Harbour Office', correct: true, explanation: 'Its own bulletin names it.' },
        { text: 'The Coastal Council', explanation: 'The council only repeats it (¶2).' },
      ],
    });
    const data = quizSetSchema.parse({
      lesson: 'tide-report',
      title: 'Sources',
      questions: [question('with-source', ['gazette']), question('without-source', [])],
    });
    content.quizzes = [{ id: 'tide-report/sources', file: 'sources.yaml', data }];
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'sources.yaml: question "without-source", field options[0].explanation: cites no paragraph, and the question lists no sources; add the paragraph it rests on, e.g. "(¶3)", or, if nothing in the article supports it, add the source it rests on to the question\'s "sources".',
    ]);
  });

  it('accept the shipped question bank, where every explanation cites a paragraph or rests on listed sources', () => {
    const content = loadContent(join(ROOT, 'content/'));
    expect(checkContent(content).map((p) => p.message)).toEqual([]);
  });
});

describe('building with an authoring error', () => {
  const created: string[] = [];
  afterAll(() => {
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
  });

  it('fails, printing every message', async () => {
    mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'tests/.tmp/quiz-errors-'));
    const dist = `${dir}-dist`;
    created.push(dir, dist, `${dist}-cache`);
    cpSync(FIXTURE, dir, { recursive: true });
    cpSync(BROKEN, join(dir, 'quizzes/tide-report/broken.yaml'));
    const run = promisify(execFile);
    const output = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, GLOSS_CONTENT_DIR: dir, GLOSS_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    }).then(
      () => ({ code: 0, text: '' }),
      (error: unknown) => {
        const e = error as { code?: number; stdout?: string; stderr?: string };
        return { code: e.code ?? 1, text: `${e.stdout ?? ''}${e.stderr ?? ''}` };
      },
    );
    expect(output.code).not.toBe(0);
    const file = `${relative(ROOT, dir)}/quizzes/tide-report/broken.yaml`;
    expect(output.text).toContain(`Gloss found ${expected(file).length} broken content references:`);
    for (const message of expected(file)) expect(output.text).toContain(message);
  });
});
