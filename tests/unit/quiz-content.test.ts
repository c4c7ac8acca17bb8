import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { quizSetSchema } from '../../src/schemas/quiz';
import { loadContent } from '../helpers/load-content';
import { expected } from '../helpers/quiz-errors';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'tests/fixtures/second-lesson');
const BROKEN = join(ROOT, 'tests/fixtures/quiz-authoring-errors/broken.yaml');
const BROKEN_FILE = 'tests/fixtures/second-lesson/quizzes/tide-report/broken.yaml';

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
    // The fixture's plans name its real questions, which this test replaces.
    content.plans = [];
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
    content.plans = [];
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'sources.yaml: question "without-source", field options[0].explanation: cites no paragraph, and the question lists no sources; add the paragraph it rests on, e.g. "(¶3)", or, if nothing in the article supports it, add the source it rests on to the question\'s "sources".',
    ]);
  });

  it('accept the shipped question bank, where every explanation cites a paragraph or rests on listed sources', () => {
    const content = loadContent(join(ROOT, 'content/'));
    expect(checkContent(content).map((p) => p.message)).toEqual([]);
  });
});
