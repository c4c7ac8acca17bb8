/**
 * The quiz-data contract: what `/lessons/<id>/quizzes.json` holds. Written at build time by
 * `src/data/quizzes.ts`, read in the browser by the quiz and assignment islands, so it lives here,
 * in neutral ground, and neither side imports the other.
 */
import type { UiKey } from '../i18n';
import type { Question } from './quiz';

/** The UI strings the quiz uses (the `quiz.*` keys of `src/i18n/en.json`). */
export type QuizLabelKey = Extract<UiKey, `quiz.${string}`>;

/** UI strings by key, looked up at build time so the island ships no string table. */
export type QuizLabels = Record<QuizLabelKey, string>;

/** A source cited by a question, resolved at build time (see `sourceCitation`). */
export interface QuizSource {
  /** Outlet, site, or a book's author and title, shown as the link text. */
  name: string;
  /** Address of the source; absent for a book. */
  href?: string;
  /** What kind of source it is, in words ("state media"), shown beside the name. */
  kind: string;
}

/** One question set as the island needs it. */
export interface QuizSetData {
  /** Heading of the set. */
  title: string;
  /** The questions, in order. */
  questions: Question[];
}

/** A lesson's quiz data (`/lessons/<id>/quizzes.json`), shared by all of its quiz islands. */
export interface QuizData {
  /** Lesson id: the default shuffle seed. */
  lesson: string;
  /** URL of the lesson's timeline page; order items link to `#<event id>` on it. */
  timeline: string;
  /** UI strings. */
  labels: QuizLabels;
  /** Skill labels by skill id, for the results. */
  skills: Record<string, string>;
  /** Text of each paragraph an evidence question offers, by paragraph number. */
  paragraphs: Record<string, string>;
  /** Sources the questions cite, by source id. */
  sources: Record<string, QuizSource>;
  /** Question sets by set id. */
  sets: Record<string, QuizSetData>;
}

/** Whether fetched JSON looks like quiz data (enough to render; the questions were checked at build). */
export const isQuizData = (x: unknown): x is QuizData =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { sets?: unknown }).sets === 'object' &&
  (x as { sets?: unknown }).sets !== null;
