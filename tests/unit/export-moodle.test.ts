/**
 * The Moodle XML export, read back with an independent parser (fast-xml-parser) and checked
 * against the element structure Moodle documents for each question type
 * (https://docs.moodle.org/en/Moodle_XML_format; the ordering type as its importer in Moodle's
 * question/type/ordering/questiontype.php reads it).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { optionWeight, whyId, type ExportSet } from '../../src/lib/exports/common';
import { exportLabels } from '../../src/lib/exports/labels';
import { toMoodleXml } from '../../src/lib/exports/moodle';
import { EXPORT_SETS } from '../helpers/teach';

const L = exportLabels();

// eslint-disable-next-line @typescript-eslint/no-deprecated -- still validates fully; see exports.test.ts
const wellFormed = (doc: string): true | object => XMLValidator.validate(doc);

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});
const arr = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x === undefined ? [] : [x as Node]);
const str = (x: unknown): string => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
/** The `<text>` of an element such as `<name>` or `<feedback>`. */
const textOf = (x: unknown): string => str((x as Node | undefined)?.['text']);

/** The child elements Moodle's documentation lists for every question, and for each type. */
const COMMON = ['name', 'questiontext', 'generalfeedback', 'defaultgrade', 'penalty', 'hidden', 'idnumber', 'tags'];
const COMBINED = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback', 'shownumcorrect'];
const DOCUMENTED: Record<string, string[]> = {
  multichoice: [...COMMON, ...COMBINED, 'single', 'shuffleanswers', 'answernumbering', 'answer'],
  truefalse: [...COMMON, 'answer'],
  matching: [...COMMON, ...COMBINED, 'shuffleanswers', 'subquestion'],
  ordering: [...COMMON, ...COMBINED, 'layouttype', 'selecttype', 'selectcount', 'gradingtype', 'showgrading', 'answer'],
  essay: [
    ...COMMON,
    'responseformat',
    'responserequired',
    'responsefieldlines',
    'minwordlimit',
    'maxwordlimit',
    'attachments',
    'attachmentsrequired',
    'maxbytes',
    'filetypeslist',
    'graderinfo',
    'responsetemplate',
  ],
};

/** The questions of a file by name, after checking the file's shape. */
function questionsOf(doc: string): Map<string, Node> {
  expect(wellFormed(doc)).toBe(true);
  const quiz = (parser.parse(doc) as Node)['quiz'] as Node;
  const all = arr(quiz['question']);
  expect(all[0]?.['@type']).toBe('category');
  const rest = all.slice(1);
  for (const q of rest) {
    const type = str(q['@type']);
    const allowed = DOCUMENTED[type];
    if (!allowed) throw new Error(`question type "${type}" is not one this export documents`);
    const children = Object.keys(q).filter((k) => !k.startsWith('@') && k !== '#text');
    expect(
      children.filter((c) => !allowed.includes(c)),
      `${textOf(q['name'])} (${type})`,
    ).toEqual([]);
    expect((q['questiontext'] as Node)['@format']).toBe('markdown');
  }
  return new Map(rest.map((q) => [textOf(q['name']), q]));
}

const answers = (q: Node): [fraction: string, text: string, feedback: string][] =>
  arr(q['answer']).map((a) => [str(a['@fraction']), textOf(a), textOf(a['feedback'])]);

const tagsOf = (q: Node): string[] => arr((q['tags'] as Node | undefined)?.['tag']).map(textOf);

/** A set that holds every question type once. */
const everyType: ExportSet = (() => {
  const first = EXPORT_SETS[0];
  if (!first) throw new Error('no sets');
  const seen = new Set<string>();
  const questions = EXPORT_SETS.flatMap((s) => s.questions).filter((q) => !seen.has(q.type) && seen.add(q.type));
  return { ...first, id: 'every-type', questions };
})();

describe('Moodle XML export', () => {
  it('the lesson holds every question type the export maps', () => {
    expect(new Set(everyType.questions.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'categorise', 'order', 'evidence', 'open']),
    );
  });

  for (const set of [everyType, ...EXPORT_SETS]) {
    it(`${set.id}: well-formed, documented elements only, and the source's answers, feedback and tags`, () => {
      const doc = toMoodleXml(set, L);
      const byName = questionsOf(doc);
      const category = arr(((parser.parse(doc) as Node)['quiz'] as Node)['question'])[0];
      expect(textOf(category?.['category'])).toBe(`$course$/top/gloss/${set.lesson}/${set.id}`);
      expect(byName.size).toBe(set.questions.reduce((n, q) => n + (q.type === 'truefalse' ? 2 : 1), 0));

      for (const q of set.questions) {
        const out = byName.get(q.id);
        if (!out) throw new Error(`${q.id} missing from the Moodle XML file`);
        expect(tagsOf(out), q.id).toEqual(q.skills);
        expect(str(out['idnumber'])).toBe(q.id);
        expect(textOf(out['questiontext']).startsWith(q.prompt), q.id).toBe(true);
        switch (q.type) {
          case 'single':
            expect(out['@type']).toBe('multichoice');
            expect(out['single']).toBe('true');
            expect(answers(out)).toEqual(q.options.map((o) => [o.correct ? '100' : '0', o.text, o.explanation]));
            break;
          case 'evidence':
            expect(out['@type']).toBe('multichoice');
            expect(textOf(out['questiontext'])).toContain(q.claim);
            expect(answers(out)).toEqual(
              q.options.map((o) => [
                o.correct ? '100' : '0',
                L.paragraphOption(o.paragraph, set.paragraphs[o.paragraph - 1] ?? ''),
                o.explanation,
              ]),
            );
            break;
          case 'multiple': {
            expect(out['@type']).toBe('multichoice');
            expect(out['single']).toBe('false');
            const w = optionWeight(q.options.filter((o) => o.correct).length);
            expect(answers(out)).toEqual(q.options.map((o) => [o.correct ? w : `-${w}`, o.text, o.explanation]));
            break;
          }
          case 'truefalse': {
            expect(out['@type']).toBe('truefalse');
            expect(answers(out)).toEqual([
              [q.answer ? '100' : '0', 'true', q.explanations.true],
              [q.answer ? '0' : '100', 'false', q.explanations.false],
            ]);
            const why = byName.get(whyId(q.id));
            if (!why) throw new Error(`${q.id}: its "why?" question is missing`);
            expect(why['@type']).toBe('multichoice');
            expect(tagsOf(why)).toEqual(q.skills);
            expect(answers(why)).toEqual(q.why.map((o) => [o.correct ? '100' : '0', o.text, o.explanation]));
            break;
          }
          case 'categorise':
            expect(out['@type']).toBe('matching');
            expect(
              arr(out['subquestion'])
                .map((s) => [textOf(s), textOf(arr(s['answer'])[0])])
                .sort(),
            ).toEqual(q.items.map((item) => [item.text, q.buckets.find((b) => b.id === item.bucket)?.label]).sort());
            break;
          case 'order':
            expect(out['@type']).toBe('ordering');
            // All items, shuffled by Moodle; graded on pairs in the right relative order, as Gloss.
            expect([out['selecttype'], out['gradingtype']]).toEqual(['ALL', 'RELATIVE_ALL_PREVIOUS_AND_NEXT']);
            expect(answers(out).map(([, text, feedback]) => [text, feedback])).toEqual(
              q.items.map((item) => [item.text, item.explanation]),
            );
            break;
          case 'open':
            expect(out['@type']).toBe('essay');
            expect(textOf(out['graderinfo'])).toBe(L.graderInfo(q.model, q.rubric));
            if (q.wordLimit !== undefined) expect(out['maxwordlimit']).toBe(String(q.wordLimit));
            expect(arr(out['answer'])).toEqual([]);
            break;
        }
      }
    });
  }

  it('escapes markup in text, so awkward content stays well formed and reads back the same', () => {
    const first = everyType.questions[0];
    if (first?.type !== 'single') throw new Error('expected a single-choice question first');
    const tricky = { ...first, prompt: 'A <b> & "C" -- ]]> {x}' };
    const doc = toMoodleXml({ ...everyType, questions: [tricky] }, L);
    expect(textOf(questionsOf(doc).get(first.id)?.['questiontext'])).toBe(tricky.prompt);
  });
});
