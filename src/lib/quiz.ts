/**
 * The quiz engine: answers, scoring, seeded shuffling and per-skill results. Pure functions over
 * the authored questions (`src/schemas/quiz.ts`), shared by the quiz island, the store and, later,
 * assignment links and result codes, so answers are small, JSON-safe and refer to options and
 * items by their index in AUTHORED order: a shuffled display never changes what an answer means.
 *
 * Each question type is a module in `src/lib/questions/` (its scoring rule is documented there and
 * shown to students next to each question); this file dispatches through their registry.
 */
import {
  answerFor,
  moduleFor,
  moduleOf,
  type Answer,
  type AnswerOf,
  type Question,
  type QuestionScore,
} from './questions';

export { multipleAnswer } from './questions/multiple';
export type { Answer, AnswerOf, Question, QuestionOf, QuestionType } from './questions';
export type { Part, QuestionScore } from './questions';

/**
 * What is wrong with the shape of a stored or decoded answer, or undefined if it is an `Answer`.
 * Hand-written rather than zod so the quiz island stays small (zod would more than double it);
 * each type lists its fields and their checks in its module.
 */
export function answerShapeError(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an answer: expected an object';
  const record = raw as Record<string, unknown>;
  const type = record['type'];
  const fields = typeof type === 'string' ? moduleFor(type)?.answerFields : undefined;
  if (!fields) return `not an answer: unknown type ${typeof type === 'string' ? `"${type}"` : typeof type}`;
  for (const [name, [check, expected]] of Object.entries(fields)) {
    if (!check(record[name])) return `not an answer at ${name}: expected ${expected}`;
  }
  const extra = Object.keys(record).find((key) => key !== 'type' && !Object.hasOwn(fields, key));
  return extra === undefined ? undefined : `not an answer: unexpected field ${extra}`;
}

/** Whether a value has the shape of an `Answer` (indices not yet checked against a question). */
export const isAnswer = (raw: unknown): raw is Answer => answerShapeError(raw) === undefined;

/** The result of a validated answer: the answer, or what is wrong with it. */
export type AnswerValidation = { success: true; answer: Answer } | { success: false; error: string };

/**
 * Scores one answer. A missing answer, or one for another question type, scores 0; indices out of
 * range simply match nothing, so the score stays within [0, 1] whatever the input.
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionScore {
  return moduleOf(question).score(question, answerFor(question, answer));
}

/**
 * Whether every part of an answer has been given, so it can be checked. No answer is never
 * complete: an order question whose list the learner has not touched is unanswered.
 */
export function isComplete(question: Question, answer: Answer | undefined): boolean {
  const typed = answerFor(question, answer);
  return typed !== undefined && moduleOf(question).complete(question, typed);
}

/**
 * Checks a stored or decoded answer against its question: the right type, indices in range,
 * no repeated choices, a full permutation for `order`. Never throws.
 */
export function validateAnswer(question: Question, raw: unknown): AnswerValidation {
  const shape = answerShapeError(raw);
  if (shape !== undefined) return { success: false, error: shape };
  const answer = raw as Answer;
  const typed = answerFor(question, answer);
  if (typed === undefined) {
    return {
      success: false,
      error: `a ${answer.type} answer was given for ${question.type} question "${question.id}"`,
    };
  }
  const error = moduleOf(question).validate(question, typed);
  return error === undefined ? { success: true, answer } : { success: false, error };
}

/** The full-credit answer to a question (for tests, teacher keys and result codes). */
export function correctAnswer<Q extends Question>(question: Q): AnswerOf<Q['type']> {
  return moduleOf(question).correct(question);
}

/** Whether a type is scored by the engine (every type but those a person marks). */
export const isAutoScored = (question: Question): boolean =>
  moduleOf(question).score(question, undefined).auto !== false;

/**
 * Moves the entry at position `from` one step up (`-1`) or down (`1`) in an order answer's list,
 * swapping it with its neighbour; a move past either end returns the list unchanged.
 */
export function moveItem(order: readonly number[], from: number, delta: -1 | 1): number[] {
  const to = from + delta;
  const next = [...order];
  const item = next[from];
  const other = next[to];
  if (item === undefined || other === undefined) return next;
  next[from] = other;
  next[to] = item;
  return next;
}

/** A piece of explanation text: plain, or a "¶N" citation of paragraph N. */
export type TextPart = { text: string; paragraph?: undefined } | { text: string; paragraph: number };

/**
 * The id of a question set's heading. The set's section is labelled by it, the island returns focus
 * to it after a reset, and the lesson's links to sets on the questions page land on it.
 */
export const setTitleId = (setId: string): string => `quiz-${setId}-title`;

/** Splits text at its "¶N" citations, so each can link to the paragraph's anchor (`#pN`). */
export function citations(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/¶(\d+)/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], paragraph: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Deterministic shuffling

/** A 32-bit seed from any text (FNV-1a), so a lesson, question or assignment id can seed a shuffle. */
export function seedFrom(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1); the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of a copy of `items`, driven by `seed`; the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** The indices 0…n−1 in a seeded random order. */
export function shuffledIndices(n: number, seed: number): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i),
    seed,
  );
}

/** The number of options or items a question shows in its main list. */
export function listLength(question: Question): number {
  return moduleOf(question).listLength(question);
}

/**
 * The display order of a question's main list (options, reasons or items) as authored indices.
 * Choices are authored with the right one anywhere (often first), so they are shuffled from
 * `seed` and the question id: the same seed always gives the same order, on the server and in the
 * browser. A type may rearrange that (evidence paragraphs read best in article order; an order
 * question never starts already solved).
 */
export function arrange(question: Question, seed: string): number[] {
  const shuffled = shuffledIndices(listLength(question), seedFrom(`${seed}/${question.id}`));
  return moduleOf(question).arrange?.(question, shuffled) ?? shuffled;
}

// ---------------------------------------------------------------------------------------------
// Sets and skills

/** The score of one question in a set. */
export interface QuestionResult extends QuestionScore {
  /** Question id. */
  id: string;
  /** Whether an answer was given. */
  answered: boolean;
}

/** The mean score of the questions that practise one skill. */
export interface SkillResult {
  /** Skill id (`content/skills.yaml`). */
  skill: string;
  /** Mean score of its questions, from 0 to 1; unanswered questions count as 0. */
  score: number;
  /** Sum of its questions' scores. */
  earned: number;
  /** How many questions practise it. */
  questions: number;
}

/** The results of a set of questions. */
export interface SetResult {
  /** Total credit earned (sum of question scores). */
  score: number;
  /** Highest possible total: the number of automatically scored questions. */
  max: number;
  /** Questions answered with full credit. */
  correct: number;
  /** One result per question, in set order. */
  questions: QuestionResult[];
  /** One result per skill, in the order skills first appear in the set. */
  skills: SkillResult[];
}

/** Mean score per skill over the given questions and their results (matched by position). */
export function skillResults(
  questions: readonly Question[],
  results: readonly { score: number; auto?: false }[],
): SkillResult[] {
  const bySkill = new Map<string, { earned: number; questions: number }>();
  questions.forEach((q, i) => {
    // A question a person marks has no score yet, so it does not weigh on any skill.
    if (results[i]?.auto === false) return;
    const score = results[i]?.score ?? 0;
    for (const skill of new Set(q.skills)) {
      const entry = bySkill.get(skill) ?? { earned: 0, questions: 0 };
      entry.earned += score;
      entry.questions += 1;
      bySkill.set(skill, entry);
    }
  });
  return [...bySkill].map(([skill, e]) => ({
    skill,
    earned: e.earned,
    questions: e.questions,
    score: e.questions === 0 ? 0 : e.earned / e.questions,
  }));
}

/** Scores every question of a set from answers keyed by question id. */
export function scoreSet(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): SetResult {
  const results = questions.map((q): QuestionResult => {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    return { id: q.id, answered: answer !== undefined, ...scoreQuestion(q, answer) };
  });
  return {
    score: results.reduce((sum, r) => sum + r.score, 0),
    // Questions a person marks (open answers) earn nothing automatically, so they are not in the total.
    max: results.filter((r) => r.auto !== false).length,
    correct: results.filter((r) => r.correct).length,
    questions: results,
    skills: skillResults(questions, results),
  };
}
