import type { Claim, Speaker } from '../schemas/claims';
import type { GlossaryData, LessonTerms } from '../schemas/glossary';
import type { Guide } from '../schemas/guide';
import type { LessonData } from '../schemas/lesson';
import type { NoteData } from '../schemas/note';
import type { QuizSet } from '../schemas/quiz';
import type { Skill } from '../schemas/skill';
import type { Source } from '../schemas/source';
import type { TimelineData, TimelineTagsFile } from '../schemas/timeline';

/** A loaded content entry with the file it came from. */
export interface Entry<T> {
  /** Collection id. */
  id: string;
  /** Path of the file relative to the project root, for error messages. */
  file: string;
  /** Validated data. */
  data: T;
}

/** The shape of a lesson's claims file. */
export interface ClaimsFileShape {
  lesson: string;
  speakers: Speaker[];
  claims: Claim[];
}

/** Everything the content checker needs, as plain data (no Astro imports). */
export interface ContentInput {
  lessons: (Entry<LessonData> & { paragraphs: string[]; termIds: string[] })[];
  glossary: Entry<GlossaryData>[];
  /** Each lesson's notes on glossary terms; the id is the lesson's slug, from the file name. */
  lessonTerms: Entry<LessonTerms>[];
  sources: Entry<Source>[];
  skills: Entry<Skill>[];
  timeline: (Entry<TimelineData> & { slug: string })[];
  /** Each lesson's declared timeline topics (`content/timeline/<lesson>.yaml`). */
  timelineTags: Entry<TimelineTagsFile>[];
  notes: Entry<NoteData>[];
  claims: Entry<ClaimsFileShape>[];
  guides: Entry<Guide>[];
  quizzes: Entry<QuizSet>[];
}
