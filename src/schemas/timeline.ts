import { z } from 'zod';
import { idSchema, paragraphSchema, partialDateSchema, sourceRefsSchema } from './common';

/** Tags that the timeline can be filtered by. */
export const timelineTags = ['alliances', 'militant-groups', 'drugs', 'diplomacy', 'media', 'russia-taliban'] as const;

/** How an event stands in time relative to the lesson's article. */
export const timelineRelations = ['background', 'moment', 'after'] as const;

/** One timeline event (`content/timeline/<lesson>/<id>.yaml`). */
export const timelineSchema = z.strictObject({
  /** Id of the lesson this event belongs to. */
  lesson: idSchema,
  /** Start date; its form (YYYY, YYYY-MM, YYYY-MM-DD) is its precision. */
  date: partialDateSchema,
  /** End date of a span, same form as `date`. */
  end: partialDateSchema.optional(),
  /** True when the date is approximate or only "likely". */
  approximate: z.boolean().default(false),
  /** Short headline for the event. */
  title: z.string().min(1),
  /** One to three sentences describing the event. */
  summary: z.string().min(1),
  /** Glossary ids of the people and groups involved. */
  actors: z.array(idSchema).default([]),
  /** Filter tags. */
  tags: z.array(z.enum(timelineTags)).min(1),
  /** Ids of the sources that back this event. */
  sources: sourceRefsSchema,
  /** Before, at, or after the article's moment. */
  relation: z.enum(timelineRelations),
  /** Article paragraphs this event explains. */
  paragraphs: z.array(paragraphSchema).default([]),
});

export type TimelineData = z.infer<typeof timelineSchema>;
