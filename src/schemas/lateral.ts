import { z } from 'zod';
import { idSchema, sourceRefsSchema } from './common';

/**
 * One entry of a task's simulated search-results page: a stored source, with what it says. Give
 * exactly one of `quote` and `summary`: a quote is shown as the source's own words, so it must be
 * words the source really uses (as the fact sheet or the source file records them); anything else
 * is a summary, and the page labels it as one.
 */
export const lateralResultSchema = z
  .strictObject({
    /** Id of a source in content/sources/ (its title, publisher, address and `accessed` date are shown). */
    source: idSchema,
    /** A short excerpt in the source's own words, shown in quotation marks. Only words the source uses. */
    quote: z.string().min(1).optional(),
    /** A one-line neutral description of what the source says, shown labelled as a summary. */
    summary: z.string().min(1).optional(),
  })
  .refine((r) => (r.quote === undefined) !== (r.summary === undefined), {
    message:
      'give exactly one of "quote" (the source\'s own words, as the fact sheet or source file records them) ' +
      'or "summary" (a one-line description in your words)',
  });

/** One lateral-reading task: a claim of the lesson the student checks by leaving the article. */
export const lateralTaskSchema = z.strictObject({
  /** Stable id, unique within the file; the student's answers are saved under it. */
  id: idSchema,
  /** Id of the claim checked, from the lesson's claims file (content/claims/<lesson>.yaml). */
  claim: idSchema,
  /** The question the student investigates, in plain words; it must not give the answer away. */
  question: z.string().min(1),
  /** Suggested searches to type; neutral, so none may contain a word of `answerTerms`. */
  searches: z.array(z.string().min(1)).min(1),
  /**
   * Words that would give the answer away (e.g. the right organisation's name). The content check
   * fails if a suggested search contains one (whole word, any case).
   */
  answerTerms: z.array(z.string().min(1)).min(1),
  /** The simulated results page, in the order shown; mix strong and weaker sources. */
  results: z.array(lateralResultSchema).min(2),
  /** The results Gloss would rely on first (each must be one of `results`), and why, in `finding`. */
  best: z.array(idSchema).min(1),
  /** Gloss's finding for the question, shown after the student has written theirs. */
  finding: z.string().min(1),
  /** Ids of the sources the finding rests on. */
  sources: sourceRefsSchema,
});

/** The lateral-reading tasks of a lesson (`content/lessons/<slug>.lateral.yaml`). */
export const lateralFileSchema = z.strictObject({
  /** What the student is asked to do, before the tasks (a sentence or two). */
  intro: z.string().min(1),
  /** Three to five tasks, in the order the student does them. */
  tasks: z.array(lateralTaskSchema).min(1).max(5),
});

export type LateralResult = z.infer<typeof lateralResultSchema>;
export type LateralTask = z.infer<typeof lateralTaskSchema>;
export type LateralFile = z.infer<typeof lateralFileSchema>;
