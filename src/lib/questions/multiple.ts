/**
 * Multiple select: tick all that apply. Partial credit is (right picks − wrong picks) ÷ the
 * number of right options, never below 0. Exported with weights that give the same credit.
 */
import type { z } from 'zod';
import { choiceParts, correctIndices, explained, inRange, INDEX_LIST_FIELD, pickExplanations, result } from './common';
import type { AnswerKit, QuestionModule, SchemaKit } from './types';

const schema = ({ z, base, choice }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('multiple'),
    /** The choices, one or more correct. */
    options: z.array(choice).min(2),
  });

const answerSchema = ({ z, index }: AnswerKit) =>
  z.strictObject({
    /** Multiple select. */
    type: z.literal('multiple'),
    /** Indices of the ticked options, ascending. */
    choices: z.array(index),
  });

/** A multiple-select question. */
export type MultipleQuestion = z.output<ReturnType<typeof schema>>;
/** A multiple-select answer: the ticked options, ascending, no repeats. */
export type MultipleAnswer = z.output<ReturnType<typeof answerSchema>>;

/** Normalises a multiple-select answer: ascending, no repeats. */
export function multipleAnswer(choices: Iterable<number>): MultipleAnswer {
  return { type: 'multiple', choices: [...new Set(choices)].sort((a, b) => a - b) };
}

/** The multiple-select type. */
export const multiple: QuestionModule<MultipleQuestion, MultipleAnswer> = {
  type: 'multiple',
  tag: 2,
  schema,
  answerSchema,
  answerFields: { choices: INDEX_LIST_FIELD },
  listLength: (q) => q.options.length,
  score(q, a) {
    const chosen = new Set(a?.choices ?? []);
    const total = q.options.filter((o) => o.correct).length;
    let right = 0;
    let wrong = 0;
    q.options.forEach((o, i) => {
      if (!chosen.has(i)) return;
      if (o.correct) right += 1;
      else wrong += 1;
    });
    // With no right option (an authoring error the build rejects), only an empty answer is right.
    const score = total === 0 ? (chosen.size === 0 ? 1 : 0) : (right - wrong) / total;
    return result(score, choiceParts(q.options, chosen));
  },
  complete: (_, a) => a.choices.length > 0,
  validate(q, a) {
    const n = q.options.length;
    const bad = a.choices.find((c) => !inRange(c, n));
    if (bad !== undefined) return `choice ${bad} is not one of the ${n} options`;
    return new Set(a.choices).size === a.choices.length ? undefined : 'a choice is repeated';
  },
  correct: (q) => ({ type: 'multiple', choices: correctIndices(q.options) }),
  optionText: (q, i) => q.options[i]?.text ?? '',
  answerText: (q, a, words) => a.choices.map((i) => q.options[i]?.text ?? '').join('; ') || words.none,
  rightText: (q) => q.options.flatMap((o) => (o.correct ? [o.text] : [])).join('; '),
  explanations: (q, a) => pickExplanations(q.options, a?.choices ?? []),
  texts: (q) => explained('options', q.options),
  check(q, kit) {
    if (!q.options.some((o) => o.correct)) {
      kit.push('options', '0', 'has no correct option; mark at least one with "correct: true".');
    }
    kit.distinct(
      'options',
      q.options.map((o) => o.text),
      'option text',
    );
  },
  encode: (a, out) => {
    out.list(a.choices);
  },
  decode: (r) => {
    const choices = r.list();
    return choices && { type: 'multiple', choices };
  },
  exportItems: (q, kit) => [kit.choice(q.id, kit.stem(q.prompt), q.options, true)],
};
