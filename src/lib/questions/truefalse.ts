/**
 * True or false, then a reason: half the credit for each. Exported as a true/false question
 * followed by its "why?" half as a choice question with the id `<id>-why`.
 */
import type { z } from 'zod';
import {
  choiceParts,
  correctIndex,
  correctIndices,
  explained,
  INDEX_FIELD,
  inRange,
  orNull,
  pickExplanations,
  result,
} from './common';
import type { AnswerKit, Part, QuestionModule, SchemaKit } from './types';

const schema = ({ z, base, choice }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('truefalse'),
    /** Whether the statement in the prompt is true. */
    answer: z.boolean(),
    /** Why each answer is right or wrong. */
    explanations: z.strictObject({
      /** Feedback for answering "true". */
      true: z.string().min(1),
      /** Feedback for answering "false". */
      false: z.string().min(1),
    }),
    /** Reasons to choose from, exactly one correct. */
    why: z.array(choice).min(2),
  });

const answerSchema = ({ z, index }: AnswerKit) =>
  z.strictObject({
    /** True or false with a reason. */
    type: z.literal('truefalse'),
    /** The true/false choice; null until chosen. */
    value: z.boolean().nullable(),
    /** Index of the chosen reason; null until chosen. */
    why: index.nullable(),
  });

/** A true/false question with a reason. */
export type TrueFalseQuestion = z.output<ReturnType<typeof schema>>;
/** A true/false answer: the choice and the reason, each null until chosen. */
export type TrueFalseAnswer = z.output<ReturnType<typeof answerSchema>>;

/** The id of the "why?" question exported after a true/false question. */
export const whyId = (id: string): string => `${id}-why`;

/** The true/false type. */
export const truefalse: QuestionModule<TrueFalseQuestion, TrueFalseAnswer> = {
  type: 'truefalse',
  tag: 3,
  schema,
  answerSchema,
  answerFields: {
    value: [orNull((x) => typeof x === 'boolean'), 'true, false or null'],
    why: [orNull(INDEX_FIELD[0]), 'a whole number from 0, or null'],
  },
  listLength: (q) => q.why.length,
  score(q, a) {
    const value = a?.value ?? null;
    const why = a?.why ?? null;
    const valueRight = value === q.answer;
    const whyRight = why !== null && why === correctIndex(q.why);
    const parts: Part[] = [
      { kind: 'value', index: (value ?? q.answer) ? 1 : 0, chosen: value !== null, right: valueRight },
      ...choiceParts(q.why, new Set(why === null ? [] : [why])),
    ];
    return result((valueRight ? 0.5 : 0) + (whyRight ? 0.5 : 0), parts);
  },
  complete: (_, a) => a.value !== null && a.why !== null,
  validate: (q, a) =>
    a.why !== null && !inRange(a.why, q.why.length) ? `reason ${a.why} is not one of the ${q.why.length}` : undefined,
  correct: (q) => ({ type: 'truefalse', value: q.answer, why: correctIndices(q.why)[0] ?? null }),
  optionText: (q, i) => q.why[i]?.text ?? '',
  answerText: (q, a, words) =>
    [a.value === null ? '' : a.value ? words.true : words.false, a.why === null ? '' : (q.why[a.why]?.text ?? '')]
      .filter(Boolean)
      .join(': ') || words.none,
  rightText: (q, words) => `${q.answer ? words.true : words.false}: ${q.why.find((o) => o.correct)?.text ?? ''}`,
  explanations: (q, a) => {
    const value = a && a.value !== null ? a.value : q.answer;
    return [q.explanations[value ? 'true' : 'false'], ...pickExplanations(q.why, a && a.why !== null ? [a.why] : [])];
  },
  texts: (q) => [
    { field: 'explanations.true', text: q.explanations.true, cites: true },
    { field: 'explanations.false', text: q.explanations.false, cites: true },
    ...explained('why', q.why),
  ],
  check(q, kit) {
    kit.exactlyOne('why', q.why);
    kit.distinct(
      'why',
      q.why.map((o) => o.text),
      'reason text',
    );
  },
  encode: (a, out) => {
    out.byte(a.value === null ? 0 : a.value ? 2 : 1);
    out.varint(a.why === null ? 0 : a.why + 1);
  },
  decode: (r) => {
    const value = r.byte();
    const why = r.varint();
    if (value === undefined || value > 2 || why === undefined) return undefined;
    return { type: 'truefalse', value: value === 0 ? null : value === 2, why: why === 0 ? null : why - 1 };
  },
  exportItems: (q, { L, stem, trueFalse, choice }) => [
    trueFalse(q.id, stem(q.prompt), q.answer, q.explanations),
    // The reason part never names the true/false answer, so a quiz holding both gives neither away.
    choice(whyId(q.id), L.whyStem(stem(q.prompt)), q.why, false),
  ],
};
