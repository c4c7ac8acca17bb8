/**
 * What every LMS export needs: the set being exported and the words it is written with (from
 * en.json, so a translated site exports translated files).
 */
import type { ExportKit, Question } from '../questions';
import { positionLabel } from '../questions/order';
import { seedFrom, shuffledIndices } from '../quiz';

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
  /**
   * Stem of the "why?" question that follows a true/false one. It never names the true/false
   * answer: a quiz that holds both parts would otherwise give the first one away.
   */
  whyStem: (prompt: string) => string;
  /** Instruction added to a categorise question exported as matching. */
  categoriseNote: string;
  /** Stem of one item of a sorting question asked as its own choice question: which group? */
  matchItemStem: (stem: string, item: string) => string;
  /** Instruction added to an order question exported as matching. */
  orderNote: string;
  /** Title of the Common Cartridge's note on the questions it leaves out. */
  cartridgeNoteTitle: string;
  /** Why the Common Cartridge leaves some questions out, and where to find them. */
  cartridgeNote: string;
  /** One question left out of the Common Cartridge: its set, id and type. */
  cartridgeNoteItem: (set: string, id: string, type: string) => string;
  /** File header: where it came from. */
  header: (set: string, lesson: string) => string;
  /** A comment before a true/false question: its reason part follows as its own question. */
  trueFalseComment: string;
  /** A comment before a categorise question exported as matching. */
  categoriseComment: string;
  /** A comment before an order question exported as matching. */
  orderComment: string;
  /** A comment before an order question exported as an ordering question. */
  orderingComment: string;
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

/**
 * The order an export writes the items of an ordering question in, as authored indices (authored
 * order is the answer order). A Fisher–Yates shuffle seeded from the question id, so the same
 * content always gives the same file; if the shuffle happens to be the answer order, it is
 * rotated by one, so no item list is ever written in answer order (for two or more items).
 */
export function exportOrder(questionId: string, n: number): number[] {
  const order = shuffledIndices(n, seedFrom(`export/${questionId}`));
  const solved = order.every((item, pos) => item === pos);
  return n > 1 && solved ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/**
 * An ordering question as matching, for a format with no ordering type (GIFT, QTI 1.2): each
 * item is matched to its position (1 = earliest), and the items are written in
 * {@link exportOrder}, so the list never reads top to bottom as the answer.
 */
export function orderingAsMatching(
  matching: ExportKit['matching'],
  L: ExportLabels,
  id: string,
  stem: string,
  items: readonly { text: string; explanation: string }[],
): string {
  return matching(
    id,
    `${stem}\n\n${L.orderNote}`,
    exportOrder(id, items.length).map((i) => ({
      text: items[i]?.text ?? '',
      answer: i,
      explanation: items[i]?.explanation ?? '',
    })),
    items.map((_, i) => positionLabel(i)),
    L.orderComment,
  );
}
