import { z } from 'zod';
import { idSchema, paragraphSchema } from './common';

/** The question types the quiz engine can score. */
export const questionTypes = ['single', 'multiple', 'truefalse', 'categorise', 'order', 'evidence'] as const;

/** An answer choice with its own explanation. */
const choiceSchema = z.strictObject({
  /** The text shown to the student. */
  text: z.string().min(1),
  /** Whether choosing it is right. */
  correct: z.boolean().default(false),
  /** Why it is right or wrong, citing the paragraph that supports it (or, if none does, resting on the question's sources). */
  explanation: z.string().min(1),
});

/** Fields every question has. */
const baseQuestion = {
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

/** One correct answer among several. */
const singleSchema = z.strictObject({
  ...baseQuestion,
  /** Question type. */
  type: z.literal('single'),
  /** The choices, exactly one correct. */
  options: z.array(choiceSchema).min(2),
});

/** Choose all that apply; partial credit is right picks minus wrong picks over the number of right answers. */
const multipleSchema = z.strictObject({
  ...baseQuestion,
  /** Question type. */
  type: z.literal('multiple'),
  /** The choices, one or more correct. */
  options: z.array(choiceSchema).min(2),
});

/** True or false, then a reason: half the credit for each. */
const trueFalseSchema = z.strictObject({
  ...baseQuestion,
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
  why: z.array(choiceSchema).min(2),
});

/** Sort items into buckets; credit is the share of items placed right. */
const categoriseSchema = z.strictObject({
  ...baseQuestion,
  /** Question type. */
  type: z.literal('categorise'),
  /** The buckets items are sorted into. */
  buckets: z
    .array(
      z.strictObject({
        /** Bucket id, referenced by items. */
        id: idSchema,
        /** Label shown to students. */
        label: z.string().min(1),
      }),
    )
    .min(2),
  /** The items to sort. */
  items: z
    .array(
      z.strictObject({
        /** Text of the item. */
        text: z.string().min(1),
        /** Id of the right bucket. */
        bucket: idSchema,
        /** Why it belongs there. */
        explanation: z.string().min(1),
      }),
    )
    .min(2),
});

/** Put events in order; credit is the share of pairs in the right relative order. */
const orderSchema = z.strictObject({
  ...baseQuestion,
  /** Question type. */
  type: z.literal('order'),
  /** The items, authored in the correct order; the quiz shuffles them. */
  items: z
    .array(
      z.strictObject({
        /** Text of the item. */
        text: z.string().min(1),
        /** Timeline event id this item links to. */
        event: idSchema.optional(),
        /** Why it goes where it goes (its date). */
        explanation: z.string().min(1),
      }),
    )
    .min(3),
});

/** Pick the paragraph that supports or contradicts a claim. */
const evidenceSchema = z.strictObject({
  ...baseQuestion,
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
        paragraph: paragraphSchema,
        /** Whether it is the right one. */
        correct: z.boolean().default(false),
        /** Why it is right or wrong. */
        explanation: z.string().min(1),
      }),
    )
    .min(2),
});

/** Any question. */
export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  categoriseSchema,
  orderSchema,
  evidenceSchema,
]);

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

export type Question = z.infer<typeof questionSchema>;
export type QuizSet = z.infer<typeof quizSetSchema>;
export type Choice = z.infer<typeof choiceSchema>;
