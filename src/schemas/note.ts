import { z } from 'zod';
import { idSchema, paragraphSchema, sourceRefsSchema } from './common';

/** Frontmatter of a margin note (`content/notes/<lesson>/<id>.md`); the body is the note text. */
export const noteSchema = z.strictObject({
  /** Id of the lesson the note annotates. */
  lesson: idSchema,
  /** Paragraph number the note is anchored in. */
  paragraph: paragraphSchema,
  /** Exact text of the paragraph after which the note marker appears. */
  anchor: z.string().min(1),
  /** A few words naming what the note is about. */
  title: z.string().min(1),
  /** Ids of the sources that back the note. */
  sources: sourceRefsSchema,
});

export type NoteData = z.infer<typeof noteSchema>;
