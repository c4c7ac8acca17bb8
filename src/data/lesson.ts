import type { CollectionEntry } from 'astro:content';
import { getSiteContent, type LessonInfo } from './site';

/** A margin note with its display number and rendered body. */
export interface NumberedNote {
  number: number;
  entry: CollectionEntry<'notes'>;
  html: string;
}

/** The lesson's notes in reading order (paragraph, then position of the anchor), numbered from 1. */
export async function lessonNotes(lesson: LessonInfo): Promise<NumberedNote[]> {
  const site = await getSiteContent();
  return site.notes
    .filter((n) => n.data.lesson === lesson.entry.id)
    .map((entry) => ({
      entry,
      at: lesson.paragraphs[entry.data.paragraph - 1]?.indexOf(entry.data.anchor) ?? -1,
    }))
    .sort((a, b) => a.entry.data.paragraph - b.entry.data.paragraph || a.at - b.at)
    .map(({ entry }, i) => ({ number: i + 1, entry, html: entry.rendered?.html ?? '' }));
}
