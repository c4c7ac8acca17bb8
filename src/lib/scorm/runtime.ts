/**
 * The SCORM 1.2 side of the package's page (the SCO): finding the LMS's API object and reporting
 * one finished attempt to it. Pure over a small `Scorm12Api` interface, so the unit tests drive it
 * with a fake LMS and the browser test with a real runtime (scorm-again).
 *
 * What is reported, and why in this shape:
 * - `cmi.core.score.raw` is the percentage Gloss shows on its result page, with `min` 0 and `max`
 *   100: LMSs read `raw` on a scale of 100 (Moodle takes `raw` as the grade), so points would be misread.
 * - `cmi.core.lesson_status` is `passed` or `failed` when the LMS gives a mastery score
 *   (`cmi.student_data.mastery_score`), else `completed`: Gloss itself has no pass mark.
 * - one `cmi.interactions.n` per question, in the assignment's order, with the SCORM 1.2 response
 *   format of its type (choices as letters of the authored order, so a shuffled display does not
 *   change what a response means).
 */
import { scoreSet, type Answer, type Question, type SetResult } from '../quiz';
import type { QuestionType } from '../questions';

/** The SCORM 1.2 API an LMS puts on a window as `API` (only the calls the package makes). */
export interface Scorm12Api {
  /** Starts the session; "true" on success. */
  LMSInitialize: (empty: '') => string;
  /** Ends the session; "true" on success. */
  LMSFinish: (empty: '') => string;
  /** Reads a data model element. */
  LMSGetValue: (element: string) => string;
  /** Writes a data model element; "true" on success. */
  LMSSetValue: (element: string, value: string) => string;
  /** Asks the LMS to store what was set; "true" on success. */
  LMSCommit: (empty: '') => string;
  /** The last error code, "0" for none. */
  LMSGetLastError: () => string;
}

/** A window as the API search sees it (a real `Window` fits). */
export interface ApiWindow {
  /** The LMS API, where this window is the LMS's. */
  API?: unknown;
  /** The parent frame (the window itself at the top). */
  parent: ApiWindow | null;
  /** The window that opened this one, if any. */
  opener: ApiWindow | null;
}

/** How many parent frames the search climbs: the SCORM 1.2 guidance's limit against loops. */
const MAX_PARENTS = 7;

const isApi = (x: unknown): x is Scorm12Api =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Partial<Scorm12Api>).LMSInitialize === 'function' &&
  typeof (x as Partial<Scorm12Api>).LMSSetValue === 'function';

/** The API in `win` or one of its parents; a cross-origin frame that cannot be read ends the climb. */
function climb(start: ApiWindow | null): Scorm12Api | undefined {
  let win = start;
  for (let i = 0; win && i <= MAX_PARENTS; i += 1) {
    try {
      if (isApi(win.API)) return win.API;
      if (win.parent === win || win.parent === null) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Finds the LMS's SCORM 1.2 API: in this window and its parents (the LMS's frame set), then in
 * the window that opened this one and its parents (an LMS that launches the SCO in a new window).
 */
export function findApi(win: ApiWindow): Scorm12Api | undefined {
  const found = climb(win);
  if (found) return found;
  try {
    return climb(win.opener);
  } catch {
    return undefined;
  }
}

/** One `cmi.interactions.n` record. */
export interface Interaction {
  /** The question id (a CMIIdentifier: Gloss ids are lowercase letters, digits and hyphens). */
  id: string;
  /** The SCORM 1.2 interaction type. */
  type: 'choice' | 'true-false' | 'fill-in' | 'matching' | 'sequencing';
  /** The learner's response in the type's format; absent when the question was not answered. */
  response?: string;
  /** `correct`, `wrong`, the partial credit as a decimal (0–1), or `neutral` for a question a person marks. */
  result: string;
  /** Weight of the question in the score: 1, or 0 for a question a person marks. */
  weighting: number;
}

/** SCORM 1.2 writes a choice as one character; `a` is the first option in authored order. */
const letter = (i: number): string => (i >= 0 && i < 26 ? String.fromCharCode(97 + i) : String(i));
/** CMIFeedback holds at most 255 characters. */
const FEEDBACK_MAX = 255;

/** Each type's SCORM interaction type and response; a new question type fails to compile until it is here. */
const responses: {
  [T in QuestionType]: {
    type: Interaction['type'];
    response: (a: Extract<Answer, { type: T }>) => string;
  };
} = {
  single: { type: 'choice', response: (a) => letter(a.choice) },
  multiple: { type: 'choice', response: (a) => a.choices.map(letter).join(',') },
  // The true/false half only: SCORM 1.2's true-false format has no room for the reason, whose
  // credit is in `result` all the same.
  truefalse: { type: 'true-false', response: (a) => (a.value === null ? '' : a.value ? 't' : 'f') },
  categorise: {
    type: 'matching',
    response: (a) => a.buckets.flatMap((b, i) => (b === null ? [] : [`${letter(i)}.${letter(b)}`])).join(','),
  },
  order: { type: 'sequencing', response: (a) => a.order.map(letter).join(',') },
  evidence: { type: 'choice', response: (a) => letter(a.choice) },
  open: { type: 'fill-in', response: (a) => a.text.trim().slice(0, FEEDBACK_MAX) },
};

/** The interaction record of one question and its answer (scored by Gloss's own rules). */
export function interactionOf(
  q: Question,
  answer: Answer | undefined,
  score: SetResult['questions'][number],
): Interaction {
  const entry = responses[q.type] as { type: Interaction['type']; response: (a: Answer) => string };
  const response = answer?.type === q.type ? entry.response(answer) : '';
  const result =
    score.auto === false
      ? 'neutral'
      : score.correct
        ? 'correct'
        : score.score === 0
          ? 'wrong'
          : String(round2(score.score));
  return {
    id: q.id,
    type: entry.type,
    ...(response === '' ? {} : { response }),
    result,
    weighting: score.auto === false ? 0 : 1,
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** What one finished attempt reports. */
export interface Report {
  /** Credit earned, rounded to hundredths as Gloss shows it. */
  points: number;
  /** Highest possible credit: the automatically scored questions. */
  max: number;
  /** The percentage Gloss shows (whole number, 0–100); reported as `cmi.core.score.raw`. */
  percent: number;
  /** One record per question, in the assignment's order. */
  interactions: Interaction[];
}

/**
 * Scores an attempt with Gloss's scoring (`scoreSet`, the question registry's rules): the same
 * numbers the assignment page shows for the same answers.
 */
export function reportOf(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): Report {
  const result = scoreSet(questions, answers);
  return {
    points: round2(result.score),
    max: result.max,
    percent: Math.round((result.score / Math.max(1, result.max)) * 100),
    interactions: questions.map((q, i) =>
      interactionOf(
        q,
        Object.hasOwn(answers, q.id) ? answers[q.id] : undefined,
        result.questions[i] ?? { id: q.id, answered: false, score: 0, correct: false, parts: [] },
      ),
    ),
  };
}

/** `passed`/`failed` against the LMS's mastery score (a number from 0 to 100), else `completed`. */
export function statusOf(percent: number, mastery: string): 'passed' | 'failed' | 'completed' {
  const m = mastery.trim() === '' ? Number.NaN : Number(mastery);
  if (!Number.isFinite(m)) return 'completed';
  return percent >= m ? 'passed' : 'failed';
}

/** SCORM 1.2's CMITimespan, `HHHH:MM:SS`. */
export function timespan(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(Math.floor(s / 3600)).padStart(4, '0')}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** The outcome of reporting: whether the LMS accepted every value, and the elements it refused. */
export interface Sent {
  /** True when every call returned "true". */
  ok: boolean;
  /** Elements (or calls) the LMS refused, with its error code. */
  refused: string[];
}

/**
 * Writes a finished attempt into the LMS, commits and finishes the session. Each value the LMS
 * refuses is named in `refused` (with its error code) instead of stopping the rest.
 */
export function sendReport(api: Scorm12Api, report: Report, elapsedMs: number): Sent {
  const refused: string[] = [];
  const set = (element: string, value: string): void => {
    if (api.LMSSetValue(element, value) !== 'true') refused.push(`${element} (${api.LMSGetLastError()})`);
  };
  set('cmi.core.score.min', '0');
  set('cmi.core.score.max', '100');
  set('cmi.core.score.raw', String(report.percent));
  report.interactions.forEach((x, n) => {
    const at = `cmi.interactions.${n}`;
    set(`${at}.id`, x.id);
    set(`${at}.type`, x.type);
    set(`${at}.weighting`, String(x.weighting));
    if (x.response !== undefined) set(`${at}.student_response`, x.response);
    set(`${at}.result`, x.result);
  });
  set('cmi.core.lesson_status', statusOf(report.percent, api.LMSGetValue('cmi.student_data.mastery_score')));
  set('cmi.core.session_time', timespan(elapsedMs));
  if (api.LMSCommit('') !== 'true') refused.push(`LMSCommit (${api.LMSGetLastError()})`);
  if (api.LMSFinish('') !== 'true') refused.push(`LMSFinish (${api.LMSGetLastError()})`);
  return { ok: refused.length === 0, refused };
}
