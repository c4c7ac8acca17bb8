import { type CollectionEntry, getCollection } from 'astro:content';
import { countWords, mdxBodyParagraphs, mdxTermIds, readingMinutes } from '../lib/article';
import { checkContent, type ContentInput } from '../lib/content-check';
import { readLessonSource } from '../lib/lesson-source';
import { ContentReferenceError } from '../lib/references';

/** A lesson with the values computed from its text. */
export interface LessonInfo {
  entry: CollectionEntry<'lessons'>;
  /** Plain text of each article paragraph, in order. */
  paragraphs: string[];
  /** Words in the article body. */
  words: number;
  /** Minutes to read, rounded up. */
  minutes: number;
}

/** All content of the site, checked for broken references. */
export interface SiteContent {
  lessons: LessonInfo[];
  glossary: CollectionEntry<'glossary'>[];
  /** Per-lesson notes on glossary terms, by lesson id. */
  lessonTerms: CollectionEntry<'lessonTerms'>[];
  sources: Map<string, CollectionEntry<'sources'>>;
  skills: CollectionEntry<'skills'>[];
  timeline: CollectionEntry<'timeline'>[];
  timelineTags: CollectionEntry<'timelineTags'>[];
  notes: CollectionEntry<'notes'>[];
  claims: CollectionEntry<'claims'>[];
  guides: CollectionEntry<'guides'>[];
  quizzes: CollectionEntry<'quizzes'>[];
  /** Teacher plans (core path), by lesson id. */
  plans: CollectionEntry<'plans'>[];
  maps: CollectionEntry<'maps'>[];
  /** Lateral-reading tasks, by lesson id. */
  lateral: CollectionEntry<'lateral'>[];
}

const fileOf = (entry: { id: string; filePath?: string | undefined; collection: string }): string =>
  entry.filePath ?? `content/${entry.collection}/${entry.id}`;

/** The last path segment of a nested id ("lesson/crocus-attack" → "crocus-attack"). */
export const slugOf = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

async function load(): Promise<SiteContent> {
  const [
    lessons,
    glossary,
    lessonTerms,
    sources,
    skills,
    timeline,
    timelineTags,
    notes,
    claims,
    guides,
    quizzes,
    plans,
    maps,
    lateral,
  ] = await Promise.all([
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('lessonTerms'),
    getCollection('sources'),
    getCollection('skills'),
    getCollection('timeline'),
    getCollection('timelineTags'),
    getCollection('notes'),
    getCollection('claims'),
    getCollection('guides'),
    getCollection('quizzes'),
    getCollection('plans'),
    getCollection('maps'),
    getCollection('lateral'),
  ]);
  const lessonInfos = lessons
    .map((entry): LessonInfo => {
      const paragraphs = mdxBodyParagraphs(entry.body ?? '');
      const words = countWords(paragraphs);
      return { entry, paragraphs, words, minutes: readingMinutes(words) };
    })
    .sort(
      (a, b) => b.entry.data.published.localeCompare(a.entry.data.published) || a.entry.id.localeCompare(b.entry.id),
    );

  const plain = <D>(xs: { id: string; filePath?: string | undefined; collection: string; data: D }[]) =>
    xs.map((x) => ({ id: x.id, file: fileOf(x), data: x.data }));
  const input: ContentInput = {
    lessons: lessonInfos.map(({ entry, paragraphs }) => ({
      id: entry.id,
      file: fileOf(entry),
      data: entry.data,
      paragraphs,
      termIds: mdxTermIds(entry.body ?? ''),
      // The same file `npm run check:content` reads: the article-integrity check runs on every build.
      source: readLessonSource(fileOf(entry), entry.data.sourceFile),
    })),
    glossary: plain(glossary),
    lessonTerms: plain(lessonTerms),
    sources: plain(sources),
    skills: plain(skills),
    timeline: timeline.map((e) => ({ id: e.id, file: fileOf(e), data: e.data, slug: slugOf(e.id) })),
    timelineTags: plain(timelineTags),
    notes: notes.map((n) => ({ id: n.id, file: fileOf(n), data: n.data, termIds: mdxTermIds(n.body ?? '') })),
    claims: plain(claims),
    guides: plain(guides),
    quizzes: plain(quizzes),
    plans: plain(plans),
    maps: plain(maps),
    lateral: plain(lateral),
  };
  const problems = checkContent(input);
  if (problems.length > 0) throw new ContentReferenceError(problems);

  return {
    lessons: lessonInfos,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })),
    lessonTerms,
    sources: new Map(sources.map((s) => [s.id, s])),
    skills,
    timeline,
    timelineTags,
    notes,
    claims,
    guides,
    quizzes,
    plans,
    maps,
    lateral,
  };
}

let cached: Promise<SiteContent> | undefined;

/**
 * Loads and checks all content once per build. Every page calls this, so a broken reference
 * fails the build with the checker's message before any page is written.
 */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

/** Static paths for a page built once per lesson: `[slug]` is the lesson id, and the lesson is the prop. */
export async function lessonPaths(): Promise<{ params: { slug: string }; props: { lesson: LessonInfo } }[]> {
  const site = await getSiteContent();
  return site.lessons.map((lesson) => ({ params: { slug: lesson.entry.id }, props: { lesson } }));
}
