/**
 * Open response: a written answer, marked by a person against a rubric of 3–4 levels, in the
 * style of Civic Online Reasoning's rubrics. It is never scored automatically (`auto: false`):
 * it counts as answered once it holds any text; after checking, the learner sees the model
 * answer and the rubric and may rate their own answer against it. In a result code the text is
 * stored as UTF-8 after a format byte (0), under the code's own checksum. Byte 1 is kept for
 * deflated text: fflate's deflate and inflate in both assignment islands (about 5 KB gzip) broke
 * the island and page byte budgets, so compression waits for a budget decision.
 * Exported as an essay question with the model answer and rubric as the grader's information.
 */
import type { z } from 'zod';
import type { AnswerKit, QuestionModule, SchemaKit } from './types';

/** Longest answer a code carries, in characters (a page of writing). */
export const OPEN_TEXT_MAX = 4000;

const schema = ({ z, base }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('open'),
    /** Most words the answer should have, if there is a limit. */
    wordLimit: z.int().min(1).optional(),
    /** A model answer, citing the paragraphs it rests on ("¶N"). */
    model: z.string().min(1),
    /** The rubric: 3–4 levels, best first. */
    rubric: z
      .array(
        z.strictObject({
          /** Short name of the level, e.g. "Mastery". */
          label: z.string().min(1),
          /** What an answer at this level does. */
          descriptor: z.string().min(1),
        }),
      )
      .min(3)
      .max(4),
  });

const answerSchema = ({ z }: AnswerKit) =>
  z.strictObject({
    /** Open response. */
    type: z.literal('open'),
    /** The learner's text. */
    text: z.string().max(OPEN_TEXT_MAX),
  });

/** An open-response question. */
export type OpenQuestion = z.output<ReturnType<typeof schema>>;
/** An open-response answer: the text. */
export type OpenAnswer = z.output<ReturnType<typeof answerSchema>>;

/** The number of words in a text. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The open-response type. */
export const open: QuestionModule<OpenQuestion, OpenAnswer> = {
  type: 'open',
  tag: 7,
  schema,
  answerSchema,
  answerFields: {
    text: [(x) => typeof x === 'string' && x.length <= OPEN_TEXT_MAX, `text of at most ${OPEN_TEXT_MAX} characters`],
  },
  listLength: () => 0,
  score: () => ({ score: 0, correct: false, parts: [], auto: false }),
  complete: (_, a) => a.text.trim() !== '',
  validate: () => undefined,
  correct: (q) => ({ type: 'open', text: q.model }),
  optionText: () => '',
  answerText: (_, a, words) => a.text.trim() || words.none,
  rightText: (q) => q.model,
  explanations: (q) => q.rubric.map((level) => `${level.label}: ${level.descriptor}`),
  texts: (q) => [
    { field: 'model', text: q.model, cites: true },
    ...q.rubric.map((level, i) => ({ field: `rubric[${i}].descriptor`, text: level.descriptor, cites: false })),
  ],
  check(q, kit) {
    kit.distinct(
      'rubric',
      q.rubric.map((level) => level.label),
      'level label',
    );
    const words = wordCount(q.model);
    if (q.wordLimit !== undefined && words > q.wordLimit) {
      kit.push('model', String(words), `has ${words} words, over the word limit of ${q.wordLimit}; shorten it.`);
    }
  },
  encode: (a, out) => {
    out.byte(0);
    out.bytes(encoder.encode(a.text));
  },
  decode: (r) => {
    const format = r.byte();
    const bytes = r.bytes();
    if (bytes === undefined || format !== 0) return undefined;
    try {
      const text = decoder.decode(bytes);
      return text.length <= OPEN_TEXT_MAX ? { type: 'open', text } : undefined;
    } catch {
      return undefined;
    }
  },
  exportItems: (q, kit) => [kit.essay(q.id, kit.stem(q.prompt), q.model, q.rubric, q.wordLimit)],
};
