/**
 * What every LMS export needs: the set being exported and the words it is written with (from
 * en.json, so a translated site exports translated files).
 */
import type { Question } from '../quiz';

/** One question set to export. */
export interface ExportSet {
  /** Lesson id. */
  lesson: string;
  /** Lesson title. */
  lessonTitle: string;
  /** Set id (its file name). */
  id: string;
  /** Set title. */
  title: string;
  /** One sentence on the set, if any. */
  description?: string | undefined;
  /** The questions, in order. */
  questions: readonly Question[];
  /** Plain text of each article paragraph (¶1 first), for evidence questions. */
  paragraphs: readonly string[];
}

/** The words and sentences the exported files contain. */
export interface ExportLabels {
  /** "True". */
  true: string;
  /** "False". */
  false: string;
  /** An evidence option: paragraph number and its text. */
  paragraphOption: (n: number, text: string) => string;
  /** The claim an evidence question asks about, with whether the paragraph should support or contradict it. */
  claim: (claim: string, relation: 'supports' | 'contradicts') => string;
  /** Stem of the "why?" question that follows a true/false one. */
  whyStem: (prompt: string, answer: string) => string;
  /** Instruction added to a categorise question exported as matching. */
  categoriseNote: string;
  /** Instruction added to an order question exported as matching. */
  orderNote: string;
  /** File header: where it came from. */
  header: (set: string, lesson: string) => string;
  /** A comment before a true/false question: its reason part follows as its own question. */
  trueFalseComment: string;
  /** A comment before a categorise question exported as matching. */
  categoriseComment: string;
  /** A comment before an order question exported as matching. */
  orderComment: string;
  /** A comment before a multiple-select question: how the weights mirror Gloss's scoring. */
  multipleComment: string;
}

/** Position labels for order questions exported as matching: "1", "2", … */
export const positionLabel = (i: number): string => String(i + 1);

/** The id of the "why?" question exported after a true/false question. */
export const whyId = (id: string): string => `${id}-why`;

/**
 * Weight of each right option of a multiple-select question, in percent, so that the LMS's
 * partial credit matches Gloss's (right picks − wrong picks) ÷ right options. Five decimals, as
 * Moodle lists its grades (33.33333).
 */
export function optionWeight(rightOptions: number): string {
  const w = 100 / Math.max(1, rightOptions);
  return String(Math.round(w * 100000) / 100000);
}
