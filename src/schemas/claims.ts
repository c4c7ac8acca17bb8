import { z } from 'zod';
import { claimKinds, claimVerdicts } from '../lib/claim-sort';
import { idSchema, paragraphSchema, sourceRefsSchema } from './common';

/**
 * What sort of claim it is: fact, forecast, estimate, opinion or characterisation, the five kinds a
 * student sorts claims into in "Check it yourself" (issue 17). An official's judgement is an
 * `opinion`; a label or summary that frames something is a `characterisation`. The lists live in
 * `src/lib/claim-sort.ts`, which the browser island imports without zod.
 */
export { claimKinds, claimVerdicts } from '../lib/claim-sort';
/** How the claim stands against the evidence overall (the table marks `outdated` beside its verdict). */
export const claimStatuses = ['supported', 'contradicted', 'unverified', 'outdated'] as const;

/**
 * One voice in the article, declared by the lesson's claims file. Its place in the list picks
 * its colour and line style in the "Who is speaking?" layer (see `src/lib/speakers.ts`).
 */
export const speakerSchema = z
  .strictObject({
    /** Id the claims use in `speaker`, unique within the file, e.g. `mayor` or `outlet`. */
    id: idSchema,
    /** Glossary id of the person or group; its headword is the label unless `label` is given. */
    glossary: idSchema.optional(),
    /** Text shown in the legend, the claim labels and the claims table, e.g. "The newspaper itself". */
    label: z.string().min(1).optional(),
  })
  .refine((s) => s.glossary !== undefined || s.label !== undefined, {
    message: 'give the speaker a `glossary` id (its headword becomes the label) or a plain `label`',
  });

/** One tagged claim in the article. */
export const claimSchema = z.strictObject({
  /** Stable id, unique within the lesson. */
  id: idSchema,
  /** Paragraph the claim is in. */
  paragraph: paragraphSchema,
  /** Exact text of the claim as it appears in the paragraph. */
  quote: z.string().min(1),
  /** Id of one of the speakers declared at the top of this file. */
  speaker: idSchema,
  /** Checkable fact, forecast, estimate, opinion or characterisation. */
  kind: z.enum(claimKinds),
  /** Supported, contradicted, unverified or outdated: the overall verdict (outdated: true then, not now). */
  status: z.enum(claimStatuses),
  /**
   * "Was it said?": did the speaker really say it, as the article reports? For the outlet's own
   * voice the article itself is the record, so `supported`. Supported, contradicted or cant-tell.
   */
  wasSaid: z.enum(claimVerdicts),
  /**
   * "Is it true?": does the evidence support what the claim says (as of when it was said)?
   * Supported, contradicted or cant-tell (an opinion or forecast the evidence cannot settle yet).
   */
  isTrue: z.enum(claimVerdicts),
  /** What the evidence says, in a sentence or two. */
  evidence: z.string().min(1),
  /** Ids of the sources for the evidence. */
  sources: sourceRefsSchema,
});

/** The claims file of a lesson (`content/claims/<lesson>.yaml`). */
export const claimsFileSchema = z.strictObject({
  /** Id of the lesson. */
  lesson: idSchema,
  /** Everyone the claims come from, the article's own voice included, in legend order. */
  speakers: z.array(speakerSchema).min(1),
  /** The claims, in reading order. */
  claims: z.array(claimSchema).min(1),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type { ClaimKind, ClaimVerdict } from '../lib/claim-sort';
