import { z } from 'zod';
import { idSchema } from './common';

/** One step of the lesson as taught, in the order it happens in class. */
const planStepSchema = z.strictObject({
  /** A few words naming the step, e.g. "Read the article". */
  title: z.string().min(1),
  /** Minutes the step takes in class. */
  minutes: z.int().min(1).max(60),
  /** What the teacher and the students do, in one or two sentences. */
  what: z.string().min(1),
});

/** One standard the lesson works towards. */
const planStandardSchema = z.strictObject({
  /** The standard's code as its framework writes it, e.g. "RI.9-10.8", or a skill's name. */
  code: z.string().min(1),
  /** The framework, e.g. "Common Core ELA" or "Civic Online Reasoning". */
  framework: z.string().min(1),
  /** How this lesson practises it, in plain words. */
  how: z.string().min(1),
});

/** An answer the teacher listens for in discussion or reads for in written work. */
const planLookForSchema = z.strictObject({
  /** The question or task the answer belongs to, in a few words. */
  about: z.string().min(1),
  /** What a good answer says or does. */
  answer: z.string().min(1),
});

/** A mistake students often make in this lesson, with how to correct it. */
const planMisconceptionSchema = z.strictObject({
  /** The mistaken belief, as a student might put it. */
  belief: z.string().min(1),
  /** Why it is wrong and what helps, resting on the lesson's sources. */
  correction: z.string().min(1),
});

/**
 * A lesson's teacher plan (`content/lessons/<slug>.plan.yaml`, beside the lesson): the core path
 * for one class period and what the plan page at /lessons/<slug>/plan/ shows. Everything not
 * listed as core is the extended path.
 */
export const planSchema = z.strictObject({
  /** Length of the class period the core path is planned for, in minutes; the steps must fit in it. */
  period: z.int().min(10).max(120),
  /** What students will be able to do after the lesson, each starting with a verb. */
  objectives: z.array(z.string().min(1)).min(1),
  /** The steps of the core path with their minutes, in class order. */
  steps: z.array(planStepSchema).min(1),
  /** Ids of the skills the core path practises (content/skills.yaml). */
  skills: z.array(idSchema).min(1),
  /** Standards the lesson is aligned with: Common Core codes and Civic Online Reasoning skills. */
  standards: z.array(planStandardSchema).min(1),
  /** The core path's content, by id; everything else of the lesson is extended. */
  core: z.strictObject({
    /** Glossary ids of the core terms (content/glossary/<id>.md). */
    terms: z.array(idSchema).min(1),
    /** Ids of the core margin notes (content/notes/<lesson>/<id>.md, without the folder). */
    notes: z.array(idSchema).min(1),
    /** Ids of the core questions, of any type, from the lesson's question sets. */
    questions: z.array(idSchema).min(1),
  }),
  /** Answers to look for, for the tasks and discussion the answer key does not cover. */
  lookFor: z.array(planLookForSchema).min(1),
  /** Common misconceptions and how to correct them. */
  misconceptions: z.array(planMisconceptionSchema).min(1),
});

export type Plan = z.infer<typeof planSchema>;
