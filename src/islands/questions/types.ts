/**
 * The view half of a question type: how it is answered in the islands (`Fields`) and how it is
 * printed without JavaScript (`Static*`). Each type's view is `./<type>.view.tsx`, found by
 * `./index.ts` on its own, so a new type adds its file and touches no list.
 */
import type { ReactNode } from 'react';
import type { Answer, AnswerOf, Question, QuestionOf, QuestionType } from '../../lib/questions';
import type { UiKey } from '../../i18n';
import type { QuizLabel } from '../labels';

/** Any site string, filled (build time: the static renderer passes `t`). */
export type StaticLabel = (key: UiKey, vars?: Record<string, string | number>) => string;

/** What every question needs from the island around it. */
export interface FieldContext {
  /** Quiz strings (from the lesson's quiz data). */
  L: QuizLabel;
  /** The id of an element about a question (`part` names which). */
  idOf: (q: Question, part?: string) => string;
  /** Display order of a question's options or items (authored indices). */
  order: (q: Question) => number[];
  /** Text of the paragraphs evidence questions offer, by number. */
  paragraphs: Readonly<Record<string, string>>;
  /** URL of the lesson page, for "¶N" links ('' when the article is on this page). */
  lessonHref: string;
  /** URL of the lesson's timeline page, when items may link to its events. */
  timeline?: string | undefined;
}

/** Props of a type's answer controls. */
export interface FieldsProps<T extends QuestionType> {
  /** The question. */
  q: QuestionOf<T>;
  /** The answer so far, if any. */
  answer: AnswerOf<T> | undefined;
  /** Once checked or submitted the answer cannot change. */
  locked: boolean;
  /** Whether to mark each option or item right or wrong (after checking, in practice). */
  marks: boolean;
  /** Saves a new answer. */
  onAnswer: (answer: AnswerOf<T>) => void;
  /** Moves focus to an element (by id) after the next render. */
  focusAfter: (id: string) => void;
  /** Tells the page an item moved (for a live announcement). */
  onMoved?: ((item: string, position: number, total: number) => void) | undefined;
  /** Page context. */
  ctx: FieldContext;
}

/** What the static renderer (self-check, worksheet) passes to a type's static parts. */
export interface StaticContext {
  /** UI strings of the site (build time). */
  L: StaticLabel;
  /** Link target for "¶N" citations. */
  lessonHref: string;
  /** URL of the lesson's timeline page. */
  timeline: string;
  /** Text of article paragraph n (1-based). */
  paragraph: (n: number) => string;
}

/** One type's views. */
export interface QuestionView<T extends QuestionType> {
  /** The type it draws. */
  type: T;
  /** Text shown between the prompt and the rule, if any (evidence: the claim). */
  lead?: (q: QuestionOf<T>) => string;
  /** The controls for answering, with per-option marks once checked. */
  Fields: (props: FieldsProps<T>) => ReactNode;
  /** The instruction lines of the printed question (default: `quiz.static.<type>`). */
  staticHint?: (q: QuestionOf<T>, L: StaticLabel, mode: 'self-check' | 'worksheet') => string[];
  /** One entry of the printed list of options or items (default: its text). */
  StaticItem?: (props: { q: QuestionOf<T>; i: number; ctx: StaticContext }) => ReactNode;
  /**
   * What a worksheet puts before an entry: a drawn `circle` when one answer is chosen (the
   * default), a `square` when several may be, `none`, or text to write in (e.g. "___").
   */
  box?: 'circle' | 'square' | 'none' | (string & {});
  /** A blank after each worksheet entry, if answers are written beside them. */
  WorksheetBlank?: (props: { ctx: StaticContext }) => ReactNode;
  /** The answer behind the self-check's "Check your answer". */
  StaticKey: (props: { q: QuestionOf<T>; order: number[]; ctx: StaticContext }) => ReactNode;
  /**
   * What the type shows once the answer is checked, outside the locked fields (a type a person
   * marks: the rubric, to rate one's own answer against).
   */
  Checked?: (props: { q: QuestionOf<T>; answer: AnswerOf<T> | undefined; ctx: FieldContext }) => ReactNode;
  /** Writing space instead of a list, for a written answer (worksheet). */
  writing?: boolean;
}

/** Any type's view, as the registry hands it out. */
export type AnyQuestionView = QuestionView<QuestionType>;

/** Props of any type's fields, loosely typed for dispatch (the registry matches view and question). */
export interface AnyFieldsProps extends Omit<FieldsProps<QuestionType>, 'q' | 'answer' | 'onAnswer'> {
  q: Question;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
}
