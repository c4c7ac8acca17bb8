/**
 * "Read laterally": for a few claims of a lesson, the student leaves the article, writes what they
 * searched, chooses the source they found (from a simulated results page of the lesson's stored
 * sources, or one of their own), says who is behind it and what it says, gives a verdict, and only
 * then compares with Gloss's finding. Pure: the island (`src/islands/Lateral.tsx`) keeps this
 * state in the store `src/lib/store/lateral.ts`. No zod here, so the island stays small.
 */
import type { ClaimVerdict } from './claim-sort';
import {
  emptyAnswer,
  emptyLateral,
  isBehind,
  isVerdict,
  MAX_TEXT,
  OWN_SOURCE,
  type Behind,
  type LateralAnswer,
  type LateralState,
} from './lateral-state';

export * from './lateral-state';

/**
 * Gloss's answer to "who is behind it?" for each kind of source (`src/schemas/source.ts`), or
 * undefined when the short list has no fair match (a primary source: the document itself).
 */
export function behindOfKind(kind: string): Behind | undefined {
  switch (kind) {
    case 'news':
    case 'wire':
    case 'analysis':
    case 'book':
      return 'independent';
    case 'state-media':
    case 'pro-government':
      return 'state';
    case 'official':
      return 'official';
    case 'encyclopedia':
      return 'encyclopedia';
    case 'mirror':
      return 'repost';
    default:
      return undefined;
  }
}

/** The text fields of an answer. */
export type LateralTextField = 'searched' | 'own' | 'says';

/** What the student can do. */
export type LateralAction =
  | { type: 'write'; task: string; field: LateralTextField; value: string }
  | { type: 'choose'; task: string; source: string }
  | { type: 'behind'; task: string; value: string }
  | { type: 'verdict'; task: string; value: string }
  | { type: 'reveal'; task: string }
  | { type: 'reset' };

/** What is still missing before Gloss's finding can be shown: a chosen source and what it says. */
export function missingForReveal(answer: LateralAnswer | undefined): ('source' | 'says')[] {
  const a = answer ?? emptyAnswer();
  const missing: ('source' | 'says')[] = [];
  if (a.source === '' || (a.source === OWN_SOURCE && a.own.trim() === '')) missing.push('source');
  if (a.says.trim() === '') missing.push('says');
  return missing;
}

/** Whether the student has written enough to see Gloss's finding. */
export const canReveal = (answer: LateralAnswer | undefined): boolean => missingForReveal(answer).length === 0;

/**
 * The next state. Values a field cannot take are ignored, and so is a reveal before the student
 * has written enough: the point is to commit to an answer first. Answers may change after the
 * reveal, and the finding stays shown.
 */
export function lateralReducer(state: LateralState, action: LateralAction): LateralState {
  if (action.type === 'reset') return emptyLateral();
  const current = state.tasks[action.task] ?? emptyAnswer();
  let next: LateralAnswer;
  switch (action.type) {
    case 'write':
      next = { ...current, [action.field]: action.value.slice(0, MAX_TEXT) };
      break;
    case 'choose':
      if (action.source === '') return state;
      next = { ...current, source: action.source };
      break;
    case 'behind':
      if (!isBehind(action.value)) return state;
      next = { ...current, behind: action.value };
      break;
    case 'verdict':
      if (!isVerdict(action.value)) return state;
      next = { ...current, verdict: action.value };
      break;
    case 'reveal':
      if (current.revealed || !canReveal(current)) return state;
      next = { ...current, revealed: true };
      break;
  }
  return { tasks: { ...state.tasks, [action.task]: next } };
}

/** One task as the island receives it. */
export interface LateralTaskData {
  id: string;
  /** The claim's exact words and paragraph. */
  quote: string;
  paragraph: number;
  question: string;
  searches: string[];
  /** The results page: each stored source with what the page shows of it. */
  results: LateralResultData[];
  /** Source ids Gloss would rely on first. */
  best: string[];
  /** Gloss's verdict on the claim ("Is it true?" in the claims file). */
  verdict: ClaimVerdict;
  finding: string;
  /** The finding's sources, as "Publisher (kind)" citations. */
  cites: { name: string; href?: string; kind: string }[];
}

/** One simulated search result. */
export interface LateralResultData {
  source: string;
  title: string;
  publisher: string;
  href?: string;
  /** The site's host name, as a results page shows it. */
  site: string;
  /** When it was published, in words, or '' when unknown. */
  published: string;
  /** The day the stored copy was read, in words. */
  accessed: string;
  /** The source's own words, or a summary; `quoted` says which. */
  excerpt: string;
  quoted: boolean;
  /** Gloss's "who is behind it?" and the kind and note the source file gives. */
  behind?: Behind;
  kind: string;
  note?: string;
}

/** Everything the island loads when the student starts. */
export interface LateralData {
  intro: string;
  tasks: LateralTaskData[];
  /** The UI strings the island uses (keys `lateral.*`, `claims.verdict.*`). */
  labels: Record<string, string>;
}

/** One answer compared with Gloss's finding. */
export interface LateralComparison {
  /** Whether the verdict agrees (undefined: not given). */
  verdict: boolean | undefined;
  /** Whether the chosen result is one Gloss would rely on first (undefined: own source). */
  best: boolean | undefined;
  /** Whether "who is behind it?" agrees with Gloss (undefined: not given, own source or no fair match). */
  behind: boolean | undefined;
  /** The chosen result, when it is on the results page. */
  result?: LateralResultData;
}

/** Compares one answer with Gloss's finding for its task. */
export function compareLateral(answer: LateralAnswer, task: LateralTaskData): LateralComparison {
  const result = task.results.find((r) => r.source === answer.source);
  return {
    verdict: answer.verdict === undefined ? undefined : answer.verdict === task.verdict,
    best: result ? task.best.includes(result.source) : undefined,
    behind:
      result?.behind === undefined || answer.behind === undefined || answer.behind === 'cant-tell'
        ? undefined
        : answer.behind === result.behind,
    ...(result ? { result } : {}),
  };
}

/** Whether fetched JSON has the shape of `LateralData` (a stale or broken file is refused, not half-used). */
export function isLateralData(x: unknown): x is LateralData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  const tasks = d['tasks'];
  return (
    typeof d['intro'] === 'string' &&
    typeof d['labels'] === 'object' &&
    d['labels'] !== null &&
    Array.isArray(tasks) &&
    tasks.every((t: unknown) => {
      if (typeof t !== 'object' || t === null) return false;
      const r = t as Record<string, unknown>;
      return (
        typeof r['id'] === 'string' &&
        typeof r['finding'] === 'string' &&
        isVerdict(r['verdict']) &&
        Array.isArray(r['results']) &&
        Array.isArray(r['searches']) &&
        Array.isArray(r['best'])
      );
    })
  );
}
