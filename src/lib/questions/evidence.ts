/**
 * Find the evidence: pick the paragraph that supports or contradicts a claim. Score 1 for the
 * right paragraph, else 0. Options are listed in article order, not shuffled.
 */
import type { z } from 'zod';
import { choiceError, correctIndices, explained, INDEX_FIELD, pickExplanations, scoreOne } from './common';
import type { AnswerKit, QuestionModule, SchemaKit } from './types';

const schema = ({ z, base, paragraph }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('evidence'),
    /** The claim to check. */
    claim: z.string().min(1),
    /** Whether the right paragraph supports or contradicts it. */
    relation: z.enum(['supports', 'contradicts']),
    /** Candidate paragraphs, exactly one correct. */
    options: z
      .array(
        z.strictObject({
          /** Paragraph number offered. */
          paragraph,
          /** Whether it is the right one. */
          correct: z.boolean().default(false),
          /** Why it is right or wrong. */
          explanation: z.string().min(1),
        }),
      )
      .min(2),
  });

const answerSchema = ({ z, index }: AnswerKit) =>
  z.strictObject({
    /** Find the evidence. */
    type: z.literal('evidence'),
    /** Index of the chosen paragraph option. */
    choice: index,
  });

/** A find-the-evidence question. */
export type EvidenceQuestion = z.output<ReturnType<typeof schema>>;
/** A find-the-evidence answer: the chosen paragraph option. */
export type EvidenceAnswer = z.output<ReturnType<typeof answerSchema>>;

/** The find-the-evidence type. */
export const evidence: QuestionModule<EvidenceQuestion, EvidenceAnswer> = {
  type: 'evidence',
  tag: 6,
  schema,
  answerSchema,
  answerFields: { choice: INDEX_FIELD },
  listLength: (q) => q.options.length,
  // Paragraphs read best in article order.
  arrange: (q) =>
    q.options
      .map((o, i) => ({ p: o.paragraph, i }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((x) => x.i),
  score: (q, a) => scoreOne(q.options, a?.choice),
  complete: () => true,
  validate: (q, a) => choiceError(a.choice, q.options.length),
  correct: (q) => ({ type: 'evidence', choice: correctIndices(q.options)[0] ?? 0 }),
  optionText: (q, i, words) => {
    const option = q.options[i];
    return option ? words.paragraph(option.paragraph) : '';
  },
  answerText: (q, a, words) => {
    const option = q.options[a.choice];
    return option ? words.paragraph(option.paragraph) : words.none;
  },
  rightText: (q, words) => q.options.flatMap((o) => (o.correct ? [words.paragraph(o.paragraph)] : [])).join('; '),
  explanations: (q, a) => pickExplanations(q.options, a ? [a.choice] : []),
  texts: (q) => [{ field: 'claim', text: q.claim, cites: false }, ...explained('options', q.options)],
  check(q, kit) {
    kit.exactlyOne('options', q.options);
    kit.distinct(
      'options',
      q.options.map((o) => o.paragraph),
      'paragraph',
    );
  },
  refs: (q) => ({ paragraphs: [['options.paragraph', q.options.map((o) => o.paragraph)]] }),
  encode: (a, out) => {
    out.varint(a.choice);
  },
  decode: (r) => {
    const choice = r.varint();
    return choice === undefined ? undefined : { type: 'evidence', choice };
  },
  exportItems: (q, { set, L, choice, stem }) => [
    choice(
      q.id,
      `${stem(q.prompt)}\n\n${L.claim(stem(q.claim), q.relation)}`,
      q.options.map((o) => ({
        text: L.paragraphOption(o.paragraph, set.paragraphs[o.paragraph - 1] ?? ''),
        correct: o.correct,
        explanation: o.explanation,
      })),
      false,
    ),
  ],
};
