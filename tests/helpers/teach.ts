/**
 * The real lesson's quiz content for the teacher-tool tests: the content index assignment links
 * are checked against, and the questions in set order.
 */
import type { ContentIndex } from '../../src/lib/assignment';
import type { ExportSet } from '../../src/lib/exports/common';
import type { Question } from '../../src/lib/quiz';
import { loadContent } from './load-content';

const content = loadContent(new URL('../../content/', import.meta.url).pathname);

/** The last path segment of a nested id. */
const slug = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

/** Every lesson's sets, in file-name order, as the site builds its index. */
export const INDEX: ContentIndex = {
  lessons: content.lessons.map((l) => ({
    id: l.id,
    sets: content.quizzes
      .filter((q) => q.data.lesson === l.id)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((q) => ({ id: slug(q.id), questions: q.data.questions.map((x) => x.id) })),
  })),
};

/** The lesson the tests use (the first one). */
export const LESSON = content.lessons[0]?.id ?? '';

/** All questions of the lesson by id. */
export const QUESTIONS: ReadonlyMap<string, Question> = new Map(
  content.quizzes
    .filter((q) => q.data.lesson === LESSON)
    .flatMap((q) => q.data.questions.map((x) => [x.id, x] as const)),
);

/** The lesson's sets, as the exports take them. */
export const EXPORT_SETS: ExportSet[] = content.quizzes
  .filter((q) => q.data.lesson === LESSON)
  .map((q) => ({
    lesson: LESSON,
    lessonTitle: content.lessons[0]?.data.title ?? '',
    id: slug(q.id),
    title: q.data.title,
    description: q.data.description,
    questions: q.data.questions,
    paragraphs: content.lessons[0]?.paragraphs ?? [],
  }));
