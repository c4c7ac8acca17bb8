import { z } from 'zod';
import { partialDateSchema, sourceRefsSchema } from './common';

/** Frontmatter of a lesson (`content/lessons/<slug>.mdx`); the body is the article, word for word. */
export const lessonSchema = z.strictObject({
  /** The article's headline exactly as published. */
  title: z.string().min(1),
  /** Name of the news outlet. */
  outlet: z.string().min(1),
  /** Address of the original article. */
  url: z.url(),
  /** Publication date at known precision; never more precise than the evidence. */
  published: partialDateSchema,
  /** The dateline exactly as printed, e.g. "VANCOUVER, CANADA". */
  dateline: z.string().min(1),
  /** The photo credit exactly as printed, without the "Photo:" prefix. */
  photoCredit: z.string().min(1).optional(),
  /** File name (next to the lesson) of the verbatim primary-source text. */
  sourceFile: z.string().regex(/\.txt$/, 'must name a .txt file next to the lesson'),
  /** Topic tags shown on the home page. */
  topics: z.array(z.string().min(1)).min(1),
  /** Intended readers, e.g. "Ages 14–18". */
  readingLevel: z.string().min(1),
  /** One-sentence summary for the home page and search. */
  summary: z.string().min(1),
  /** Learning objectives, each starting with a verb. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Source ids the lesson cites in its source card. */
  sources: sourceRefsSchema,
  /** Turns automatic glossary marking off for the whole lesson. */
  markTerms: z.boolean().default(true),
});

export type LessonData = z.infer<typeof lessonSchema>;
