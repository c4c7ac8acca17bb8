import type { CollectionEntry } from 'astro:content';
import en from '../i18n/en.json';
import { t } from '../i18n';
import { moduleOf } from '../lib/questions';
import type { QuizData, QuizLabelKey, QuizLabels } from '../lib/quiz-data';
import { sourceCitation } from '../lib/source-cite';
import { href, timelineHref } from './paths';
import { getSiteContent, slugOf, type LessonInfo } from './site';

/** A lesson's question sets by where they go on the page. */
export interface LessonQuizzes {
  /** Sets embedded in the article, grouped by the paragraph they follow, in article order. */
  embedded: [paragraph: number, sets: CollectionEntry<'quizzes'>[]][];
  /** Sets without `after`, shown in the "Questions" section after the article. */
  end: CollectionEntry<'quizzes'>[];
}

/** The lesson's question sets, each group in file-name order so the page is stable. */
export async function lessonQuizzes(lesson: LessonInfo): Promise<LessonQuizzes> {
  const site = await getSiteContent();
  const sets = site.quizzes.filter((q) => q.data.lesson === lesson.entry.id).sort((a, b) => a.id.localeCompare(b.id));
  const byParagraph = new Map<number, CollectionEntry<'quizzes'>[]>();
  for (const set of sets) {
    if (set.data.after === undefined) continue;
    byParagraph.set(set.data.after, [...(byParagraph.get(set.data.after) ?? []), set]);
  }
  return {
    embedded: [...byParagraph].sort(([a], [b]) => a - b),
    end: sets.filter((s) => s.data.after === undefined),
  };
}

/** The URL of a lesson's quiz data, which the quiz islands load once they are on screen. */
export const quizDataHref = (lessonId: string): string => href(`lessons/${lessonId}/quizzes.json`);

const isQuizKey = (key: string): key is QuizLabelKey => key.startsWith('quiz.');

/**
 * Everything the quiz islands of one lesson need, in one JSON file: the questions of every set,
 * the UI strings, skill labels, the text of paragraphs offered as evidence and cited sources.
 */
export async function quizData(lesson: LessonInfo): Promise<QuizData> {
  const site = await getSiteContent();
  const { embedded, end } = await lessonQuizzes(lesson);
  const sets = [...embedded.flatMap(([, s]) => s), ...end];
  const questions = sets.flatMap((s) => s.data.questions);
  const skillIds = new Set(questions.flatMap((q) => q.skills));
  // Paragraphs a question offers as options (evidence) travel with the data, so the options can quote them.
  const evidence = new Set(
    questions.flatMap((q) => (moduleOf(q).refs?.(q).paragraphs ?? []).flatMap(([, values]) => values)),
  );
  const sourceIds = new Set(questions.flatMap((q) => q.sources));
  return {
    lesson: lesson.entry.id,
    timeline: timelineHref(lesson.entry.id),
    labels: Object.fromEntries(
      Object.keys(en)
        .filter(isQuizKey)
        .map((key) => [key, t(key)]),
    ) as QuizLabels,
    skills: Object.fromEntries(site.skills.filter((s) => skillIds.has(s.id)).map((s) => [s.id, s.data.label])),
    paragraphs: Object.fromEntries([...evidence].map((n) => [String(n), lesson.paragraphs[n - 1] ?? ''])),
    sources: Object.fromEntries(
      [...sourceIds].flatMap((id) => {
        const s = site.sources.get(id);
        return s ? [[id, sourceCitation(s.data)]] : [];
      }),
    ),
    sets: Object.fromEntries(sets.map((s) => [slugOf(s.id), { title: s.data.title, questions: s.data.questions }])),
  };
}
