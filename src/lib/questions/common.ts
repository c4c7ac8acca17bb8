/**
 * Small pure helpers the question modules share: answer-field checks, scoring and the
 * choice-list logic of the choice-like types (single, multiple, evidence, a true/false reason).
 */
import type { AnswerFieldCheck, Part, QuestionScore } from './types';

/** Whether a value is an index: a whole number from 0. */
export const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** A check that also accepts null. */
export const orNull =
  (check: (x: unknown) => boolean) =>
  (x: unknown): boolean =>
    x === null || check(x);

/** A check of a list whose every entry passes `check`. */
export const arrayOf =
  (check: (x: unknown) => boolean) =>
  (x: unknown): boolean =>
    Array.isArray(x) && x.every(check);

/** The answer-field check of one index. */
export const INDEX_FIELD: AnswerFieldCheck = [isIndex, 'a whole number from 0'];
/** The answer-field check of a list of indices. */
export const INDEX_LIST_FIELD: AnswerFieldCheck = [arrayOf(isIndex), 'a list of whole numbers from 0'];

/** Whether `i` indexes a list of `n`. */
export const inRange = (i: number, n: number): boolean => i >= 0 && i < n;

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** A score clamped to [0, 1], correct only at full credit. */
export const result = (score: number, parts: Part[]): QuestionScore => {
  const s = clamp01(score);
  return { score: s, correct: s === 1, parts };
};

/** Index of the first option marked correct, or -1. */
export const correctIndex = (options: readonly { correct: boolean }[]): number => options.findIndex((o) => o.correct);

/** Indices of the options marked correct. */
export const correctIndices = (options: readonly { correct: boolean }[]): number[] =>
  options.flatMap((o, i) => (o.correct ? [i] : []));

/** Per-option marks: chosen and right, or left out and wrong. */
export const choiceParts = (options: readonly { correct: boolean }[], chosen: ReadonlySet<number>): Part[] =>
  options.map((o, i) => ({ kind: 'option', index: i, chosen: chosen.has(i), right: chosen.has(i) === o.correct }));

/** 1 for the one right option, else 0, with per-option marks. */
export function scoreOne(options: readonly { correct: boolean }[], choice: number | undefined): QuestionScore {
  const chosen = new Set(choice === undefined ? [] : [choice]);
  return result(choice !== undefined && choice === correctIndex(options) ? 1 : 0, choiceParts(options, chosen));
}

/** The explanations of the chosen options, then of the right ones missed (each once). */
export const pickExplanations = (
  options: readonly { correct: boolean; explanation: string }[],
  chosen: readonly number[],
): string[] => [
  ...new Set([
    ...chosen.flatMap((i) => (options[i] ? [options[i].explanation] : [])),
    ...options.filter((o) => o.correct).map((o) => o.explanation),
  ]),
];

/** The texts of explanations in a list, each of which must cite a paragraph. */
export const explained = (field: string, xs: readonly { explanation: string }[]) =>
  xs.map((x, i) => ({ field: `${field}[${i}].explanation`, text: x.explanation, cites: true }));

/** An error for a choice outside a list of `n`, or undefined. */
export const choiceError = (choice: number, n: number): string | undefined =>
  inRange(choice, n) ? undefined : `choice ${choice} is not one of the ${n} options`;
