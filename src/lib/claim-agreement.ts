/**
 * The "Check it yourself" claim sort as part of an assignment: what a result code carries of it
 * (per claim, whether the student's answer to each of the four questions agrees with Gloss's key),
 * when the assignment may show the key, and how the class did per claim. Pure; the key itself
 * never goes into a code, only agreement, so a code says nothing a student could copy.
 */
import type { RevealSetting } from './assignment';
import type { Reveal } from './assignment-session';
import { SORT_FIELDS, compareWithKey, type ClaimKey, type ClaimMarks, type SortField } from './claim-sort';

/** One question of one claim, as a code carries it. */
export type Agreement = 'unanswered' | 'agrees' | 'differs';

const BITS: Record<Agreement, number> = { unanswered: 0, agrees: 1, differs: 2 };
const FROM_BITS: readonly (Agreement | undefined)[] = ['unanswered', 'agrees', 'differs', undefined];

/**
 * One byte per claim, in the key's order: two bits per question in {@link SORT_FIELDS} order
 * (speaker lowest), 0 not answered, 1 agrees with the key, 2 differs.
 */
export function agreementBytes(marks: Readonly<Record<string, ClaimMarks>>, key: readonly ClaimKey[]): number[] {
  const comparison = compareWithKey({ marks: { ...marks }, compared: true }, key);
  return comparison.claims.map((c) =>
    SORT_FIELDS.reduce((byte, field, i) => {
      const same = c.fields[field];
      return byte | (BITS[same === undefined ? 'unanswered' : same ? 'agrees' : 'differs'] << (2 * i));
    }, 0),
  );
}

/** The agreement a byte stands for, or undefined when it is not one {@link agreementBytes} writes. */
export function readAgreement(byte: number): Record<SortField, Agreement> | undefined {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) return undefined;
  const out = {} as Record<SortField, Agreement>;
  for (const [i, field] of SORT_FIELDS.entries()) {
    const value = FROM_BITS[(byte >> (2 * i)) & 3];
    if (value === undefined) return undefined;
    out[field] = value;
  }
  return out;
}

/** Answers (of claims × 4) in the bytes that agree with the key. */
export const agreedCount = (bytes: readonly number[]): number =>
  bytes.reduce((n, b) => n + SORT_FIELDS.filter((f) => readAgreement(b)?.[f] === 'agrees').length, 0);

/**
 * Whether the assignment shows Gloss's claims key (and the lesson's notes) now. `now`: always.
 * `after`: once the attempt is finished and the right answers may show (`answers` is not
 * `hidden`), so an assessment with attempts left does not hand the key to the next attempt.
 * `never`: not in the assignment at all.
 */
export function claimKeyShown(setting: RevealSetting | undefined, finished: boolean, answers: Reveal): boolean {
  if (setting === undefined || setting === 'now') return true;
  if (setting === 'never') return false;
  return finished && answers !== 'hidden';
}

/** How the class judged one claim: per question, how many students agree with the key. */
export interface ClaimClassStat {
  /** Position of the claim in the key, from 0. */
  index: number;
  /** Students whose code has this claim. */
  students: number;
  /** Per question: students who agree with the key. */
  agrees: Record<SortField, number>;
  /** Per question: students who answered and differ. */
  differs: Record<SortField, number>;
}

/**
 * Per claim, how many students judged it as the key does, from each student's agreement bytes
 * (`undefined`: the code has no claim sort). Claims are matched by position; a code with more
 * claims than another simply counts in more of them.
 */
export function claimClassStats(students: readonly (readonly number[] | undefined)[]): ClaimClassStat[] {
  const n = Math.max(0, ...students.map((s) => s?.length ?? 0));
  const zero = (): Record<SortField, number> => ({ speaker: 0, kind: 0, wasSaid: 0, isTrue: 0 });
  return Array.from({ length: n }, (_, index) => {
    const stat: ClaimClassStat = { index, students: 0, agrees: zero(), differs: zero() };
    for (const bytes of students) {
      const a = bytes?.[index] === undefined ? undefined : readAgreement(bytes[index]);
      if (!a) continue;
      stat.students += 1;
      for (const f of SORT_FIELDS) {
        if (a[f] === 'agrees') stat.agrees[f] += 1;
        if (a[f] === 'differs') stat.differs[f] += 1;
      }
    }
    return stat;
  });
}
