import { z } from 'zod';
import { idSchema, paragraphSchema, partialDateSchema, sourceRefsSchema } from './common';

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
  /** Ids of the topics this event is filed under, from the lesson's `content/timeline/<lesson>.yaml`. */
  tags: z.array(idSchema).min(1),
  /** Ids of the sources that back this event. */
  sources: sourceRefsSchema,
  /** Before, at, or after the article's moment. */
  relation: z.enum(timelineRelations),
  /** Article paragraphs this event explains. */
  paragraphs: z.array(paragraphSchema).default([]),
});

export type TimelineData = z.infer<typeof timelineSchema>;

/** One topic a lesson's timeline can be filtered by. */
export const timelineTagSchema = z.strictObject({
  /** Id the events use in `tags`, unique within the lesson, e.g. `roadworks`. */
  id: idSchema,
  /** Name shown in the topic filter and on each event, e.g. "Roadworks". */
  label: z.string().min(1),
});

/** The topics of a lesson's timeline (`content/timeline/<lesson>.yaml`, beside the events' folder). */
export const timelineTagsFileSchema = z.strictObject({
  /** Id of the lesson. */
  lesson: idSchema,
  /** Every topic the lesson's events may use, in the order the filter lists them. */
  tags: z.array(timelineTagSchema).min(1),
  /**
   * What the timeline's marker stands for, when the article gives no day and the marker takes the
   * day of the event it reports (a `relation: moment` event), e.g. "The speech the article reports".
   * Without it the marker says so in general words; never "The article", whose day is not known.
   */
  markerLabel: z.string().min(1).optional(),
});

export type TimelineTagsFile = z.infer<typeof timelineTagsFileSchema>;
