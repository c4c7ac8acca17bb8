/**
 * The quiz engine: answers, scoring, seeded shuffling and per-skill results. Pure functions over
 * the authored questions (`src/schemas/quiz.ts`), shared by the quiz island, the store and, later,
 * assignment links and result codes, so answers are small, JSON-safe and refer to options and
 * items by their index in AUTHORED order: a shuffled display never changes what an answer means.
 *
 * Scoring rules (also shown to students next to each question):
 * - single choice, find the evidence: 1 for the right option, else 0;
 * - multiple select: (right picks − wrong picks) ÷ number of right options, never below 0;
 * - true/false: ½ for the right true/false choice plus ½ for the right reason;
 * - categorise: the share of items placed in their right bucket;
 * - order: the share of item pairs in the right relative order (a swap of two neighbours in a
 *   list of five still earns 90%; a full reversal earns 0).
 */
import type { Question } from '../schemas/quiz';

export type { Question } from '../schemas/quiz';

/** A question type the engine scores. */
export type QuestionType = Question['type'];

/** The question of a given type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/**
 * A learner's answer to one question. Indices are in authored order:
 * - `single` / `evidence`: `choice` is the chosen option;
 * - `multiple`: `choices` are the ticked options (ascending, no repeats);
 * - `truefalse`: `value` is the true/false choice, `why` the chosen reason (null until chosen);
 * - `categorise`: `buckets[i]` is the bucket index chosen for item i (null until chosen);
 * - `order`: `order` lists item indices from first to last as the learner arranged them.
 *
 * `src/schemas/answer.ts` describes the same shape in zod; a unit test keeps the two in step.
 */
export type Answer =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean | null; why: number | null }
  | { type: 'categorise'; buckets: (number | null)[] }
  | { type: 'order'; order: number[] }
  | { type: 'evidence'; choice: number };

const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const orNull =
  (check: (x: unknown) => boolean) =>
  (x: unknown): boolean =>
    x === null || check(x);
const arrayOf =
  (check: (x: unknown) => boolean) =>
  (x: unknown): boolean =>
    Array.isArray(x) && x.every(check);

/** The fields of each answer type and what each must hold. */
const ANSWER_FIELDS: Record<QuestionType, Record<string, [check: (x: unknown) => boolean, expected: string]>> = {
  single: { choice: [isIndex, 'a whole number from 0'] },
  evidence: { choice: [isIndex, 'a whole number from 0'] },
  multiple: { choices: [arrayOf(isIndex), 'a list of whole numbers from 0'] },
  truefalse: {
    value: [orNull((x) => typeof x === 'boolean'), 'true, false or null'],
    why: [orNull(isIndex), 'a whole number from 0, or null'],
  },
  categorise: { buckets: [arrayOf(orNull(isIndex)), 'a list of whole numbers from 0 or nulls'] },
  order: { order: [arrayOf(isIndex), 'a list of whole numbers from 0'] },
};

/**
 * What is wrong with the shape of a stored or decoded answer, or undefined if it is an `Answer`.
 * Hand-written rather than zod so the quiz island stays small (zod would more than double it).
 */
export function answerShapeError(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an answer: expected an object';
  const record = raw as Record<string, unknown>;
  const type = record['type'];
  const fields =
    typeof type === 'string' && Object.hasOwn(ANSWER_FIELDS, type) ? ANSWER_FIELDS[type as QuestionType] : undefined;
  if (!fields) return `not an answer: unknown type ${typeof type === 'string' ? `"${type}"` : typeof type}`;
  for (const [name, [check, expected]] of Object.entries(fields)) {
    if (!check(record[name])) return `not an answer at ${name}: expected ${expected}`;
  }
  const extra = Object.keys(record).find((key) => key !== 'type' && !Object.hasOwn(fields, key));
  return extra === undefined ? undefined : `not an answer: unexpected field ${extra}`;
}

/** Whether a value has the shape of an `Answer` (indices not yet checked against a question). */
export const isAnswer = (raw: unknown): raw is Answer => answerShapeError(raw) === undefined;

/** The answer shape for a given question type. */
export type AnswerOf<T extends QuestionType> = Extract<Answer, { type: T }>;

/** One marked part of an answer, for feedback next to the option or item it is about. */
export interface Part {
  /** What is marked: an option (single, multiple, evidence, a true/false reason), the true/false choice, or an item. */
  kind: 'option' | 'value' | 'item';
  /**
   * Authored index of the option or item. For `value`: the learner's choice, 1 for true and 0 for
   * false (the right one when nothing was chosen).
   */
  index: number;
  /** Whether the learner chose this option (options and `value`); for items, whether it was placed. */
  chosen: boolean;
  /** Whether the learner's decision about this part is right. */
  right: boolean;
}

/** The score of one answer. */
export interface QuestionScore {
  /** Credit earned, from 0 to 1. */
  score: number;
  /** True only for full credit. */
  correct: boolean;
  /** Per-option or per-item marks, in authored order. */
  parts: Part[];
}

/** The result of a validated answer: the answer, or what is wrong with it. */
export type AnswerValidation = { success: true; answer: Answer } | { success: false; error: string };

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

const result = (score: number, parts: Part[]): QuestionScore => {
  const s = clamp01(score);
  return { score: s, correct: s === 1, parts };
};

/** Index of the first option marked correct, or -1. */
const correctIndex = (options: readonly { correct: boolean }[]): number => options.findIndex((o) => o.correct);

const choiceParts = (options: readonly { correct: boolean }[], chosen: ReadonlySet<number>): Part[] =>
  options.map((o, i) => ({ kind: 'option', index: i, chosen: chosen.has(i), right: chosen.has(i) === o.correct }));

/**
 * Scores one answer. A missing answer, or one for another question type, scores 0; indices out of
 * range simply match nothing, so the score stays within [0, 1] whatever the input.
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionScore {
  const typed = answer?.type === question.type ? answer : undefined;
  switch (question.type) {
    case 'single':
    case 'evidence': {
      const choice = typed && (typed.type === 'single' || typed.type === 'evidence') ? typed.choice : undefined;
      const chosen = new Set(choice === undefined ? [] : [choice]);
      const right = correctIndex(question.options);
      return result(choice !== undefined && choice === right ? 1 : 0, choiceParts(question.options, chosen));
    }
    case 'multiple': {
      const chosen = new Set(typed?.type === 'multiple' ? typed.choices : []);
      const total = question.options.filter((o) => o.correct).length;
      let right = 0;
      let wrong = 0;
      question.options.forEach((o, i) => {
        if (!chosen.has(i)) return;
        if (o.correct) right += 1;
        else wrong += 1;
      });
      // With no right option (an authoring error the build rejects), only an empty answer is right.
      const score = total === 0 ? (chosen.size === 0 ? 1 : 0) : (right - wrong) / total;
      return result(score, choiceParts(question.options, chosen));
    }
    case 'truefalse': {
      const value = typed?.type === 'truefalse' ? typed.value : null;
      const why = typed?.type === 'truefalse' ? typed.why : null;
      const valueRight = value === question.answer;
      const whyRight = why !== null && why === correctIndex(question.why);
      const parts: Part[] = [
        { kind: 'value', index: (value ?? question.answer) ? 1 : 0, chosen: value !== null, right: valueRight },
        ...choiceParts(question.why, new Set(why === null ? [] : [why])),
      ];
      return result((valueRight ? 0.5 : 0) + (whyRight ? 0.5 : 0), parts);
    }
    case 'categorise': {
      const buckets = typed?.type === 'categorise' ? typed.buckets : [];
      const ids = question.buckets.map((b) => b.id);
      const parts: Part[] = question.items.map((item, i) => {
        const placed = buckets[i];
        const chosen = placed !== undefined && placed !== null;
        return { kind: 'item', index: i, chosen, right: chosen && ids[placed] === item.bucket };
      });
      return result(parts.filter((p) => p.right).length / question.items.length, parts);
    }
    case 'order': {
      const order = typed?.type === 'order' ? typed.order : [];
      const n = question.items.length;
      // First position of each authored item in the learner's list; missing items never count as right.
      const position = new Map<number, number>();
      order.forEach((item, pos) => {
        if (!position.has(item)) position.set(item, pos);
      });
      let rightPairs = 0;
      for (let a = 0; a < n; a += 1) {
        for (let b = a + 1; b < n; b += 1) {
          const pa = position.get(a);
          const pb = position.get(b);
          if (pa !== undefined && pb !== undefined && pa < pb) rightPairs += 1;
        }
      }
      const pairs = (n * (n - 1)) / 2;
      const parts: Part[] = question.items.map((_, i) => ({
        kind: 'item',
        index: i,
        chosen: position.has(i),
        right: position.get(i) === i,
      }));
      return result(pairs === 0 ? 1 : rightPairs / pairs, parts);
    }
  }
}

/** Whether every part of an answer has been given, so it can be checked. */
export function isComplete(question: Question, answer: Answer | undefined): boolean {
  if (answer?.type !== question.type) return false;
  switch (answer.type) {
    case 'single':
    case 'evidence':
    case 'order':
      return true;
    case 'multiple':
      return answer.choices.length > 0;
    case 'truefalse':
      return answer.value !== null && answer.why !== null;
    case 'categorise':
      return question.type === 'categorise' && question.items.every((_, i) => typeof answer.buckets[i] === 'number');
  }
}

const inRange = (i: number, n: number): boolean => i >= 0 && i < n;

/**
 * Checks a stored or decoded answer against its question: the right type, indices in range,
 * no repeated choices, a full permutation for `order`. Never throws.
 */
export function validateAnswer(question: Question, raw: unknown): AnswerValidation {
  const shape = answerShapeError(raw);
  if (shape !== undefined) return { success: false, error: shape };
  const answer = raw as Answer;
  const fail = (error: string): AnswerValidation => ({ success: false, error });
  if (answer.type !== question.type) {
    return fail(`a ${answer.type} answer was given for ${question.type} question "${question.id}"`);
  }
  switch (answer.type) {
    case 'single':
    case 'evidence': {
      const n = question.type === 'single' || question.type === 'evidence' ? question.options.length : 0;
      if (!inRange(answer.choice, n)) return fail(`choice ${answer.choice} is not one of the ${n} options`);
      break;
    }
    case 'multiple': {
      const n = question.type === 'multiple' ? question.options.length : 0;
      const bad = answer.choices.find((c) => !inRange(c, n));
      if (bad !== undefined) return fail(`choice ${bad} is not one of the ${n} options`);
      if (new Set(answer.choices).size !== answer.choices.length) return fail('a choice is repeated');
      break;
    }
    case 'truefalse': {
      const n = question.type === 'truefalse' ? question.why.length : 0;
      if (answer.why !== null && !inRange(answer.why, n)) return fail(`reason ${answer.why} is not one of the ${n}`);
      break;
    }
    case 'categorise': {
      if (question.type !== 'categorise') break;
      const items = question.items.length;
      const buckets = question.buckets.length;
      if (answer.buckets.length !== items) {
        return fail(`${answer.buckets.length} placements were given for ${items} items`);
      }
      const bad = answer.buckets.find((b) => b !== null && !inRange(b, buckets));
      if (bad !== undefined && bad !== null) return fail(`bucket ${bad} is not one of the ${buckets} buckets`);
      break;
    }
    case 'order': {
      const n = question.type === 'order' ? question.items.length : 0;
      const seen = new Set(answer.order);
      if (answer.order.length !== n || seen.size !== n || answer.order.some((i) => !inRange(i, n))) {
        return fail(`the order must list each of the ${n} items exactly once`);
      }
      break;
    }
  }
  return { success: true, answer };
}

/** The full-credit answer to a question (for tests, teacher keys and result codes). */
export function correctAnswer(question: Question): Answer {
  const right = (options: readonly { correct: boolean }[]): number[] =>
    options.flatMap((o, i) => (o.correct ? [i] : []));
  switch (question.type) {
    case 'single':
    case 'evidence':
      return { type: question.type, choice: right(question.options)[0] ?? 0 };
    case 'multiple':
      return { type: 'multiple', choices: right(question.options) };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer, why: right(question.why)[0] ?? null };
    case 'categorise':
      return {
        type: 'categorise',
        buckets: question.items.map((item) => question.buckets.findIndex((b) => b.id === item.bucket)),
      };
    case 'order':
      return { type: 'order', order: question.items.map((_, i) => i) };
  }
}

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

/** Normalises a multiple-select answer: ascending, no repeats. */
export function multipleAnswer(choices: Iterable<number>): AnswerOf<'multiple'> {
  return { type: 'multiple', choices: [...new Set(choices)].sort((a, b) => a - b) };
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
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'evidence':
      return question.options.length;
    case 'truefalse':
      return question.why.length;
    case 'categorise':
    case 'order':
      return question.items.length;
  }
}

/**
 * The display order of a question's main list (options, reasons or items) as authored indices.
 * Choices are authored with the right one anywhere (often first), so they are shuffled from
 * `seed` and the question id: the same seed always gives the same order, on the server and in the
 * browser. Evidence options are paragraphs and read best in article order. An order question
 * never starts already solved.
 */
export function arrange(question: Question, seed: string): number[] {
  const n = listLength(question);
  if (question.type === 'evidence') {
    return question.options
      .map((o, i) => ({ p: o.paragraph, i }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((x) => x.i);
  }
  const order = shuffledIndices(n, seedFrom(`${seed}/${question.id}`));
  if (question.type === 'order' && n > 1 && order.every((item, pos) => item === pos)) {
    // Rotating by one keeps this deterministic and leaves every item out of place.
    return [...order.slice(1), order[0] as number];
  }
  return order;
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
  /** Highest possible total: the number of questions. */
  max: number;
  /** Questions answered with full credit. */
  correct: number;
  /** One result per question, in set order. */
  questions: QuestionResult[];
  /** One result per skill, in the order skills first appear in the set. */
  skills: SkillResult[];
}

/** Mean score per skill over the given questions and their results (matched by position). */
export function skillResults(questions: readonly Question[], results: readonly { score: number }[]): SkillResult[] {
  const bySkill = new Map<string, { earned: number; questions: number }>();
  questions.forEach((q, i) => {
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
    max: questions.length,
    correct: results.filter((r) => r.correct).length,
    questions: results,
    skills: skillResults(questions, results),
  };
}
