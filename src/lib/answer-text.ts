/**
 * Answers in words, for result screens, the class table, CSV files and answer keys. Pure; the
 * few words it needs come in as {@link AnswerWords} so every visible string stays in en.json.
 * Each type words its own answers (`src/lib/questions/<type>.ts`).
 */
import { answerFor, moduleOf, type Answer, type Question } from './questions';

export type { AnswerWords } from './questions';
import type { AnswerWords } from './questions';

/** The text of option, reason or item `i` of a question (authored index). */
export function optionText(q: Question, i: number, words: AnswerWords): string {
  return moduleOf(q).optionText(q, i, words);
}

/** What the learner answered, in words (items joined with "; "). */
export function answerText(q: Question, a: Answer | null | undefined, words: AnswerWords): string {
  const typed = answerFor(q, a);
  return typed === undefined ? words.none : moduleOf(q).answerText(q, typed, words);
}

/** The right answer, in words. */
export function rightAnswerText(q: Question, words: AnswerWords): string {
  return moduleOf(q).rightText(q, words);
}

/**
 * The explanations that matter for an answer, in order: those of the learner's choices, then
 * those of the right answers they missed (each once). Items of categorise and order questions
 * are all explained.
 */
export function explanations(q: Question, a: Answer | null | undefined): string[] {
  return moduleOf(q).explanations(q, answerFor(q, a));
}

/** A question's prompt as plain text: Markdown emphasis and links reduced to their words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
