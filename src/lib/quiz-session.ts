/**
 * The state machine of one quiz set on a lesson page, as a pure reducer: answering, checking
 * (refused with a reason while incomplete), the two-step reset. Saved answers live in the
 * progress store; the island hands them in, writes back what comes out, and turns the returned
 * announcements and focus targets into words and DOM focus.
 */
import { isComplete, scoreQuestion, scoreSet, validateAnswer, type Answer, type Question } from './quiz';
import type { QuestionProgress } from './store';

/** One question's state as the island draws it. */
export interface QuestionState {
  /** The saved answer, validated against the question. */
  answer: Answer | undefined;
  /** Whether it has been checked. */
  submitted: boolean;
}

/** A quiz set's session. */
export interface SessionState {
  /** Saved answers by question id (the progress store's copy). */
  saved: Readonly<Record<string, QuestionProgress>>;
  /** Ids of questions whose check was refused for want of an answer. */
  errors: readonly string[];
  /** Whether "Start again?" is being asked. */
  confirming: boolean;
}

/** What the learner did. */
export type SessionAction =
  | { type: 'answer'; id: string; answer: Answer }
  | { type: 'check'; id: string }
  | { type: 'ask-reset' }
  | { type: 'cancel-reset' }
  | { type: 'reset' };

/** Something to say in the live region, as data; the island words it. */
export type Announcement =
  | { kind: 'incomplete'; questionType: Question['type'] }
  | { kind: 'checked'; n: number; score: number; correct: boolean; manual?: true }
  | { kind: 'finished'; score: number; max: number }
  | { kind: 'reset' };

/** Where focus goes after the step. */
export type FocusTarget = 'reset' | 'reset-yes' | 'title';

/** The result of one action. */
export interface SessionStep {
  /** The next state. */
  state: SessionState;
  /** What to announce, in order. */
  announce: Announcement[];
  /** Where to move focus, if anywhere. */
  focus?: FocusTarget | undefined;
}

/** An empty session. */
export const emptySession = (): SessionState => ({ saved: {}, errors: [], confirming: false });

/**
 * Each question's state from saved progress. An answer that no longer fits its question (the
 * content changed) is dropped, not shown; only a complete answer can stay checked.
 */
export function questionStates(
  questions: readonly Question[],
  saved: Readonly<Record<string, QuestionProgress>>,
): QuestionState[] {
  return questions.map((q) => {
    const entry = Object.hasOwn(saved, q.id) ? saved[q.id] : undefined;
    const valid = entry ? validateAnswer(q, entry.answer) : undefined;
    const answer = valid?.success ? valid.answer : undefined;
    return { answer, submitted: Boolean(entry?.submitted && answer && isComplete(q, answer)) };
  });
}

const without = (ids: readonly string[], id: string): readonly string[] =>
  ids.includes(id) ? ids.filter((x) => x !== id) : ids;

/** Applies one action to a quiz set's session. */
export function quizSession(questions: readonly Question[], state: SessionState, action: SessionAction): SessionStep {
  const same: SessionStep = { state, announce: [] };
  switch (action.type) {
    case 'answer': {
      const states = questionStates(questions, state.saved);
      const qi = questions.findIndex((q) => q.id === action.id);
      if (qi < 0 || states[qi]?.submitted) return same;
      return {
        state: {
          ...state,
          saved: { ...state.saved, [action.id]: { answer: action.answer, submitted: false } },
          errors: without(state.errors, action.id),
        },
        announce: [],
      };
    }
    case 'check': {
      const states = questionStates(questions, state.saved);
      const qi = questions.findIndex((q) => q.id === action.id);
      const q = questions[qi];
      const current = states[qi];
      if (!q || !current || current.submitted) return same;
      if (!current.answer || !isComplete(q, current.answer)) {
        return {
          state: { ...state, errors: state.errors.includes(q.id) ? state.errors : [...state.errors, q.id] },
          announce: [{ kind: 'incomplete', questionType: q.type }],
        };
      }
      const saved = { ...state.saved, [q.id]: { answer: current.answer, submitted: true } };
      const score = scoreQuestion(q, current.answer);
      const announce: Announcement[] = [
        {
          kind: 'checked',
          n: qi + 1,
          score: score.score,
          correct: score.correct,
          ...(score.auto === false ? { manual: true as const } : {}),
        },
      ];
      const after = questionStates(questions, saved);
      if (after.every((s) => s.submitted)) {
        const result = scoreSet(questions, Object.fromEntries(questions.map((x, i) => [x.id, after[i]?.answer])));
        announce.push({ kind: 'finished', score: result.score, max: result.max });
      }
      return { state: { ...state, saved, errors: without(state.errors, q.id) }, announce };
    }
    case 'ask-reset':
      return { state: { ...state, confirming: true }, announce: [], focus: 'reset-yes' };
    case 'cancel-reset':
      return { state: { ...state, confirming: false }, announce: [], focus: 'reset' };
    case 'reset':
      return { state: emptySession(), announce: [{ kind: 'reset' }], focus: 'title' };
  }
}
