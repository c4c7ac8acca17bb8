/** What every part of one quiz set's UI needs, and the small formatting helpers they share. */
import type { QuizData, QuizLabelKey, QuizSetData } from '../../lib/quiz-data';
import type { Question } from '../../lib/quiz';
import type { FieldContext } from '../questions/types';

/** A quiz string, filled. */
export type Label = (key: QuizLabelKey, vars?: Record<string, string | number>) => string;

/** One set's context. */
export interface QuizContext {
  /** The lesson's quiz data. */
  data: QuizData;
  /** This set. */
  set: QuizSetData;
  /** Set id. */
  setId: string;
  /** Quiz strings. */
  L: Label;
  /** What the shared question fields need. */
  field: FieldContext;
  /** Heading level of the set's title; the results sit one level below it. */
  level: 2 | 3;
}

/** Id of an element of a set (`part` names which). */
export const setPartId = (setId: string, part: string): string => `quiz-${setId}-${part}`;

/** Id of an element about a question of a set. */
export const questionPartId = (setId: string, q: Question, part?: string): string =>
  `quiz-${setId}-${q.id}${part === undefined ? '' : `-${part}`}`;

/** A score as a whole percentage. */
export const percent = (x: number): number => Math.round(x * 100);
/** A total to one decimal. */
export const tenths = (x: number): string => String(Math.round(x * 10) / 10);
