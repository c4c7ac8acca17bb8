import { z } from 'zod';
import { idSchema } from './common';

/** A search a lateral reader would run. */
const searchSchema = z.strictObject({
  /** What to type. */
  query: z.string().min(1),
  /** Where to look. */
  where: z.string().min(1),
  /** What the search would settle. */
  why: z.string().min(1),
  /**
   * Words that would give the answer away; the content check fails if `query` contains one
   * (whole word, any case), so the suggested search stays neutral.
   */
  answerTerms: z.array(z.string().min(1)).optional(),
});

/** A source professionals used to check the article. */
const professionalSchema = z.strictObject({
  /** Source id. */
  source: idSchema,
  /** What the source lets you check. */
  what: z.string().min(1),
});

/** Before- and after-reading activities of a lesson (`content/guides/<lesson>.yaml`). */
export const guideSchema = z.strictObject({
  /** Id of the lesson. */
  lesson: idSchema,
  /** Background a student needs before reading. */
  needToKnow: z.string().min(1),
  /** Questions to keep in mind while reading. */
  guidingQuestions: z.array(z.string().min(1)).min(1),
  /** Prompts for discussion after reading. */
  discussion: z.array(z.string().min(1)).min(1),
  /** The lateral-reading task. */
  lateral: z.strictObject({
    /** What the student is asked to do. */
    task: z.string().min(1),
    /** Searches to run. */
    searches: z.array(searchSchema).min(1),
    /** What evidence would change your mind. */
    changeMind: z.string().min(1),
    /** Where professionals checked. */
    professionals: z.array(professionalSchema).min(1),
  }),
});

export type Guide = z.infer<typeof guideSchema>;
