/**
 * Single choice: one right answer among several. Score 1 for the right option, else 0.
 * Exported as a multiple-choice question with per-option feedback.
 */
import type { z } from 'zod';
import { choiceError, explained, INDEX_FIELD, pickExplanations, scoreOne, correctIndices } from './common';
import type { AnswerKit, QuestionModule, SchemaKit } from './types';

const schema = ({ z, base, choice }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('single'),
    /** The choices, exactly one correct. */
    options: z.array(choice).min(2),
  });

const answerSchema = ({ z, index }: AnswerKit) =>
  z.strictObject({
    /** Single choice. */
    type: z.literal('single'),
    /** Index of the chosen option. */
    choice: index,
  });

/** A single-choice question. */
export type SingleQuestion = z.output<ReturnType<typeof schema>>;
/** A single-choice answer: the chosen option. */
export type SingleAnswer = z.output<ReturnType<typeof answerSchema>>;

/** The single-choice type. */
export const single: QuestionModule<SingleQuestion, SingleAnswer> = {
  type: 'single',
  tag: 1,
  schema,
  answerSchema,
  answerFields: { choice: INDEX_FIELD },
  listLength: (q) => q.options.length,
  score: (q, a) => scoreOne(q.options, a?.choice),
  complete: () => true,
  validate: (q, a) => choiceError(a.choice, q.options.length),
  correct: (q) => ({ type: 'single', choice: correctIndices(q.options)[0] ?? 0 }),
  optionText: (q, i) => q.options[i]?.text ?? '',
  answerText: (q, a, words) => q.options[a.choice]?.text ?? words.none,
  rightText: (q) => q.options.flatMap((o) => (o.correct ? [o.text] : [])).join('; '),
  explanations: (q, a) => pickExplanations(q.options, a ? [a.choice] : []),
  texts: (q) => explained('options', q.options),
  check(q, kit) {
    kit.exactlyOne('options', q.options);
    kit.distinct(
      'options',
      q.options.map((o) => o.text),
      'option text',
    );
  },
  encode: (a, out) => {
    out.varint(a.choice);
  },
  decode: (r) => {
    const choice = r.varint();
    return choice === undefined ? undefined : { type: 'single', choice };
  },
  exportItems: (q, kit) => [kit.choice(q.id, kit.stem(q.prompt), q.options, false)],
};
