/**
 * The state of the class results page as a pure reducer and a pure view of it: what the teacher
 * entered (the assignment link, pasted codes, added files) and the lesson data loaded so far, and
 * from those the assignment, its questions and the class results. The island
 * (`src/islands/ClassResults.tsx`) renders the view and dispatches the actions.
 */
import {
  assignedQuestionIds,
  decodeAssignment,
  type Assignment,
  type ContentIndex,
  type LinkResult,
} from './assignment';
import { classResults, collectCodes, type ClassOptions, type ClassResults } from './class-results';
import type { Question } from './quiz';

/** A result file the teacher added. */
export interface AddedFile {
  /** The file's name, to name it in problems. */
  name: string;
  /** Its text. */
  text: string;
}

/** The lesson data the page needs: its question sets. */
export interface LessonQuestions {
  /** Question sets by id. */
  sets: Record<string, { questions: Question[] }>;
}

/** What the teacher entered, and what has loaded. */
export interface ResultsState<D extends LessonQuestions> {
  /** The assignment link as typed (or taken from the page's own fragment). */
  link: string;
  /** The pasted completion codes. */
  pasted: string;
  /** Added result files, in the order added. */
  files: AddedFile[];
  /** Loaded lesson data by lesson id, or `failed`. */
  data: Record<string, D | 'failed'>;
}

/** A change on the results page. */
export type ResultsAction<D> =
  | { type: 'link'; link: string }
  | { type: 'paste'; text: string }
  | { type: 'add-files'; files: AddedFile[] }
  | { type: 'loaded'; lesson: string; data: D | 'failed' };

/** The page's first state: `link` is the page's own assignment fragment made a full link, if any. */
export const initialResults = <D extends LessonQuestions>(link = ''): ResultsState<D> => ({
  link,
  pasted: '',
  files: [],
  data: {},
});

/** The next state after `action`. */
export function resultsReducer<D extends LessonQuestions>(
  state: ResultsState<D>,
  action: ResultsAction<D>,
): ResultsState<D> {
  switch (action.type) {
    case 'link':
      return { ...state, link: action.link };
    case 'paste':
      return { ...state, pasted: action.text };
    case 'add-files':
      return action.files.length === 0 ? state : { ...state, files: [...state.files, ...action.files] };
    case 'loaded':
      // The first answer for a lesson stands: a late second fetch does not replace it.
      if (Object.hasOwn(state.data, action.lesson)) return state;
      return { ...state, data: { ...state.data, [action.lesson]: action.data } };
  }
}

/** What the page shows for a state. */
export interface ResultsView<D> {
  /** The codes, links and problems read from the pasted text and files. */
  collected: ReturnType<typeof collectCodes>;
  /** The result file the assignment came from, when no link was typed. */
  fromFile: { file: string; assignment: string } | undefined;
  /** The decoded link, or undefined when there is none yet. */
  decoded: LinkResult | undefined;
  /** The assignment, when the link is good. */
  assignment: Assignment | undefined;
  /** Id of the lesson whose data is needed and not yet asked for (the island fetches it). */
  fetch: string | undefined;
  /** The lesson's data: undefined while loading, `failed`, or loaded. */
  lessonData: D | 'failed' | undefined;
  /** The assigned questions, in the assignment's order (empty until the data is loaded). */
  questions: Question[];
  /** The class results, once there is an assignment with questions. */
  results: ClassResults | undefined;
}

/** The view of a state: pure, so the island can memoise it on the state alone. */
export function resultsView<D extends LessonQuestions>(
  state: ResultsState<D>,
  index: ContentIndex,
  lessons: readonly { id: string }[],
  options: ClassOptions = {},
): ResultsView<D> {
  const collected = collectCodes(state.pasted, state.files);
  const typed = state.link.trim() !== '';
  const first = typed ? undefined : collected.links[0];
  const fromFile = first && { file: first.file, assignment: first.assignment };
  const linkText = typed ? state.link : (fromFile?.assignment ?? '');
  const decoded = linkText === '' ? undefined : decodeAssignment(linkText, index);
  const assignment = decoded?.ok ? decoded.assignment : undefined;
  const lesson = lessons.find((l) => l.id === assignment?.lesson);
  const lessonData = lesson && Object.hasOwn(state.data, lesson.id) ? state.data[lesson.id] : undefined;
  let questions: Question[] = [];
  if (assignment && typeof lessonData === 'object') {
    const all = new Map(Object.values(lessonData.sets).flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    questions = assignedQuestionIds(assignment, index).flatMap((id) => {
      const q = all.get(id);
      return q ? [q] : [];
    });
  }
  return {
    collected,
    fromFile,
    decoded,
    assignment,
    fetch: lesson && lessonData === undefined ? lesson.id : undefined,
    lessonData,
    questions,
    results:
      assignment && questions.length > 0
        ? classResults(assignment, questions, collected.codes, collected.problems, options)
        : undefined,
  };
}
