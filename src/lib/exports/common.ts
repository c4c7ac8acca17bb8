/**
 * What every LMS export needs: the set being exported and the words it is written with (from
 * en.json, so a translated site exports translated files).
 */
import type { Question } from '../questions';

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
  /** A comment before an essay question: a person marks it against the rubric. */
  essayComment: string;
  /** The word limit of a written answer, added to its stem. */
  wordLimit: (n: number) => string;
  /** The grader's information of an essay: the model answer and the rubric's levels. */
  graderInfo: (model: string, rubric: readonly { label: string; descriptor: string }[]) => string;
}

export { positionLabel } from '../questions/order';
export { whyId } from '../questions/truefalse';

/**
 * Weight of each right option of a multiple-select question, in percent, so that the LMS's
 * partial credit matches Gloss's (right picks − wrong picks) ÷ right options. Five decimals, as
 * Moodle lists its grades (33.33333).
 */
export function optionWeight(rightOptions: number): string {
  const w = 100 / Math.max(1, rightOptions);
  return String(Math.round(w * 100000) / 100000);
}
