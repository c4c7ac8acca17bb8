import en from '../i18n/en.json';
import { t, type UiKey } from '../i18n';
import type { ContentIndex } from '../lib/assignment';
import { claimSortHref } from './claim-sort';
import { lessonLinkUrl, type CartridgeLesson } from '../lib/exports/cartridge';
import type { ExportSet } from '../lib/exports/common';
import { plainText } from '../lib/answer-text';
import { termUsage } from '../lib/term-usage';
import { buildTermIndex } from '../lib/terms';
import { href, lessonHref } from './paths';
import { lessonQuizzes, quizDataHref } from './quizzes';
import { getSiteContent, slugOf, type LessonInfo } from './site';

/** UI strings whose keys start with `P`, looked up at build time so islands ship no string table. */
export type Labels<P extends string> = Record<Extract<UiKey, `${P}${string}`>, string>;

/** Every UI string under one of the given key prefixes (e.g. `assign.`). */
export function labelsFor<P extends string>(...prefixes: P[]): Labels<P> {
  const keys = (Object.keys(en) as UiKey[]).filter((key) => prefixes.some((p) => key.startsWith(p)));
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Labels<P>;
}

/** One question set of a lesson, in reading order, as the teacher pages list it. */
export interface TeachSet {
  /** Set id (its file name). */
  id: string;
  /** Set title. */
  title: string;
  /** The paragraph it follows in the article, if it is embedded there. */
  after: number | null;
  /** A label that tells sets with the same title apart ("…, after ¶2 (2 questions)"). */
  label: string;
  /** The questions: id and prompt as plain text. */
  questions: { id: string; prompt: string }[];
}

/** A lesson as the teacher pages need it. */
export interface TeachLesson {
  /** Lesson id. */
  id: string;
  /** Headline. */
  title: string;
  /** URL of the lesson page. */
  href: string;
  /** URL of its quiz data (the questions, for the assignment and results islands). */
  data: string;
  /** Its question sets in reading order: embedded ones by paragraph, then end-of-lesson ones. */
  sets: TeachSet[];
  /** URL of its "Check it yourself" claims and key (`claims.json`), or null when it has no claims. */
  claims: string | null;
}

/** Every lesson with question sets, newest first. */
export async function teachLessons(): Promise<TeachLesson[]> {
  const site = await getSiteContent();
  const lessons = await Promise.all(
    site.lessons.map(async (lesson): Promise<TeachLesson> => {
      const { embedded, end } = await lessonQuizzes(lesson);
      const sets = [...embedded.flatMap(([, s]) => s), ...end].map((set): TeachSet => {
        const n = set.data.questions.length;
        const after = set.data.after ?? null;
        return {
          id: slugOf(set.id),
          title: set.data.title,
          after,
          label:
            after === null
              ? t('teach.setLabel', { title: set.data.title, n })
              : t('teach.setLabelAfter', { title: set.data.title, after, n }),
          questions: set.data.questions.map((q) => ({ id: q.id, prompt: plainText(q.prompt) })),
        };
      });
      return {
        id: lesson.entry.id,
        title: lesson.entry.data.title,
        href: lessonHref(lesson.entry.id),
        data: quizDataHref(lesson.entry.id),
        sets,
        claims: site.claims.some((c) => c.data.lesson === lesson.entry.id && c.data.claims.length > 0)
          ? claimSortHref(lesson.entry.id)
          : null,
      };
    }),
  );
  return lessons.filter((l) => l.sets.length > 0);
}

/** What assignment links are checked against: each lesson's sets and their question ids. */
export function contentIndex(lessons: readonly TeachLesson[]): ContentIndex {
  return {
    lessons: lessons.map((l) => ({
      id: l.id,
      sets: l.sets.map((s) => ({ id: s.id, questions: s.questions.map((q) => q.id) })),
    })),
  };
}

/** A lesson's question sets as the LMS exports take them, in reading order. */
export async function exportSets(lesson: LessonInfo): Promise<ExportSet[]> {
  const { embedded, end } = await lessonQuizzes(lesson);
  return [...embedded.flatMap(([, s]) => s), ...end].map((set) => ({
    lesson: lesson.entry.id,
    lessonTitle: lesson.entry.data.title,
    id: slugOf(set.id),
    title: set.data.title,
    description: set.data.description,
    questions: set.data.questions,
    paragraphs: lesson.paragraphs,
  }));
}

/** Static paths for a file built once per question set of every lesson (the GIFT and QTI exports). */
export async function exportSetPaths(): Promise<
  { params: { slug: string; set: string }; props: { set: ExportSet } }[]
> {
  const site = await getSiteContent();
  const all = await Promise.all(site.lessons.map((lesson) => exportSets(lesson)));
  return all.flat().map((set) => ({ params: { slug: set.lesson, set: set.id }, props: { set } }));
}

/** Static paths for the Common Cartridge of every lesson with question sets. */
export async function cartridgePaths(): Promise<{ params: { slug: string }; props: { lesson: CartridgeLesson } }[]> {
  const site = await getSiteContent();
  const all = await Promise.all(
    site.lessons.map(async (lesson) => ({
      id: lesson.entry.id,
      title: lesson.entry.data.title,
      // Absolute when the site's `site` URL is configured (astro.config.mjs), so the link works from an LMS.
      url: lessonLinkUrl(lessonHref(lesson.entry.id), import.meta.env.SITE),
      sets: await exportSets(lesson),
    })),
  );
  return all.filter((l) => l.sets.length > 0).map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}

/** The file formats of a question set's exports (the file name's ending). */
export type ExportFormat = 'gift' | 'qti.zip' | 'moodle.xml' | 'blackboard.txt';

/** The URL of a set's export in a format. */
export const exportHref = (lesson: string, set: string, format: ExportFormat): string =>
  href(`lessons/${lesson}/exports/${set}.${format}`);

/** The URL of a lesson's Common Cartridge. */
export const cartridgeHref = (lesson: string): string => href(`lessons/${lesson}/exports/lesson.imscc`);

/** The URLs of a lesson's printable worksheet and answer key. */
export const worksheetHref = (lesson: string): string => href(`lessons/${lesson}/worksheet/`);
/** The URL of a lesson's answer key. */
export const answerKeyHref = (lesson: string): string => href(`lessons/${lesson}/answer-key/`);

/** A glossary term explained on the worksheet, after the paragraph it first appears in. */
export interface WorksheetTerm {
  /** Glossary id. */
  id: string;
  /** The term. */
  term: string;
  /** Its expansion, if it is an abbreviation. */
  expansion: string;
  /** The short definition. */
  short: string;
}

/**
 * The glossary terms of a lesson grouped by the paragraph they are first marked in (as the
 * lesson page marks them), so a worksheet can explain each one once, right after that paragraph.
 */
export async function termsByParagraph(lesson: LessonInfo): Promise<Map<number, WorksheetTerm[]>> {
  const site = await getSiteContent();
  const index = buildTermIndex(site.glossary.map((g) => ({ id: g.id, aliases: g.data.aliases })));
  const usage = termUsage(lesson.entry.body ?? '', index, lesson.entry.data.markTerms);
  const byParagraph = new Map<number, WorksheetTerm[]>();
  for (const [id, paragraphs] of usage) {
    const first = paragraphs[0];
    const entry = site.glossary.find((g) => g.id === id);
    if (first === undefined || !entry) continue;
    const term = { id, term: entry.data.term, expansion: entry.data.expansion, short: entry.data.short };
    byParagraph.set(first, [...(byParagraph.get(first) ?? []), term]);
  }
  for (const terms of byParagraph.values()) terms.sort((a, b) => a.term.localeCompare(b.term, 'en'));
  return byParagraph;
}
