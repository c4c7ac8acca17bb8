import { z } from 'zod';

const index = z.int().min(0);

/**
 * A learner's answer to one quiz question, as stored on the device and carried in links and
 * result codes. Indices refer to options and items in AUTHORED order, so a shuffled display never
 * changes what an answer means. The browser checks answers with the hand-written
 * `answerShapeError` in `src/lib/quiz.ts` (zod would double the quiz island); a unit test keeps
 * that check and this schema in agreement.
 */
export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({
    /** Single choice. */
    type: z.literal('single'),
    /** Index of the chosen option. */
    choice: index,
  }),
  z.strictObject({
    /** Multiple select. */
    type: z.literal('multiple'),
    /** Indices of the ticked options, ascending. */
    choices: z.array(index),
  }),
  z.strictObject({
    /** True or false with a reason. */
    type: z.literal('truefalse'),
    /** The true/false choice; null until chosen. */
    value: z.boolean().nullable(),
    /** Index of the chosen reason; null until chosen. */
    why: index.nullable(),
  }),
  z.strictObject({
    /** Sort into buckets. */
    type: z.literal('categorise'),
    /** For each item, the index of the chosen bucket; null until chosen. */
    buckets: z.array(index.nullable()),
  }),
  z.strictObject({
    /** Put in order. */
    type: z.literal('order'),
    /** Item indices from first to last as arranged. */
    order: z.array(index),
  }),
  z.strictObject({
    /** Find the evidence. */
    type: z.literal('evidence'),
    /** Index of the chosen paragraph option. */
    choice: index,
  }),
]);

export type AnswerShape = z.infer<typeof answerSchema>;
