/**
 * The state machine of the assignment builder on /teach/, as a pure reducer: the teacher picks a
 * lesson and questions and sets the options; "create" checks the form and makes the assignment
 * (or lists what is missing). Any change after that drops the made assignment, so an old link
 * keeps meaning what it meant. The island (`src/islands/AssignmentBuilder.tsx`) renders it.
 */
import type { Assignment, AssignmentMode, RevealSetting } from './assignment';

/** A lesson as the builder needs it: its sets and their question ids, in order. */
export interface BuilderLesson {
  /** Lesson id. */
  id: string;
  /** Its question sets. */
  sets: readonly { id: string; questions: readonly { id: string }[] }[];
}

/** The options a teacher sets, with the form's own field types. */
export interface BuilderFields {
  /** The assignment's title as typed. */
  title: string;
  /** The class name as typed. */
  className: string;
  /** The due date, `YYYY-MM-DD`, or `''` for none. */
  due: string;
  /** Practice or assessment. */
  mode: AssignmentMode;
  /** Whether each student gets their own question order. */
  shuffle: boolean;
  /** Attempts allowed; 0 is unlimited. */
  attempts: number;
  /** Assessment: the date the right answers show from even with attempts left, `YYYY-MM-DD`, or `''` for none. */
  showAnswersFrom: string;
  /** Margin notes shown when the student opens the lesson. */
  showNotes: boolean;
  /** Claim highlights shown when the student opens the lesson. */
  showClaims: boolean;
  /** When Gloss's notes and claims key show: at once, after submitting, or never. */
  reveal: RevealSetting;
  /** Whether the "Check it yourself" claim sort is part of the assignment. */
  claimSort: boolean;
}

/** A field that can be missing when "create" is pressed. */
export type BuilderError = 'title' | 'questions';

/** The builder's whole state. */
export interface BuilderState extends BuilderFields {
  /** The chosen lesson's id. */
  lesson: string;
  /** Chosen question ids. */
  chosen: ReadonlySet<string>;
  /** What was missing at the last "create", in form order. */
  errors: BuilderError[];
  /** The assignment made by the last successful "create", until anything changes. */
  made: Assignment | undefined;
}

/** A change in the builder. */
export type BuilderAction =
  /** An option changed. */
  | { [K in keyof BuilderFields]: { type: 'field'; field: K; value: BuilderFields[K] } }[keyof BuilderFields]
  /** Another lesson was chosen: its questions start unticked. */
  | { type: 'lesson'; lesson: string }
  /** Questions were ticked or unticked (a whole set, or one). */
  | { type: 'toggle'; ids: readonly string[]; on: boolean }
  /** "Create" was pressed; `id` is the new assignment's random id. */
  | { type: 'create'; lesson: BuilderLesson; id: string };

/** The builder's first state, for the first lesson. */
export const initialBuilder = (lesson: string): BuilderState => ({
  lesson,
  chosen: new Set(),
  title: '',
  className: '',
  due: '',
  mode: 'practice',
  shuffle: false,
  attempts: 1,
  showAnswersFrom: '',
  showNotes: true,
  showClaims: false,
  reveal: 'now',
  claimSort: false,
  errors: [],
  made: undefined,
});

/**
 * The assignment for the chosen questions: sets whose every question is chosen are named whole
 * (a shorter link), the other chosen questions one by one, in the lesson's order.
 */
export function makeAssignment(state: BuilderState, lesson: BuilderLesson, id: string): Assignment {
  const whole = lesson.sets.filter((s) => s.questions.every((q) => state.chosen.has(q.id)));
  const inWhole = new Set(whole.flatMap((s) => s.questions.map((q) => q.id)));
  return {
    id,
    lesson: lesson.id,
    sets: whole.map((s) => s.id),
    questions: lesson.sets
      .flatMap((s) => s.questions.map((q) => q.id))
      .filter((q) => state.chosen.has(q) && !inWhole.has(q)),
    title: state.title.trim(),
    className: state.className.trim(),
    due: state.due === '' ? null : state.due,
    mode: state.mode,
    shuffle: state.shuffle,
    attempts: state.attempts,
    // Revealed later or never: the lesson must not open with the notes or the claims layer on.
    showNotes: state.reveal === 'now' && state.showNotes,
    showClaims: state.reveal === 'now' && state.showClaims,
    ...(state.reveal === 'now' ? {} : { reveal: state.reveal }),
    ...(state.claimSort ? { claimSort: true } : {}),
    // Practice mode shows every answer anyway; the date means something only in an assessment.
    ...(state.mode === 'assessment' && state.showAnswersFrom !== '' ? { showAnswersFrom: state.showAnswersFrom } : {}),
  };
}

/** The next state after `action`. */
export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  switch (action.type) {
    case 'field':
      return { ...state, [action.field]: action.value, made: undefined };
    case 'lesson':
      return { ...state, lesson: action.lesson, chosen: new Set(), made: undefined };
    case 'toggle': {
      const chosen = new Set(state.chosen);
      for (const id of action.ids) {
        if (action.on) chosen.add(id);
        else chosen.delete(id);
      }
      return { ...state, chosen, made: undefined };
    }
    case 'create': {
      const errors: BuilderError[] = [];
      if (state.title.trim() === '') errors.push('title');
      if (state.chosen.size === 0) errors.push('questions');
      if (errors.length > 0) return { ...state, errors, made: undefined };
      return { ...state, errors, made: makeAssignment(state, action.lesson, action.id) };
    }
  }
}

/**
 * Whether a due date (`YYYY-MM-DD`, or `''` for none) is before `today` (the teacher's device date,
 * `YYYY-MM-DD`): allowed (a late-work exercise), but worth a warning, as every student would see
 * it as overdue.
 */
export const dueInPast = (due: string, today: string): boolean => due !== '' && due < today;
