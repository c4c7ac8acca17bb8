/**
 * The saved part of "Read laterally": what a student wrote for each task, and how it is read back
 * from storage. Kept apart from the reducer and the comparison (`lateral.ts`) because the store, and
 * so the island's start button, needs only this; the rest loads when the student starts.
 */
import { claimVerdicts, type ClaimVerdict } from './claim-sort';

/** The `source` of an answer whose source is not on the results page (one the student found online). */
export const OWN_SOURCE = 'own';

/**
 * Who is behind a source, as the student judges it: a short list a 14-year-old can choose from.
 * Gloss's answer comes from the source's `kind` (see {@link behindOfKind}).
 */
export const behindChoices = ['independent', 'state', 'official', 'encyclopedia', 'repost', 'cant-tell'] as const;
/** One of {@link behindChoices}. */
export type Behind = (typeof behindChoices)[number];

/** What the student wrote for one task; empty strings and missing fields are not answered yet. */
export interface LateralAnswer {
  /** What they typed into a search engine. */
  searched: string;
  /** The result they chose (a source id), {@link OWN_SOURCE}, or '' for none yet. */
  source: string;
  /** The name or address of their own source, when `source` is {@link OWN_SOURCE}. */
  own: string;
  /** Who is behind the chosen source. */
  behind?: Behind;
  /** What the source says, in their words. */
  says: string;
  /** Their verdict on the claim: supported, contradicted, or can't tell yet. */
  verdict?: ClaimVerdict;
  /** Whether they have revealed Gloss's finding (it stays shown until a reset). */
  revealed: boolean;
}

/** One lesson's lateral reading: answers by task id. */
export interface LateralState {
  tasks: Record<string, LateralAnswer>;
}

/** A fresh state: nothing written. */
export const emptyLateral = (): LateralState => ({ tasks: {} });

/** A fresh answer. */
export const emptyAnswer = (): LateralAnswer => ({ searched: '', source: '', own: '', says: '', revealed: false });

/** The longest text kept in a field: a paragraph is plenty, and storage is small. */
export const MAX_TEXT = 2000;

export const isBehind = (x: unknown): x is Behind => behindChoices.some((b) => b === x);
export const isVerdict = (x: unknown): x is ClaimVerdict => claimVerdicts.some((v) => v === x);

/** Whether an answer has anything in it (an empty one is not stored). */
export const isBlank = (a: LateralAnswer): boolean =>
  !a.revealed &&
  a.searched === '' &&
  a.source === '' &&
  a.own === '' &&
  a.says === '' &&
  a.behind === undefined &&
  a.verdict === undefined;

const str = (x: unknown): string => (typeof x === 'string' ? x.slice(0, MAX_TEXT) : '');

/**
 * Reads a saved state tolerantly: answers for tasks the lesson no longer has (when `tasks` is
 * given), and values a field cannot take, are dropped, each reported in `problems`.
 */
export function readLateral(value: unknown, path: string, problems: string[], tasks?: readonly string[]): LateralState {
  const state = emptyLateral();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected an object, dropped`);
    return state;
  }
  const raw = (value as Record<string, unknown>)['tasks'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return state;
  const entries: [string, LateralAnswer][] = [];
  for (const [task, entry] of Object.entries(raw as Record<string, unknown>)) {
    const at = `${path}.tasks.${task}`;
    if (tasks && !tasks.includes(task)) {
      problems.push(`${at}: no such task in the lesson, dropped`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at}: expected an object, dropped`);
      continue;
    }
    const e = entry as Record<string, unknown>;
    const answer: LateralAnswer = {
      searched: str(e['searched']),
      source: str(e['source']),
      own: str(e['own']),
      says: str(e['says']),
      revealed: e['revealed'] === true,
    };
    if (isBehind(e['behind'])) answer.behind = e['behind'];
    else if (e['behind'] !== undefined)
      problems.push(`${at}.behind: ${JSON.stringify(e['behind'])} is not a choice, dropped`);
    if (isVerdict(e['verdict'])) answer.verdict = e['verdict'];
    else if (e['verdict'] !== undefined)
      problems.push(`${at}.verdict: ${JSON.stringify(e['verdict'])} is not a verdict, dropped`);
    entries.push([task, answer]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays data and never a prototype.
  return { tasks: Object.fromEntries(entries) };
}
