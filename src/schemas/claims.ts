import { z } from 'zod';
import { idSchema, paragraphSchema, sourceRefsSchema } from './common';

/** Who a claim comes from; glossary ids except `outlet`, the article's own voice. */
export const claimSpeakers = ['shoigu', 'patrushev', 'mujahid', 'taliban', 'tass', 'outlet'] as const;
/** What sort of claim it is. */
export const claimKinds = ['statement', 'forecast', 'estimate', 'characterisation', 'fact'] as const;
/** How the claim stands against the evidence. */
export const claimStatuses = ['supported', 'contradicted', 'unverified', 'outdated'] as const;

/** One tagged claim in the article. */
export const claimSchema = z.strictObject({
  /** Stable id, unique within the lesson. */
  id: idSchema,
  /** Paragraph the claim is in. */
  paragraph: paragraphSchema,
  /** Exact text of the claim as it appears in the paragraph. */
  quote: z.string().min(1),
  /** Who makes the claim. */
  speaker: z.string().min(1),
  /** Statement, forecast, estimate, characterisation or checkable fact. */
  kind: z.enum(claimKinds),
  /** Supported, contradicted, unverified or outdated. */
  status: z.enum(claimStatuses),
  /** What the evidence says, in a sentence or two. */
  evidence: z.string().min(1),
  /** Ids of the sources for the evidence. */
  sources: sourceRefsSchema,
});

/** The claims file of a lesson (`content/claims/<lesson>.yaml`). */
export const claimsFileSchema = z.strictObject({
  /** Id of the lesson. */
  lesson: idSchema,
  /** The claims, in reading order. */
  claims: z.array(claimSchema).min(1),
});

export type Claim = z.infer<typeof claimSchema>;
