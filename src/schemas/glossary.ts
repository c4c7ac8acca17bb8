import { z } from 'zod';
import { idSchema, sourceRefsSchema } from './common';

/** Glossary categories, used by the glossary page filter. */
export const glossaryCategories = ['organisation', 'person', 'place', 'concept', 'news-literacy'] as const;

/** Popover definitions must stay short enough to read without scrolling on a phone. */
export const SHORT_DEFINITION_MAX_WORDS = 40;

/**
 * Frontmatter of a glossary entry (`content/glossary/<id>.md`); the body is the long explanation.
 * Entries are shared by every lesson; why a term matters to one article is in that lesson's
 * `<slug>.terms.yaml` ({@link lessonTermsSchema}).
 */
export const glossarySchema = z.strictObject({
  /** The headword as students will see it. */
  term: z.string().min(1),
  /** The full name or expansion of an abbreviation. */
  expansion: z.string().min(1),
  /** Every exact, case-sensitive surface form that marks this term in lesson text. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Which kind of thing this entry describes. */
  category: z.enum(glossaryCategories),
  /** Popover definition, at most 40 words. */
  short: z
    .string()
    .min(1)
    .refine((s) => s.trim().split(/\s+/).length <= SHORT_DEFINITION_MAX_WORDS, {
      message: `must be at most ${SHORT_DEFINITION_MAX_WORDS} words`,
    }),
  /** Ids of related glossary entries. */
  related: z.array(idSchema).default([]),
  /** Ids of the sources that back this entry. */
  sources: sourceRefsSchema,
});

export type GlossaryData = z.infer<typeof glossarySchema>;

/** Per-lesson notes on glossary terms (`content/lessons/<slug>.terms.yaml`, beside the lesson). */
export const lessonTermsSchema = z.strictObject({
  /** Why each term matters for this lesson's article, by glossary id; shown under "Why it matters". */
  why: z.record(idSchema, z.string().min(1)),
});

export type LessonTerms = z.infer<typeof lessonTermsSchema>;
