import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/schemas/answer';
import {
  answerShapeError,
  arrange,
  citations,
  correctAnswer,
  isComplete,
  moveItem,
  mulberry32,
  multipleAnswer,
  scoreQuestion,
  scoreSet,
  seedFrom,
  shuffle,
  shuffledIndices,
  skillResults,
  validateAnswer,
  type Answer,
  type Question,
  type QuestionOf,
} from '../../src/lib/quiz';
import { loadContent } from '../helpers/load-content';

const base = { prompt: 'A question?', paragraphs: [1], sources: [] };
const opt = (text: string, correct = false) => ({ text, correct, explanation: `Why ${text} (¶1).` });

const single: QuestionOf<'single'> = {
  ...base,
  id: 'q-single',
  type: 'single',
  skills: ['attribution'],
  options: [opt('A'), opt('B', true), opt('C')],
};
const multiple: QuestionOf<'multiple'> = {
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  skills: ['attribution', 'corroboration'],
  options: [opt('A', true), opt('B', true), opt('C', true), opt('D'), opt('E')],
};
const truefalse: QuestionOf<'truefalse'> = {
  ...base,
  id: 'q-tf',
  type: 'truefalse',
  skills: ['forecast-vs-fact'],
  answer: false,
  explanations: { true: 'No (¶6).', false: 'Yes (¶6).' },
  why: [opt('R0'), opt('R1'), opt('R2', true)],
};
const categorise: QuestionOf<'categorise'> = {
  ...base,
  id: 'q-cat',
  type: 'categorise',
  skills: ['attribution'],
  buckets: [
    { id: 'officials', label: 'Officials' },
    { id: 'taliban', label: 'Taliban' },
    { id: 'outlet', label: 'Outlet' },
  ],
  items: ['officials', 'officials', 'taliban', 'outlet'].map((bucket, i) => ({
    text: `Item ${i}`,
    bucket,
    explanation: `Because (¶${i + 1}).`,
  })),
};
const order: QuestionOf<'order'> = {
  ...base,
  id: 'q-order',
  type: 'order',
  skills: ['chronology'],
  items: ['2003', '2021', '2024', '2025a', '2025b'].map((text) => ({ text, explanation: `${text} (¶1).` })),
};
const evidence: QuestionOf<'evidence'> = {
  ...base,
  id: 'q-evidence',
  type: 'evidence',
  skills: ['fact-errors'],
  claim: 'It was the SCO.',
  relation: 'contradicts',
  options: [
    { paragraph: 9, correct: true, explanation: '¶9 says OIC.' },
    { paragraph: 4, correct: false, explanation: '¶4 is right.' },
    { paragraph: 1, correct: false, explanation: '¶1 is another event.' },
  ],
};
const fixtures: Question[] = [single, multiple, truefalse, categorise, order, evidence];

const bank = loadContent(new URL('../../content/', import.meta.url).pathname).quizzes.flatMap((s) => s.data.questions);
const allQuestions = [...fixtures, ...bank];

describe('scoreQuestion', () => {
  it('single choice: 1 for the right option, 0 otherwise', () => {
    expect(scoreQuestion(single, { type: 'single', choice: 1 })).toMatchObject({ score: 1, correct: true });
    expect(scoreQuestion(single, { type: 'single', choice: 0 })).toMatchObject({ score: 0, correct: false });
    expect(scoreQuestion(single, undefined).score).toBe(0);
    expect(scoreQuestion(single, { type: 'evidence', choice: 1 }).score).toBe(0);
    expect(scoreQuestion(single, { type: 'single', choice: 0 }).parts).toEqual([
      { kind: 'option', index: 0, chosen: true, right: false },
      { kind: 'option', index: 1, chosen: false, right: false },
      { kind: 'option', index: 2, chosen: false, right: true },
    ]);
  });

  it('multiple select: (right picks − wrong picks) ÷ right answers, floored at 0', () => {
    const score = (choices: number[]): number => scoreQuestion(multiple, { type: 'multiple', choices }).score;
    expect(score([0, 1, 2])).toBe(1);
    expect(score([0, 1])).toBeCloseTo(2 / 3);
    expect(score([0])).toBeCloseTo(1 / 3);
    expect(score([0, 1, 2, 3])).toBeCloseTo(2 / 3);
    expect(score([0, 1, 2, 3, 4])).toBeCloseTo(1 / 3);
    expect(score([0, 3])).toBe(0);
    expect(score([0, 3, 4])).toBe(0);
    expect(score([3, 4])).toBe(0);
    expect(score([])).toBe(0);
    // Ticking the same option twice (a malformed answer) cannot earn extra credit.
    expect(score([0, 0, 0])).toBeCloseTo(1 / 3);
    expect(scoreQuestion(multiple, { type: 'multiple', choices: [0, 1, 2] }).correct).toBe(true);
    expect(scoreQuestion(multiple, { type: 'multiple', choices: [0, 3] }).parts.map((p) => p.right)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('multiple select with no right option (rejected by the build) only credits an empty answer', () => {
    const none: Question = { ...multiple, options: [opt('A'), opt('B')] };
    expect(scoreQuestion(none, { type: 'multiple', choices: [] }).score).toBe(1);
    expect(scoreQuestion(none, { type: 'multiple', choices: [0] }).score).toBe(0);
  });

  it('true/false: half for the choice, half for the reason', () => {
    const score = (value: boolean | null, why: number | null): number =>
      scoreQuestion(truefalse, { type: 'truefalse', value, why }).score;
    expect(score(false, 2)).toBe(1);
    expect(score(false, 0)).toBe(0.5);
    expect(score(true, 2)).toBe(0.5);
    expect(score(true, 1)).toBe(0);
    expect(score(null, null)).toBe(0);
    expect(score(false, null)).toBe(0.5);
    const parts = scoreQuestion(truefalse, { type: 'truefalse', value: true, why: 2 }).parts;
    expect(parts[0]).toEqual({ kind: 'value', index: 1, chosen: true, right: false });
    expect(parts[3]).toEqual({ kind: 'option', index: 2, chosen: true, right: true });
  });

  it('categorise: the share of items in the right bucket', () => {
    const score = (buckets: (number | null)[]): number =>
      scoreQuestion(categorise, { type: 'categorise', buckets }).score;
    expect(score([0, 0, 1, 2])).toBe(1);
    expect(score([0, 0, 1, 1])).toBe(0.75);
    expect(score([2, 2, 0, 1])).toBe(0);
    expect(score([0, null, null, null])).toBe(0.25);
    expect(score([0])).toBe(0.25);
    expect(score([7, 0, 1, 2])).toBe(0.75);
    expect(scoreQuestion(categorise, { type: 'categorise', buckets: [0, 1, null, 2] }).parts).toEqual([
      { kind: 'item', index: 0, chosen: true, right: true },
      { kind: 'item', index: 1, chosen: true, right: false },
      { kind: 'item', index: 2, chosen: false, right: false },
      { kind: 'item', index: 3, chosen: true, right: true },
    ]);
  });

  it('order: the share of item pairs in the right relative order', () => {
    const score = (o: number[]): number => scoreQuestion(order, { type: 'order', order: o }).score;
    expect(score([0, 1, 2, 3, 4])).toBe(1);
    expect(score([1, 0, 2, 3, 4])).toBe(0.9);
    expect(score([4, 3, 2, 1, 0])).toBe(0);
    expect(score([4, 0, 1, 2, 3])).toBe(0.6);
    // Missing or repeated items never count towards a right pair.
    expect(score([0, 1, 2])).toBe(0.3);
    expect(score([0, 0, 0, 0, 0])).toBe(0);
    expect(scoreQuestion(order, { type: 'order', order: [1, 0, 2, 3, 4] }).parts.map((p) => p.right)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('find the evidence: 1 for the right paragraph, 0 otherwise', () => {
    expect(scoreQuestion(evidence, { type: 'evidence', choice: 0 }).score).toBe(1);
    expect(scoreQuestion(evidence, { type: 'evidence', choice: 2 }).score).toBe(0);
    expect(scoreQuestion(evidence, { type: 'single', choice: 0 }).score).toBe(0);
  });

  it('gives full credit to the answer key of every question in the bank', () => {
    expect(bank.length).toBeGreaterThanOrEqual(24);
    for (const q of allQuestions) {
      const score = scoreQuestion(q, correctAnswer(q));
      // A question a person marks (open) earns nothing automatically, even for the model answer.
      if (q.type === 'open') expect(score, q.id).toMatchObject({ score: 0, auto: false });
      else expect(score.score, q.id).toBe(1);
    }
  });
});

describe('isComplete', () => {
  it('requires every part of an answer', () => {
    expect(isComplete(single, undefined)).toBe(false);
    expect(isComplete(single, { type: 'single', choice: 0 })).toBe(true);
    expect(isComplete(single, { type: 'evidence', choice: 0 })).toBe(false);
    expect(isComplete(multiple, multipleAnswer([]))).toBe(false);
    expect(isComplete(multiple, multipleAnswer([3]))).toBe(true);
    expect(isComplete(truefalse, { type: 'truefalse', value: true, why: null })).toBe(false);
    expect(isComplete(truefalse, { type: 'truefalse', value: false, why: 0 })).toBe(true);
    expect(isComplete(categorise, { type: 'categorise', buckets: [0, 0, 1, null] })).toBe(false);
    expect(isComplete(categorise, { type: 'categorise', buckets: [0, 0, 1, 1] })).toBe(true);
    expect(isComplete(order, { type: 'order', order: [4, 3, 2, 1, 0] })).toBe(true);
  });
});

describe('validateAnswer', () => {
  it('accepts well-formed answers', () => {
    for (const q of allQuestions) {
      const key = correctAnswer(q);
      expect(validateAnswer(q, JSON.parse(JSON.stringify(key)))).toEqual({ success: true, answer: key });
    }
    expect(validateAnswer(truefalse, { type: 'truefalse', value: null, why: null }).success).toBe(true);
    expect(validateAnswer(categorise, { type: 'categorise', buckets: [null, null, null, null] }).success).toBe(true);
  });

  it('rejects wrong shapes, wrong types and indices out of range, saying why', () => {
    const error = (q: Question, raw: unknown): string => {
      const v = validateAnswer(q, raw);
      return v.success ? 'valid' : v.error;
    };
    expect(error(single, 'garbage')).toBe('not an answer: expected an object');
    expect(error(single, [1])).toBe('not an answer: expected an object');
    expect(error(single, { choice: 1 })).toBe('not an answer: unknown type undefined');
    expect(error(single, { type: 'essay' })).toBe('not an answer: unknown type "essay"');
    expect(error(single, { type: 'single', choice: -1 })).toBe(
      'not an answer at choice: expected a whole number from 0',
    );
    expect(error(single, { type: 'single', choice: 1.5 })).toBe(
      'not an answer at choice: expected a whole number from 0',
    );
    expect(error(single, { type: 'single', choice: 1, extra: true })).toBe('not an answer: unexpected field extra');
    expect(error(truefalse, { type: 'truefalse', value: 'yes', why: null })).toBe(
      'not an answer at value: expected true, false or null',
    );
    expect(error(categorise, { type: 'categorise', buckets: [0, 'a'] })).toBe(
      'not an answer at buckets: expected a list of whole numbers from 0 or nulls',
    );
    expect(error(single, { type: 'multiple', choices: [1] })).toBe(
      'a multiple answer was given for single question "q-single"',
    );
    expect(error(single, { type: 'single', choice: 3 })).toBe('choice 3 is not one of the 3 options');
    expect(error(multiple, { type: 'multiple', choices: [0, 5] })).toBe('choice 5 is not one of the 5 options');
    expect(error(multiple, { type: 'multiple', choices: [0, 0] })).toBe('a choice is repeated');
    expect(error(truefalse, { type: 'truefalse', value: true, why: 3 })).toBe('reason 3 is not one of the 3');
    expect(error(categorise, { type: 'categorise', buckets: [0, 0, 1] })).toBe('3 placements were given for 4 items');
    expect(error(categorise, { type: 'categorise', buckets: [0, 0, 1, 3] })).toBe(
      'bucket 3 is not one of the 3 buckets',
    );
    expect(error(order, { type: 'order', order: [0, 1, 2, 3, 3] })).toBe(
      'the order must list each of the 5 items exactly once',
    );
    expect(error(order, { type: 'order', order: [0, 1, 2, 3] })).toBe(
      'the order must list each of the 5 items exactly once',
    );
    expect(error(evidence, { type: 'evidence', choice: 3 })).toBe('choice 3 is not one of the 3 options');
  });
});

describe('citations', () => {
  it('splits text at each ¶N so it can link to #pN', () => {
    expect(citations('See ¶3 and ¶11-13.')).toEqual([
      { text: 'See ' },
      { text: '¶3', paragraph: 3 },
      { text: ' and ' },
      { text: '¶11', paragraph: 11 },
      { text: '-13.' },
    ]);
    expect(citations('(¶1)')).toEqual([{ text: '(' }, { text: '¶1', paragraph: 1 }, { text: ')' }]);
    expect(citations('No citation')).toEqual([{ text: 'No citation' }]);
    expect(citations('')).toEqual([]);
  });
});

describe('seeded shuffling', () => {
  it('mulberry32 repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 50 }, mulberry32(43))).not.toEqual(xs);
  });

  it('seedFrom is a stable 32-bit hash', () => {
    expect(seedFrom('')).toBe(0x811c9dc5);
    expect(seedFrom('russia-afghanistan-threats')).toBe(seedFrom('russia-afghanistan-threats'));
    expect(seedFrom('a')).not.toBe(seedFrom('b'));
    expect(Number.isInteger(seedFrom('x')) && seedFrom('x') >= 0 && seedFrom('x') < 2 ** 32).toBe(true);
  });

  it('shuffles the same way for the same seed, without changing the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const copy = [...items];
    expect(shuffle(items, 7)).toEqual(shuffle(items, 7));
    expect(items).toEqual(copy);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffle(items, seed).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('arranges each question deterministically; evidence by paragraph; order never pre-solved', () => {
    for (const q of allQuestions) {
      expect(arrange(q, 'seed')).toEqual(arrange(q, 'seed'));
    }
    expect(arrange(evidence, 'anything')).toEqual([2, 1, 0]);
    for (let s = 0; s < 200; s += 1) {
      const arranged = arrange({ ...order, items: order.items.slice(0, 2) }, `seed-${s}`);
      expect(arranged).toEqual([1, 0]);
    }
    for (const q of bank.filter((x) => x.type === 'order')) {
      expect(arrange(q, 'russia-afghanistan-threats')).not.toEqual(q.items.map((_, i) => i));
    }
  });

  it('moveItem swaps neighbours and ignores moves past either end', () => {
    expect(moveItem([3, 1, 2], 0, 1)).toEqual([1, 3, 2]);
    expect(moveItem([3, 1, 2], 2, -1)).toEqual([3, 2, 1]);
    expect(moveItem([3, 1, 2], 0, -1)).toEqual([3, 1, 2]);
    expect(moveItem([3, 1, 2], 2, 1)).toEqual([3, 1, 2]);
  });
});

describe('scoreSet and skillResults', () => {
  it('totals a set and averages each skill over its questions, unanswered counting 0', () => {
    const answers: Record<string, Answer> = {
      'q-single': { type: 'single', choice: 1 },
      'q-multiple': { type: 'multiple', choices: [0, 1] },
      'q-tf': { type: 'truefalse', value: false, why: 0 },
      'q-cat': { type: 'categorise', buckets: [0, 0, 1, 1] },
    };
    const result = scoreSet(fixtures, answers);
    expect(result.max).toBe(6);
    expect(result.correct).toBe(1);
    expect(result.score).toBeCloseTo(1 + 2 / 3 + 0.5 + 0.75);
    expect(result.questions.map((q) => [q.id, q.answered])).toEqual([
      ['q-single', true],
      ['q-multiple', true],
      ['q-tf', true],
      ['q-cat', true],
      ['q-order', false],
      ['q-evidence', false],
    ]);
    const bySkill = Object.fromEntries(result.skills.map((s) => [s.skill, s]));
    expect(result.skills.map((s) => s.skill)).toEqual([
      'attribution',
      'corroboration',
      'forecast-vs-fact',
      'chronology',
      'fact-errors',
    ]);
    expect(bySkill['attribution']).toMatchObject({ questions: 3 });
    expect(bySkill['attribution']?.score).toBeCloseTo((1 + 2 / 3 + 0.75) / 3);
    expect(bySkill['corroboration']?.score).toBeCloseTo(2 / 3);
    expect(bySkill['forecast-vs-fact']?.score).toBe(0.5);
    expect(bySkill['chronology']).toEqual({ skill: 'chronology', score: 0, earned: 0, questions: 1 });
  });

  it('counts a skill listed twice on one question once', () => {
    expect(skillResults([{ ...single, skills: ['a', 'a'] }], [{ score: 1 }])).toEqual([
      { skill: 'a', score: 1, earned: 1, questions: 1 },
    ]);
  });

  it('ignores answers keyed by inherited property names', () => {
    const tricky = { ...single, id: 'constructor' };
    expect(scoreSet([tricky], {}).questions[0]).toMatchObject({ answered: false, score: 0 });
  });
});

describe('properties', () => {
  const index = fc.integer({ min: -2, max: 9 });
  const anyAnswer: fc.Arbitrary<unknown> = fc.oneof(
    fc.record({ type: fc.constant('single'), choice: index }),
    fc.record({ type: fc.constant('evidence'), choice: index }),
    fc.record({ type: fc.constant('multiple'), choices: fc.array(index, { maxLength: 8 }) }),
    fc.record({
      type: fc.constant('truefalse'),
      value: fc.option(fc.boolean(), { nil: null }),
      why: fc.option(index, { nil: null }),
    }),
    fc.record({
      type: fc.constant('categorise'),
      buckets: fc.array(fc.option(index, { nil: null }), { maxLength: 9 }),
    }),
    fc.record({ type: fc.constant('order'), order: fc.array(index, { maxLength: 9 }) }),
    fc.record({
      type: fc.constant('open'),
      text: fc.oneof(fc.string(), fc.integer(), fc.string({ minLength: 3990, maxLength: 4010 })),
    }),
    fc.anything(),
  );
  const question = fc.constantFrom(...allQuestions);

  it('scores every answer, even a malformed one, within [0, 1]', () => {
    fc.assert(
      fc.property(question, anyAnswer, (q, a) => {
        const { score, correct } = scoreQuestion(q, a as Answer);
        return score >= 0 && score <= 1 && correct === (score === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('checks answer shapes exactly as the zod schema in src/schemas/answer.ts does', () => {
    const withExtra = fc
      .tuple(anyAnswer, fc.string(), fc.anything())
      .map(([a, key, value]) => (typeof a === 'object' && a !== null ? { ...a, [key]: value } : a));
    fc.assert(
      fc.property(
        fc.oneof(anyAnswer, withExtra),
        (a) => (answerShapeError(a) === undefined) === answerSchema.safeParse(a).success,
      ),
      { numRuns: 3000 },
    );
  });

  it('validates only answers of the right shape', () => {
    fc.assert(
      fc.property(question, anyAnswer, (q, a) => !validateAnswer(q, a).success || answerShapeError(a) === undefined),
      { numRuns: 1000 },
    );
  });

  it('shuffling gives a permutation of the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const out = shuffle(items, seed);
        return out.length === items.length && [...out].sort().join() === [...items].sort().join();
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.integer(), (n, seed) => {
        const out = shuffledIndices(n, seed);
        return new Set(out).size === n && out.every((i) => i >= 0 && i < n);
      }),
    );
  });

  it('shuffling preserves the answer key: the right answer picked from the shuffled display scores 1', () => {
    fc.assert(
      fc.property(question, fc.string(), (q, seed) => {
        const display = arrange(q, seed);
        let answer: Answer;
        switch (q.type) {
          case 'single':
          case 'evidence': {
            // The learner picks the displayed position whose option is right.
            const position = display.findIndex((i) => q.options[i]?.correct);
            answer = { type: q.type, choice: display[position] ?? -1 };
            break;
          }
          case 'multiple':
            answer = multipleAnswer(display.filter((i) => q.options[i]?.correct));
            break;
          case 'truefalse':
            answer = { type: 'truefalse', value: q.answer, why: display.find((i) => q.why[i]?.correct) ?? null };
            break;
          case 'categorise': {
            const buckets: (number | null)[] = q.items.map(() => null);
            for (const i of display) {
              buckets[i] = q.buckets.findIndex((b) => b.id === q.items[i]?.bucket);
            }
            answer = { type: 'categorise', buckets };
            break;
          }
          case 'order': {
            // The learner bubble-sorts the displayed list with "Move up" only.
            let list = display;
            for (let pass = 0; pass < list.length; pass += 1) {
              for (let pos = 1; pos < list.length; pos += 1) {
                if ((list[pos] ?? 0) < (list[pos - 1] ?? 0)) list = moveItem(list, pos, -1);
              }
            }
            answer = { type: 'order', order: list };
            break;
          }
          case 'open':
            // A person marks it: the model answer is valid, and never scored automatically.
            answer = { type: 'open', text: q.model };
            return validateAnswer(q, answer).success && scoreQuestion(q, answer).auto === false;
        }
        return validateAnswer(q, answer).success && scoreQuestion(q, answer).score === 1;
      }),
      { numRuns: 500 },
    );
  });

  it('order scores fall as the arrangement moves away from the right one', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffled = shuffledIndices(order.items.length, seed);
        const s = scoreQuestion(order, { type: 'order', order: shuffled }).score;
        const reversed = scoreQuestion(order, { type: 'order', order: [...shuffled].reverse() }).score;
        return Math.abs(s + reversed - 1) < 1e-9;
      }),
    );
  });
});
