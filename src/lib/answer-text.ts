/**
 * Answers in words, for result screens, the class table, CSV files and answer keys. Pure; the
 * few words it needs come in as {@link AnswerWords} so every visible string stays in en.json.
 */
import type { Answer, Question } from './quiz';

/** The words an answer is described with. */
export interface AnswerWords {
  /** "True". */
  true: string;
  /** "False". */
  false: string;
  /** Shown for a missing answer. */
  none: string;
  /** How an evidence option (a paragraph number) is named, e.g. "¶3". */
  paragraph: (n: number) => string;
}

/** The text of option, reason or item `i` of a question (authored index). */
export function optionText(q: Question, i: number, words: AnswerWords): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options[i]?.text ?? '';
    case 'evidence': {
      const option = q.options[i];
      return option ? words.paragraph(option.paragraph) : '';
    }
    case 'truefalse':
      return q.why[i]?.text ?? '';
    case 'categorise':
    case 'order':
      return q.items[i]?.text ?? '';
  }
}

const bucketLabel = (q: Question, index: number | null | undefined): string =>
  q.type === 'categorise' && index !== null && index !== undefined ? (q.buckets[index]?.label ?? '—') : '—';

/** What the learner answered, in words (items joined with "; "). */
export function answerText(q: Question, a: Answer | null | undefined, words: AnswerWords): string {
  if (!a || a.type !== q.type) return words.none;
  switch (a.type) {
    case 'single':
    case 'evidence':
      return optionText(q, a.choice, words) || words.none;
    case 'multiple':
      return a.choices.map((i) => optionText(q, i, words)).join('; ') || words.none;
    case 'truefalse': {
      const parts = [
        a.value === null ? '' : a.value ? words.true : words.false,
        a.why === null ? '' : optionText(q, a.why, words),
      ].filter(Boolean);
      return parts.join(': ') || words.none;
    }
    case 'categorise':
      return q.type === 'categorise'
        ? q.items.map((item, i) => `${item.text} → ${bucketLabel(q, a.buckets[i])}`).join('; ')
        : words.none;
    case 'order':
      return a.order.map((i, pos) => `${pos + 1}. ${optionText(q, i, words)}`).join('; ');
  }
}

/** The right answer, in words. */
export function rightAnswerText(q: Question, words: AnswerWords): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'evidence':
      return q.options.flatMap((o, i) => (o.correct ? [optionText(q, i, words)] : [])).join('; ');
    case 'truefalse':
      return `${q.answer ? words.true : words.false}: ${q.why.find((o) => o.correct)?.text ?? ''}`;
    case 'categorise':
      return q.items
        .map((item) => `${item.text} → ${q.buckets.find((b) => b.id === item.bucket)?.label ?? item.bucket}`)
        .join('; ');
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${item.text}`).join('; ');
  }
}

/**
 * The explanations that matter for an answer, in order: those of the learner's choices, then
 * those of the right answers they missed (each once). Items of categorise and order questions
 * are all explained.
 */
export function explanations(q: Question, a: Answer | null | undefined): string[] {
  const typed = a?.type === q.type ? a : undefined;
  const pick = (options: readonly { correct: boolean; explanation: string }[], chosen: readonly number[]): string[] => [
    ...new Set([
      ...chosen.flatMap((i) => (options[i] ? [options[i].explanation] : [])),
      ...options.filter((o) => o.correct).map((o) => o.explanation),
    ]),
  ];
  switch (q.type) {
    case 'single':
    case 'evidence':
      return pick(q.options, typed && (typed.type === 'single' || typed.type === 'evidence') ? [typed.choice] : []);
    case 'multiple':
      return pick(q.options, typed?.type === 'multiple' ? typed.choices : []);
    case 'truefalse': {
      const value = typed?.type === 'truefalse' && typed.value !== null ? typed.value : q.answer;
      const why = typed?.type === 'truefalse' && typed.why !== null ? [typed.why] : [];
      return [q.explanations[value ? 'true' : 'false'], ...pick(q.why, why)];
    }
    case 'categorise':
    case 'order':
      return q.items.map((item) => item.explanation);
  }
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
