import { z } from 'zod';
import { questionModules, type Question } from '../lib/questions';
import type { SchemaKit } from '../lib/questions/types';
import { idSchema, paragraphSchema } from './common';

/** The question types the quiz engine can score. */
export { questionTypes } from '../lib/questions';

/** An answer choice with its own explanation. */
export const choiceSchema = z.strictObject({
  /** The text shown to the student. */
  text: z.string().min(1),
  /** Whether choosing it is right. */
  correct: z.boolean().default(false),
  /** Why it is right or wrong, citing the paragraph that supports it (or, if none does, resting on the question's sources). */
  explanation: z.string().min(1),
});

/** Fields every question has. */
export const baseQuestion = {
  /** Stable id, unique across all sets of a lesson; result codes refer to it. */
  id: idSchema,
  /** The question, in Markdown. */
  prompt: z.string().min(1),
  /** Skill ids this question practises. */
  skills: z.array(idSchema).min(1),
  /** Article paragraphs the question is about. */
  paragraphs: z.array(paragraphSchema).min(1),
  /** Source ids that back the explanations; shown with the feedback, and required when an explanation cites no paragraph. */
  sources: z.array(idSchema).default([]),
};

const kit: SchemaKit = { z, base: baseQuestion, choice: choiceSchema, id: idSchema, paragraph: paragraphSchema };

/**
 * Any question: one schema part per type, from the registry (`src/lib/questions/`). The cast
 * restores the registry's `Question` type, which zod cannot infer through a mapped list.
 */
export const questionSchema = z.discriminatedUnion(
  'type',
  questionModules.map((m) => m.schema(kit)) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Question>;

/** A question set (`content/quizzes/<lesson>/<set>.yaml`). */
export const quizSetSchema = z.strictObject({
  /** Id of the lesson. */
  lesson: idSchema,
  /** Heading shown above the set. */
  title: z.string().min(1),
  /** One sentence on what the set checks. */
  description: z.string().optional(),
  /** Embed the set right after this paragraph; omit it for a set on the lesson's questions page. */
  after: paragraphSchema.optional(),
  /** The questions, in order. */
  questions: z.array(questionSchema).min(1),
});

export type { Question } from '../lib/questions';
export type QuizSet = z.infer<typeof quizSetSchema>;
export type Choice = z.infer<typeof choiceSchema>;
