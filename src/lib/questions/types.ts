/**
 * The one interface every question type implements. A type is a single module
 * (`src/lib/questions/<type>.ts`) listed once in the registry (`./index.ts`); the schema, the
 * quiz engine, answer text, result codes, the content checker and the LMS exports all dispatch
 * through the registry, so a new type adds its module, not branches across the code.
 *
 * Modules import no library at run time: zod and the export builders come in as "kits", so the
 * islands that score answers never bundle zod, fflate's zip writer or the XML templates.
 */
import type { z } from 'zod';
import type { ByteReader } from '../codes';
import type { ExportLabels, ExportSet } from '../exports/common';
import type { baseQuestion, choiceSchema } from '../../schemas/quiz';

/** What a schema part is built from (the caller passes zod and the shared fields in). */
export interface SchemaKit {
  /** zod itself. */
  z: typeof z;
  /** Fields every question has (id, prompt, skills, paragraphs, sources). */
  base: typeof baseQuestion;
  /** An answer choice with its own explanation. */
  choice: typeof choiceSchema;
  /** A kebab-case id. */
  id: z.ZodString;
  /** A 1-based paragraph number. */
  paragraph: z.ZodNumber;
}

/** What an answer schema part is built from. */
export interface AnswerKit {
  /** zod itself. */
  z: typeof z;
  /** A whole number from 0: the index of an option or item in authored order. */
  index: z.ZodNumber;
}

/** One field of an answer and the hand-written check of its value, with what the check expects. */
export type AnswerFieldCheck = readonly [check: (x: unknown) => boolean, expected: string];

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
  /** False for a type a person marks (an open answer): the score is 0 until a teacher marks it. */
  auto?: false;
}

/** The words an answer is described with (from en.json, passed in so the modules hold no UI text). */
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

/** A text of a question that readers see, with its field path. */
export interface QuestionText {
  /** Field path inside the question, e.g. `options[2].explanation`. */
  field: string;
  /** The text. */
  text: string;
  /** Whether it must cite the paragraph it rests on ("¶N"), as explanations must. */
  cites: boolean;
}

/** The authoring checks' tools: each problem names the field, the bad value and a fix. */
export interface CheckKit {
  /** Reports a problem at a field of the question. */
  push: (field: string, bad: string, message: string) => void;
  /** Reports every repeat in `values` (`what` names one value, e.g. "option text"). */
  distinct: (field: string, values: readonly (string | number)[], what: string) => void;
  /** Reports a list that does not have exactly one option marked correct. */
  exactlyOne: (field: string, options: readonly { correct: boolean }[]) => void;
}

/** References a question makes beyond its base fields, checked against the lesson. */
export interface QuestionRefs {
  /** Paragraph numbers by field path. */
  paragraphs?: [field: string, values: number[]][];
  /** Timeline event ids by field path. */
  events?: [field: string, value: string][];
}

/** Writes an answer's bytes into a result code. */
export interface CodeWriter {
  /** A whole number from 0, in 1–5 bytes. */
  varint: (n: number) => void;
  /** One byte. */
  byte: (n: number) => void;
  /** A count, then each number as a varint. */
  list: (xs: readonly number[]) => void;
  /** A count, then raw bytes. */
  bytes: (b: Uint8Array) => void;
}

/** Reads an answer's bytes from a result code; every read returns undefined past the end. */
export interface CodeReader {
  /** Reads a varint. */
  varint: ByteReader['varint'];
  /** Reads one byte. */
  byte: ByteReader['byte'];
  /** A count, then that many varints (undefined for an absurd count). */
  list: () => number[] | undefined;
  /** A count, then that many raw bytes. */
  bytes: () => Uint8Array | undefined;
}

/** A choice as the exports write it. */
export interface ExportChoice {
  /** Text. */
  text: string;
  /** Whether it is right. */
  correct: boolean;
  /** Feedback. */
  explanation: string;
}

/** A matching pair as the exports write it: item, index of its answer, explanation. */
export interface ExportMatch {
  /** Item text. */
  text: string;
  /** Index of the right answer in the answer list. */
  answer: number;
  /** Why. */
  explanation: string;
}

/** What a rubric level looks like in an export. */
export interface ExportLevel {
  /** Level name. */
  label: string;
  /** What an answer at this level does. */
  descriptor: string;
}

/** The export builders and words a type writes its questions with, in one file format. */
export interface ExportKit {
  /** The set being exported. */
  set: ExportSet;
  /** The words of the files. */
  L: ExportLabels;
  /** A choice question (one right, or several with Gloss's partial credit). */
  choice: (id: string, stem: string, options: readonly ExportChoice[], multiple: boolean, comment?: string) => string;
  /** A true/false question with feedback for each answer. */
  trueFalse: (id: string, stem: string, answer: boolean, feedback: { true: string; false: string }) => string;
  /** A matching question (items to answers), with a comment saying why matching stands in. */
  matching: (
    id: string,
    stem: string,
    items: readonly ExportMatch[],
    answers: readonly string[],
    comment: string,
  ) => string;
  /**
   * An ordering question: `items` are in the right order (authored order). A format with an
   * ordering type writes one (Moodle, Blackboard); one without writes matching, each item to its
   * position, with the items in `exportOrder` (src/lib/exports/common.ts); a format with neither leaves it out.
   */
  ordering: (id: string, stem: string, items: readonly { text: string; explanation: string }[]) => string;
  /** An essay question: no key, the model answer and rubric as grader information. */
  essay: (id: string, stem: string, model: string, rubric: readonly ExportLevel[], wordLimit?: number) => string;
  /** Plain text of a Markdown prompt (QTI) or the prompt as is (GIFT, which reads Markdown). */
  stem: (markdown: string) => string;
}

/**
 * One question type. `Q` is its question as authored (the output of its schema part), `A` its
 * answer as stored on the device and carried in links and codes (indices in authored order).
 */
export interface QuestionModule<Q extends { type: string; id: string }, A extends { type: Q['type'] }> {
  /** The `type` value in content and answers. */
  type: Q['type'];
  /** The answer's tag in result codes: stable forever, unique, 1–127. */
  tag: number;
  /** The question's zod schema (a strict object with the base fields). */
  schema: (kit: SchemaKit) => z.ZodType<Q>;
  /** The answer's zod schema (a strict object). */
  answerSchema: (kit: AnswerKit) => z.ZodType<A>;
  /** The answer's fields and their hand-written checks (the browser's validator; no zod). */
  answerFields: Readonly<Record<string, AnswerFieldCheck>>;
  /** How many options or items the main list shows. */
  listLength: (q: Q) => number;
  /** Display order of the main list; the default is `shuffled`, a seeded shuffle of it. */
  arrange?: (q: Q, shuffled: readonly number[]) => number[];
  /** Scores an answer (undefined: not answered). Always within [0, 1]. */
  score: (q: Q, a: A | undefined) => QuestionScore;
  /** Whether every part of the answer has been given, so it can be checked. */
  complete: (q: Q, a: A) => boolean;
  /** What is wrong with an answer of the right shape for this question (indices out of range…). */
  validate: (q: Q, a: A) => string | undefined;
  /** The full-credit answer (for keys and tests); for a person-marked type, the model answer. */
  correct: (q: Q) => A;
  /** Text of option, reason or item `i` (authored index). */
  optionText: (q: Q, i: number, words: AnswerWords) => string;
  /** The learner's answer in words. */
  answerText: (q: Q, a: A, words: AnswerWords) => string;
  /** The right answer in words. */
  rightText: (q: Q, words: AnswerWords) => string;
  /** The explanations that matter for an answer: of the learner's choices, then of the right ones. */
  explanations: (q: Q, a: A | undefined) => string[];
  /** The texts readers see, beyond the prompt. */
  texts: (q: Q) => QuestionText[];
  /** Authoring checks (right answers marked, no repeats…). */
  check: (q: Q, kit: CheckKit) => void;
  /** References beyond the base fields (evidence paragraphs, timeline events). */
  refs?: (q: Q) => QuestionRefs;
  /** Writes the answer's bytes (after its tag) into a result code. */
  encode: (a: A, out: CodeWriter) => void;
  /** Reads the answer's bytes; undefined when they make no sense. */
  decode: (r: CodeReader) => A | undefined;
  /**
   * The question's blocks in an LMS file. The kit is the format's (GIFT or QTI 1.2), so one
   * mapping serves every format: choice, true/false, matching or essay.
   */
  exportItems: (q: Q, kit: ExportKit) => string[];
}

/** The question type of a module. */
export type QuestionOfModule<M> = M extends { listLength: (q: infer Q) => number } ? Q : never;
/** The answer type of a module. */
export type AnswerOfModule<M> = M extends { correct: (q: never) => infer A } ? A : never;
