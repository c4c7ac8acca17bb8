import type { Claim, Speaker } from '../schemas/claims';
import type { GlossaryData, LessonTerms } from '../schemas/glossary';
import type { Guide } from '../schemas/guide';
import type { LateralFile } from '../schemas/lateral';
import type { LessonData } from '../schemas/lesson';
import type { MapData } from '../schemas/map';
import type { NoteData } from '../schemas/note';
import type { Plan } from '../schemas/plan';
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

/** The verbatim primary source a lesson names in `sourceFile`, as found on disk. */
export interface LessonSource {
  /** Path of the file the lesson names, relative to the project root, for messages. */
  file: string;
  /** Its text, or undefined when no such file exists. */
  text: string | undefined;
  /** Names of the `.txt` files next to the lesson, to suggest the right `sourceFile`. */
  available: string[];
}

/** Everything the content checker needs, as plain data (no Astro imports). */
export interface ContentInput {
  lessons: (Entry<LessonData> & { paragraphs: string[]; termIds: string[]; source: LessonSource })[];
  glossary: Entry<GlossaryData>[];
  /** Each lesson's notes on glossary terms; the id is the lesson's slug, from the file name. */
  lessonTerms: Entry<LessonTerms>[];
  sources: Entry<Source>[];
  skills: Entry<Skill>[];
  timeline: (Entry<TimelineData> & { slug: string })[];
  /** Each lesson's declared timeline topics (`content/timeline/<lesson>.yaml`). */
  timelineTags: Entry<TimelineTagsFile>[];
  /** Notes, with the `<Term id>`s used in their bodies. */
  notes: (Entry<NoteData> & { termIds: string[] })[];
  claims: Entry<ClaimsFileShape>[];
  guides: Entry<Guide>[];
  quizzes: Entry<QuizSet>[];
  /**
   * Each lesson's teacher plan (`content/lessons/<slug>.plan.yaml`); the id is the lesson's slug.
   * Optional because a lesson need not have one, and callers that build input by hand may leave it out.
   */
  plans?: Entry<Plan>[];
  /** Lesson maps (`content/maps/<lesson>.yaml`). */
  maps: Entry<MapData>[];
  /**
   * Each lesson's lateral-reading tasks (`content/lessons/<slug>.lateral.yaml`); the id is the
   * lesson's slug. Optional: a lesson need not have them, and hand-built inputs may leave it out.
   */
  lateral?: Entry<LateralFile>[];
}
