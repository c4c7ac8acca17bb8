import { z } from 'zod';

/** A kebab-case identifier used to cross-reference content (file names, glossary ids, skill ids). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/**
 * A calendar date written at the precision the evidence supports:
 * `YYYY` (year), `YYYY-MM` (month) or `YYYY-MM-DD` (day).
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A non-empty list of source ids; every factual item in Gloss cites at least one. */
export const sourceRefsSchema = z.array(idSchema).min(1, 'cite at least one source id from content/sources/');

/** A 1-based article paragraph number (¶N, anchor #pN). */
export const paragraphSchema = z.number().int().min(1);
