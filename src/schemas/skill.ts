import { z } from 'zod';
import { idSchema } from './common';

/** One reading skill that quiz questions practise (an entry of `content/skills.yaml`). */
export const skillSchema = z.strictObject({
  /** Stable id used by quiz questions and per-skill results. */
  id: idSchema,
  /** Short label shown in results. */
  label: z.string().min(1),
  /** One sentence explaining the skill to a student. */
  description: z.string().min(1),
});

export type Skill = z.infer<typeof skillSchema>;
