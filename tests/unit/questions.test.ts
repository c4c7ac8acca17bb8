/**
 * The question-type modules (`src/lib/questions/`): each one honours the shared contract, so the
 * schema, scoring, codes, checker and exports can dispatch through the registry alone.
 */
import { describe, expect, it } from 'vitest';
import { answerText, explanations, rightAnswerText, type AnswerWords } from '../../src/lib/answer-text';
import type { ExportSet } from '../../src/lib/exports/common';
import { toBlackboard } from '../../src/lib/exports/blackboard';
import { cartridgeFiles, cartridgePaths } from '../../src/lib/exports/cartridge';
import { toGift } from '../../src/lib/exports/gift';
import { exportLabels } from '../../src/lib/exports/labels';
import { toMoodleXml } from '../../src/lib/exports/moodle';
import { qtiAssessment } from '../../src/lib/exports/qti';
import { answerFor, moduleByTag, moduleFor, moduleOf, questionModules, questionTypes } from '../../src/lib/questions';
import type { CheckKit } from '../../src/lib/questions/types';
import {
  arrange,
  correctAnswer,
  isComplete,
  moveItem,
  scoreQuestion,
  scoreSet,
  validateAnswer,
  type Question,
} from '../../src/lib/quiz';
import { decodeCompletion, encodeCompletion } from '../../src/lib/result-code';
import { answerSchema } from '../../src/schemas/answer';
import { questionSchema } from '../../src/schemas/quiz';
import { loadContent } from '../helpers/load-content';
import { EXPORT_SETS } from '../helpers/teach';

const bank = loadContent(new URL('../../content/', import.meta.url).pathname).quizzes.flatMap((s) => s.data.questions);
const words: AnswerWords = { true: 'True', false: 'False', none: '(none)', paragraph: (n) => `¶${n}` };

/** Problems a module's authoring check reports for a question. */
function problems(q: Question): string[] {
  const found: string[] = [];
  const kit: CheckKit = {
    push: (field, bad, message) => found.push(`${field} ${bad} ${message}`),
    distinct: (field, values, what) => {
      values.forEach((v, i) => {
        if (values.indexOf(v) !== i) found.push(`${field}[${i}] repeats ${what}`);
      });
    },
    exactlyOne: (field, options) => {
      if (options.filter((o) => o.correct).length !== 1) found.push(`${field} not exactly one`);
    },
  };
  moduleOf(q).check(q, kit);
  return found;
}

const oneQuestionSet = (q: Question): ExportSet => ({
  lesson: 'fixture',
  lessonTitle: 'Fixture',
  id: 'set',
  title: 'Set',
  questions: [q],
  paragraphs: EXPORT_SETS[0]?.paragraphs ?? [],
});

describe('the question-type registry', () => {
  it('lists each type once, with a unique result-code tag in 1–127', () => {
    const tags = questionModules.map((m) => m.tag);
    expect(new Set(questionTypes).size).toBe(questionModules.length);
    expect(new Set(tags).size).toBe(tags.length);
    for (const tag of tags) expect(tag >= 1 && tag <= 127).toBe(true);
    for (const m of questionModules) {
      expect(moduleFor(m.type)).toBe(m);
      expect(moduleByTag(m.tag)).toBe(m);
    }
    expect(moduleFor('essay-of-doom')).toBeUndefined();
    expect(moduleByTag(0)).toBeUndefined();
  });

  it('matches answers to questions by type only', () => {
    const q = bank.find((x) => x.type === 'single');
    expect(q).toBeDefined();
    if (!q) return;
    expect(answerFor(q, { type: 'single', choice: 0 })).toEqual({ type: 'single', choice: 0 });
    expect(answerFor(q, { type: 'evidence', choice: 0 })).toBeUndefined();
    expect(answerFor(q, null)).toBeUndefined();
  });
});

describe.each(questionModules.map((m) => [m.type, m] as const))('the %s module', (type, m) => {
  const samples = bank.filter((q) => q.type === type);

  it('has questions in the shipped bank to test against', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it('parses its questions through the schema union, and its hand-written answer check agrees with zod', () => {
    for (const q of samples) {
      expect(questionSchema.safeParse(q).success).toBe(true);
      const a = correctAnswer(q);
      expect(answerSchema.safeParse(a).success).toBe(true);
      expect(Object.keys(m.answerFields).sort()).toEqual(
        Object.keys(a)
          .filter((k) => k !== 'type')
          .sort(),
      );
      // A field of the wrong kind fails both checks.
      const broken = { ...a, [Object.keys(m.answerFields)[0] ?? 'x']: -1 };
      expect(answerSchema.safeParse(broken).success).toBe(false);
      expect(validateAnswer(q, broken).success).toBe(false);
    }
  });

  it('gives its key full credit, and an empty answer none', () => {
    for (const q of samples) {
      const key = correctAnswer(q);
      expect(validateAnswer(q, key)).toEqual({ success: true, answer: key });
      expect(isComplete(q, key)).toBe(true);
      if (m.tag === 7) {
        // Open answers are marked by a person: never scored, even the model answer.
        expect(scoreQuestion(q, key)).toMatchObject({ score: 0, correct: false, auto: false });
      } else {
        expect(scoreQuestion(q, key)).toMatchObject({ score: 1, correct: true });
      }
      expect(scoreQuestion(q, undefined).score).toBe(0);
      expect(isComplete(q, undefined)).toBe(false);
    }
  });

  it('words its answers, the key and the explanations', () => {
    for (const q of samples) {
      const key = correctAnswer(q);
      expect(answerText(q, key, words)).not.toBe(words.none);
      expect(answerText(q, undefined, words)).toBe(words.none);
      expect(rightAnswerText(q, words).length).toBeGreaterThan(0);
      expect(explanations(q, key).length).toBeGreaterThan(0);
      for (let i = 0; i < moduleOf(q).listLength(q); i += 1)
        expect(moduleOf(q).optionText(q, i, words).length).toBeGreaterThan(0);
    }
  });

  it('round-trips its key through a completion code', () => {
    const answers = samples.map((q) => correctAnswer(q));
    const code = encodeCompletion({ assignment: 'ABCDEFGH', student: 'Ana', attempt: 1, score: 1, answers });
    const read = decodeCompletion(code);
    expect(read.ok && read.completion.answers).toEqual(answers);
  });

  it('passes its own authoring check on the shipped questions, and fails a broken copy', () => {
    for (const q of samples) expect(problems(q)).toEqual([]);
    const q = samples[0];
    if (!q) return;
    // Duplicating the first option, reason or item breaks every type's "no repeats" check.
    const fields = q as unknown as Record<string, unknown>;
    const list = ['options', 'why', 'items', 'rubric'].find((k) => Array.isArray(fields[k]));
    expect(list).toBeDefined();
    const entries = list === undefined ? [] : (fields[list] as unknown[]);
    const broken = { ...fields, [list ?? '']: [...entries, entries[0]] } as unknown as Question;
    expect(problems(broken).length).toBeGreaterThan(0);
  });

  it('writes its questions into every LMS format under their own id', () => {
    for (const q of samples.slice(0, 2)) {
      const set = oneQuestionSet(q);
      expect(toGift(set, exportLabels())).toContain(`::${q.id}::`);
      expect(qtiAssessment(set, exportLabels())).toContain(`ident="${q.id}"`);
      expect(toMoodleXml(set, exportLabels())).toContain(`<name><text>${q.id}</text></name>`);
      // Blackboard rows carry no id: at least one row, starting with a documented type.
      expect(toBlackboard(set, exportLabels())).toMatch(/^(MC|MA|TF|ORD|MAT|ESS)\t/);
      // The cartridge holds it, or names it in its note.
      const { files } = cartridgeFiles({ id: 'l', title: 'L', url: '/', sets: [set] }, exportLabels());
      const inAssessment = Object.values(files).some((f) => f.includes(`<item ident="${q.id}"`));
      expect(inAssessment || (files[cartridgePaths.note] ?? '').includes(q.id)).toBe(true);
    }
  });

  it('arranges its list as a permutation of the authored indices', () => {
    for (const q of samples) {
      expect([...arrange(q, 'seed')].sort((a, b) => a - b)).toEqual(
        Array.from({ length: moduleOf(q).listLength(q) }, (_, i) => i),
      );
    }
  });
});

describe('order questions', () => {
  const q = bank.find((x) => x.type === 'order');
  it('count as unanswered until the learner moves an item, and never start solved', () => {
    expect(q).toBeDefined();
    if (q?.type !== 'order') return;
    const shown = arrange(q, 'any-seed');
    expect(shown).not.toEqual(q.items.map((_, i) => i));
    expect(isComplete(q, undefined)).toBe(false);
    expect(isComplete(q, { type: 'order', order: moveItem(shown, 0, 1) })).toBe(true);
  });
});

describe('open questions', () => {
  const q = bank.find((x) => x.type === 'open');

  it('count as answered once they hold text, stay out of the set total, and export as essays', () => {
    expect(q).toBeDefined();
    if (q?.type !== 'open') return;
    expect(isComplete(q, { type: 'open', text: '   ' })).toBe(false);
    expect(isComplete(q, { type: 'open', text: 'I would check ¶9.' })).toBe(true);
    const single = bank.find((x) => x.type === 'single');
    if (!single) return;
    const set = scoreSet([single, q], { [single.id]: correctAnswer(single), [q.id]: { type: 'open', text: 'x' } });
    expect(set).toMatchObject({ score: 1, max: 1, correct: 1 });
    expect(set.skills.every((s) => s.score === 1)).toBe(true);
    const gift = toGift(oneQuestionSet(q), exportLabels());
    expect(gift).toContain(`::${q.id}::`);
    expect(gift).toContain('####');
    const qti = qtiAssessment(oneQuestionSet(q), exportLabels());
    expect(qti).toContain('<fieldentry>essay_question</fieldentry>');
    for (const level of q.rubric) expect(qti).toContain(level.label);
  });

  it('carry any text, long, short or in any script, through a completion code', () => {
    const long = 'I would check the claim in ¶9 first, because it names the wrong meeting. '.repeat(20);
    const random = 'ぁ𝒳Zq7!'.repeat(3);
    const encode = (text: string) =>
      encodeCompletion({
        assignment: 'ABCDEFGH',
        student: 'Ana',
        attempt: 1,
        score: 0,
        answers: [{ type: 'open', text }],
      });
    for (const text of [long, random, '', 'Yes.']) {
      const read = decodeCompletion(encode(text));
      expect(read.ok && read.completion.answers).toEqual([{ type: 'open', text }]);
    }
  });

  it('reports a model answer over the word limit and repeated rubric labels', () => {
    if (q?.type !== 'open') return;
    expect(problems({ ...q, wordLimit: 3 })).toEqual([
      expect.stringMatching(/^model \d+ has \d+ words, over the word limit of 3/),
    ]);
  });
});
