/**
 * "Check it yourself": the student sorts each claim of a lesson (who is speaking, what kind of
 * claim it is, was it said, is it true) before seeing Gloss's claims key, then compares. Pure: the
 * island (`src/islands/ClaimSort.tsx`) keeps this state in the store `src/lib/store/claim-sort.ts`.
 */

/**
 * What sort of claim it is: the five kinds a student sorts claims into (issue 17). Defined here,
 * not in the zod schema (`src/schemas/claims.ts` uses these), so the island does not ship zod.
 */
export const claimKinds = ['fact', 'forecast', 'estimate', 'opinion', 'characterisation'] as const;
/** One kind of claim. */
export type ClaimKind = (typeof claimKinds)[number];
/** The answers to "Was it said?" and "Is it true?": supported, contradicted, or can't tell yet. */
export const claimVerdicts = ['supported', 'contradicted', 'cant-tell'] as const;
/** One verdict. */
export type ClaimVerdict = (typeof claimVerdicts)[number];

/** The speaker choice for a voice the claims file does not declare. */
export const OTHER_SPEAKER = 'others';

/** The four questions asked of every claim, in the order the panel asks them. */
export const SORT_FIELDS = ['speaker', 'kind', 'wasSaid', 'isTrue'] as const;
/** One of the four questions. */
export type SortField = (typeof SORT_FIELDS)[number];

/** What a student marked for one claim; a missing field is not answered yet. */
export interface ClaimMarks {
  /** A declared speaker id, or `OTHER_SPEAKER`. */
  speaker?: string;
  /** The kind of claim. */
  kind?: ClaimKind;
  /** "Was it said?" */
  wasSaid?: ClaimVerdict;
  /** "Is it true?" */
  isTrue?: ClaimVerdict;
}

/** One lesson's claim sorting. */
export interface ClaimSortState {
  /** Marks by claim id. */
  marks: Record<string, ClaimMarks>;
  /** Whether the student has asked to compare with Gloss's key (the key stays shown until a reset). */
  compared: boolean;
}

/** The key of one claim: what Gloss's claims file says. */
export interface ClaimKey {
  /** Claim id. */
  id: string;
  /** Declared speaker id. */
  speaker: string;
  kind: ClaimKind;
  wasSaid: ClaimVerdict;
  isTrue: ClaimVerdict;
}

/** What the student can do. */
export type ClaimSortAction =
  { type: 'mark'; claim: string; field: SortField; value: string } | { type: 'compare' } | { type: 'reset' };

/** A fresh state: nothing marked, nothing compared. */
export const emptyClaimSort = (): ClaimSortState => ({ marks: {}, compared: false });

const isKind = (x: unknown): x is ClaimKind => claimKinds.some((k) => k === x);
const isVerdict = (x: unknown): x is ClaimVerdict => claimVerdicts.some((v) => v === x);

/** Whether `value` is a possible answer to `field` (speakers are checked against the lesson elsewhere). */
export function isMarkValue(field: SortField, value: unknown): boolean {
  if (field === 'speaker') return typeof value === 'string' && value.length > 0;
  if (field === 'kind') return isKind(value);
  return isVerdict(value);
}

/**
 * The next state. A mark with a value its field cannot take is ignored; marks may still change
 * after comparing, and the comparison follows them, so a student can correct and see it agree.
 */
export function claimSortReducer(state: ClaimSortState, action: ClaimSortAction): ClaimSortState {
  switch (action.type) {
    case 'mark': {
      if (!isMarkValue(action.field, action.value)) return state;
      const current = state.marks[action.claim] ?? {};
      if (current[action.field] === action.value) return state;
      return { ...state, marks: { ...state.marks, [action.claim]: { ...current, [action.field]: action.value } } };
    }
    case 'compare':
      return state.compared ? state : { ...state, compared: true };
    case 'reset':
      return emptyClaimSort();
  }
}

/** How many claims have all four questions answered. */
export function sortedCount(state: ClaimSortState, claims: readonly { id: string }[]): number {
  return claims.filter((c) => SORT_FIELDS.every((f) => state.marks[c.id]?.[f] !== undefined)).length;
}

/** One claim compared with the key: for each question, whether the student agrees (undefined: not answered). */
export interface ClaimComparison {
  /** Claim id. */
  id: string;
  /** Per question: true agrees, false differs, undefined not answered. */
  fields: Record<SortField, boolean | undefined>;
  /** The questions where the student's answer differs or is missing. */
  differences: SortField[];
}

/** The whole comparison. */
export interface SortComparison {
  /** Each claim, in the key's order. */
  claims: ClaimComparison[];
  /** Answers that agree with the key. */
  agreed: number;
  /** All answers asked for (claims × 4). */
  total: number;
  /** Answers agreeing, per question. */
  byField: Record<SortField, number>;
}

/** Compares the student's marks with the key. */
export function compareWithKey(state: ClaimSortState, key: readonly ClaimKey[]): SortComparison {
  const byField: Record<SortField, number> = { speaker: 0, kind: 0, wasSaid: 0, isTrue: 0 };
  let agreed = 0;
  const claims = key.map((k): ClaimComparison => {
    const marks = state.marks[k.id] ?? {};
    const fields = {} as Record<SortField, boolean | undefined>;
    const differences: SortField[] = [];
    for (const field of SORT_FIELDS) {
      const mark = marks[field];
      const same = mark === undefined ? undefined : mark === k[field];
      fields[field] = same;
      if (same) {
        agreed += 1;
        byField[field] += 1;
      } else {
        differences.push(field);
      }
    }
    return { id: k.id, fields, differences };
  });
  return { claims, agreed, total: key.length * SORT_FIELDS.length, byField };
}

/**
 * Reads a saved state tolerantly: marks for claims the lesson no longer has, speakers it does not
 * declare and values a field cannot take are dropped, each reported in `problems`.
 */
export function readClaimSort(
  value: unknown,
  path: string,
  problems: string[],
  lesson?: { claims: readonly string[]; speakers: readonly string[] },
): ClaimSortState {
  const state = emptyClaimSort();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected an object, dropped`);
    return state;
  }
  const record = value as Record<string, unknown>;
  state.compared = record['compared'] === true;
  const marks = record['marks'];
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) return state;
  const entries: [string, ClaimMarks][] = [];
  for (const [claim, raw] of Object.entries(marks as Record<string, unknown>)) {
    if (lesson && !lesson.claims.includes(claim)) {
      problems.push(`${path}.marks.${claim}: no such claim in the lesson, dropped`);
      continue;
    }
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${path}.marks.${claim}: expected an object, dropped`);
      continue;
    }
    const kept: ClaimMarks = {};
    for (const field of SORT_FIELDS) {
      const v = (raw as Record<string, unknown>)[field];
      if (v === undefined) continue;
      const known =
        field !== 'speaker' ||
        !lesson ||
        (typeof v === 'string' && (lesson.speakers.includes(v) || v === OTHER_SPEAKER));
      if (isMarkValue(field, v) && known) (kept as Record<string, unknown>)[field] = v;
      else problems.push(`${path}.marks.${claim}.${field}: ${JSON.stringify(v)} is not a possible answer, dropped`);
    }
    entries.push([claim, kept]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays data and never a prototype.
  return { ...state, marks: Object.fromEntries(entries) };
}

/** One claim as the island receives it: the key and what explains it. */
export interface SortClaim extends ClaimKey {
  /** Paragraph the claim is in (1-based). */
  paragraph: number;
  /** The claim's exact words in the article. */
  quote: string;
  /** Gloss's overall verdict; `outdated` is shown beside "Is it true?". */
  status: 'supported' | 'contradicted' | 'unverified' | 'outdated';
  /** What the evidence says: the explanation of "Was it said?" and "Is it true?". */
  evidence: string;
}

/** Everything the "Check it yourself" island loads, on interaction, as one JSON file. */
export interface ClaimSortData {
  /** The lesson's declared speakers, in legend order, with their labels. */
  speakers: { id: string; label: string }[];
  /** The claims in reading order. */
  claims: SortClaim[];
  /** The UI strings the island uses (keys `sort.*`, `claims.kind.*`, `claims.verdict.*`). */
  labels: Record<string, string>;
}

/** Whether fetched JSON has the shape of `ClaimSortData` (a stale or broken file is refused, not half-used). */
export function isClaimSortData(x: unknown): x is ClaimSortData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  const claims = d['claims'];
  return (
    Array.isArray(d['speakers']) &&
    Array.isArray(claims) &&
    typeof d['labels'] === 'object' &&
    d['labels'] !== null &&
    claims.every(
      (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as Record<string, unknown>)['id'] === 'string' &&
        typeof (c as Record<string, unknown>)['quote'] === 'string' &&
        isKind((c as Record<string, unknown>)['kind']) &&
        isVerdict((c as Record<string, unknown>)['wasSaid']) &&
        isVerdict((c as Record<string, unknown>)['isTrue']),
    )
  );
}
