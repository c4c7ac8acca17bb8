/**
 * The state machine of an assignment opened from a link, as pure functions: what the page shows
 * (`assignmentFlow`, `sessionPhase`) and how a student's saved progress changes (`sessionReducer`).
 * The island (`src/islands/Assignment.tsx`) only renders these and saves the reducer's result in the
 * assignment store.
 *
 * Flow: the link is decoded → the lesson's questions load → the student gives a name → answers
 * (practice: checks each question; assessment: submits once) → sees the result and code → may try
 * again while attempts are left.
 */
import type { Assignment, LinkError, LinkResult } from './assignment';
import type { AssignmentProgress, AttemptProgress } from './store';
import { claimSortReducer, type SortField } from './claim-sort';
import { isComplete, validateAnswer, type Answer, type Question } from './quiz';

/** What the assignment page shows before a session can start. */
export type AssignmentFlow<D> =
  /** The link could not be used; `error` says why. */
  | { kind: 'link-error'; error: LinkError }
  /** The link names a lesson this site does not have (the decoder normally catches this). */
  | { kind: 'no-lesson' }
  /** The lesson's questions are loading. */
  | { kind: 'loading' }
  /** The lesson's questions could not be loaded. */
  | { kind: 'load-failed' }
  /** Ready: the session can start. */
  | { kind: 'ready'; data: D };

/** The page's state from the decoded link, whether its lesson exists and the loaded quiz data. */
export function assignmentFlow<D>(
  decoded: LinkResult,
  hasLesson: boolean,
  data: D | 'failed' | undefined,
): AssignmentFlow<D> {
  if (!decoded.ok) return { kind: 'link-error', error: decoded.error };
  if (!hasLesson) return { kind: 'no-lesson' };
  if (data === undefined) return { kind: 'loading' };
  if (data === 'failed') return { kind: 'load-failed' };
  return { kind: 'ready', data };
}

/** A fresh, empty attempt. */
export const newAttempt = (): AttemptProgress => ({ answers: {}, checked: [], finished: null });

/** The attempt being worked on or last finished. */
export const currentAttempt = (progress: AssignmentProgress | undefined): AttemptProgress =>
  progress?.attempts.at(-1) ?? newAttempt();

/** Which screen a session is on. */
export type SessionPhase = 'name' | 'answering' | 'finished';

/** The screen for the saved progress; `editing` is true while the student changes their name. */
export function sessionPhase(progress: AssignmentProgress | undefined, editing: boolean): SessionPhase {
  if (!progress || progress.name === '' || editing) return 'name';
  return currentAttempt(progress).finished === null ? 'answering' : 'finished';
}

/**
 * The answer to each question as the session counts it: the saved one if it still fits the
 * question (content may have changed since it was saved), else none. An ordering question the
 * student has not touched has no answer: its shuffled starting order is not one.
 */
export function effectiveAnswers(questions: readonly Question[], attempt: AttemptProgress): Record<string, Answer> {
  return Object.fromEntries(
    questions.flatMap((q) => {
      const saved = Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
      const valid = saved === undefined ? undefined : validateAnswer(q, saved);
      return valid?.success ? [[q.id, valid.answer] as const] : [];
    }),
  );
}

/** Numbers (1-based, in the order shown) of the questions not yet answered in full. */
export function missingQuestions(shown: readonly Question[], answers: Readonly<Record<string, Answer>>): number[] {
  return shown.flatMap((q, i) =>
    isComplete(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined) ? [] : [i + 1],
  );
}

/** Attempts left after `n`, for an assignment that allows `max` (0: unlimited). */
export const attemptsLeft = (max: number, n: number): number => (max === 0 ? Infinity : Math.max(0, max - n));

/** A change to a student's progress in one assignment. */
export type SessionAction =
  /** The student gave (or changed) their name; `salt` is used only for new progress. */
  | { type: 'name'; name: string; salt: string }
  /** The student answered a question (not yet checked). */
  | { type: 'answer'; question: string; answer: Answer }
  /**
   * Practice mode: the student checks one question. `answers` are the session's answers to every
   * question (see `effectiveAnswers`); when this is the last unchecked one, the attempt finishes.
   */
  | { type: 'check'; question: string; questions: readonly string[]; answers: Record<string, Answer>; now: string }
  /** Assessment mode (or the last check): the attempt is finished with these answers. */
  | { type: 'finish'; answers: Record<string, Answer>; checked: readonly string[]; now: string }
  /** The student starts another attempt, if the assignment's `max` attempts (0: unlimited) allow one. */
  | { type: 'again'; max: number }
  /** The student marks one question of one claim in the claim sort (ignored once the attempt is finished). */
  | { type: 'claim'; claim: string; field: SortField; value: string };

const withAttempt = (p: AssignmentProgress, change: (t: AttemptProgress) => AttemptProgress): AssignmentProgress => ({
  ...p,
  attempts: [...p.attempts.slice(0, -1), change(currentAttempt(p))],
});

/**
 * The next saved progress after `action`. Pure: the time and the salt come in the action. A
 * change to a finished attempt is ignored (only `again` and `name` apply then).
 */
export function sessionReducer(progress: AssignmentProgress | undefined, action: SessionAction): AssignmentProgress {
  const p = progress ?? { name: '', salt: action.type === 'name' ? action.salt : '', attempts: [newAttempt()] };
  const open = currentAttempt(p).finished === null;
  switch (action.type) {
    case 'name':
      return { ...p, name: action.name };
    case 'answer':
      if (!open) return p;
      return withAttempt(p, (t) => ({ ...t, answers: { ...t.answers, [action.question]: action.answer } }));
    case 'check': {
      if (!open) return p;
      const done = currentAttempt(p).checked.includes(action.question)
        ? currentAttempt(p).checked
        : [...currentAttempt(p).checked, action.question];
      if (action.questions.every((id) => done.includes(id))) {
        return sessionReducer(p, { type: 'finish', answers: action.answers, checked: done, now: action.now });
      }
      const answer = Object.hasOwn(action.answers, action.question) ? action.answers[action.question] : undefined;
      return withAttempt(p, (t) => ({
        ...t,
        answers: answer === undefined ? t.answers : { ...t.answers, [action.question]: answer },
        checked: done,
      }));
    }
    case 'finish':
      if (!open) return p;
      return withAttempt(p, (t) => ({
        ...t,
        answers: action.answers,
        checked: [...action.checked],
        finished: action.now,
      }));
    case 'again':
      if (open || attemptsLeft(action.max, p.attempts.length) === 0) return p;
      return { ...p, attempts: [...p.attempts, newAttempt()] };
    case 'claim': {
      if (!open) return p;
      const marks = currentAttempt(p).claims ?? {};
      const { claim, field, value } = action;
      const next = claimSortReducer({ marks, compared: false }, { type: 'mark', claim, field, value });
      return next.marks === marks ? p : withAttempt(p, (t) => ({ ...t, claims: next.marks }));
    }
  }
}

/** A device-local calendar date as `YYYY-MM-DD` (the student's day, as the teacher's dates mean it). */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Why a finished attempt shows, or does not show, the right answers and explanations. */
export type Reveal =
  /** Practice mode: every check shows its feedback. */
  | 'practice'
  /** Assessment, and the last attempt is used. */
  | 'last-attempt'
  /** Assessment, and the teacher's "show answers from" date has come. */
  | 'date'
  /** Assessment with attempts left: only the student's own answers and the total score show. */
  | 'hidden';

/**
 * Whether the result of a finished attempt may show the right answers and explanations. In an
 * assessment they stay hidden while attempts are left (else attempt 2 is a copy of the key),
 * unless the teacher's `showAnswersFrom` date has come on the student's device (`today`,
 * `YYYY-MM-DD`). Practice mode always shows them.
 */
export function answersReveal(
  a: Pick<Assignment, 'mode' | 'attempts' | 'showAnswersFrom'>,
  attemptsUsed: number,
  today: string,
): Reveal {
  if (a.mode === 'practice') return 'practice';
  if (attemptsLeft(a.attempts, attemptsUsed) === 0) return 'last-attempt';
  // ISO dates compare as text.
  if (a.showAnswersFrom !== undefined && today >= a.showAnswersFrom) return 'date';
  return 'hidden';
}

/** Whether an assignment is due, overdue (its due date is before `today`, `YYYY-MM-DD`), or has no due date. */
export function dueStatus(due: string | null, today: string): 'none' | 'due' | 'overdue' {
  if (due === null) return 'none';
  return today > due ? 'overdue' : 'due';
}
