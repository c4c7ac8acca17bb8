import { z } from 'zod';
import { questionModules, type Answer } from '../lib/questions';
import type { AnswerKit } from '../lib/questions/types';

const kit: AnswerKit = { z, index: z.int().min(0) };

/**
 * A learner's answer to one quiz question, as stored on the device and carried in links and
 * result codes. Indices refer to options and items in AUTHORED order, so a shuffled display never
 * changes what an answer means. Each type's part comes from its module (`src/lib/questions/`).
 * The browser checks answers with the hand-written `answerShapeError` in `src/lib/quiz.ts` (zod
 * would double the quiz island); a unit test keeps that check and this schema in agreement.
 */
export const answerSchema = z.discriminatedUnion(
  'type',
  questionModules.map((m) => m.answerSchema(kit)) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Answer>;
