/**
 * Blackboard Learn "Upload Questions" file of a question set: a tab-delimited text file, one
 * question per line, the first field its type, as Blackboard documents it
 * (https://help.blackboard.com/Learn/Instructor/Ultra/Tests_Pools_Surveys/Reuse_Questions/Upload_Questions,
 * and the Original course view's page of the same name). The format has no header row, no blank
 * lines, no ids and no feedback fields, and the words `correct`, `incorrect`, `true` and `false`
 * must be in English.
 *
 * Mapping:
 * - single choice, find the evidence → `MC` (answer, then `correct` or `incorrect`);
 * - multiple select → `MA` (Blackboard applies its own partial credit);
 * - true/false → `TF`, then its "why?" half as an `MC` line;
 * - order → `ORD`, the answers in the right order: that order is the key, and Blackboard
 *   documents that it shows them to the student in a random order;
 * - categorise → `MAT` when items and groups pair one to one; otherwise (several items share a
 *   group, which Blackboard warns can mark right answers wrong) one `MC` line per item, asking
 *   for its group;
 * - a type a person marks → `ESS`, with the model answer and rubric as the example answer.
 */
import { moduleOf, type ExportKit } from '../questions';
import type { ExportLabels, ExportSet } from './common';
import { plainText } from '../answer-text';

/** One field: tabs and line breaks would end the field or the row, so they become spaces. */
export function tsvField(text: string): string {
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const line = (...fields: string[]): string => fields.map(tsvField).join('\t');

const mark = (correct: boolean): string => (correct ? 'correct' : 'incorrect');

/** The Blackboard builders a question type writes its questions with. */
function blackboardKit(set: ExportSet, L: ExportLabels): ExportKit {
  return {
    set,
    L,
    stem: plainText,
    choice: (_id, stem, options, multiple) =>
      line(multiple ? 'MA' : 'MC', stem, ...options.flatMap((o) => [o.text, mark(o.correct)])),
    trueFalse: (_id, stem, answer) => line('TF', stem, answer ? 'true' : 'false'),
    matching: (_id, stem, items, answers) => {
      const oneToOne = items.length === answers.length && new Set(items.map((i) => i.answer)).size === items.length;
      if (oneToOne) return line('MAT', stem, ...items.flatMap((item) => [item.text, answers[item.answer] ?? '']));
      return items
        .map((item) =>
          line('MC', L.matchItemStem(stem, item.text), ...answers.flatMap((a, k) => [a, mark(k === item.answer)])),
        )
        .join('\n');
    },
    ordering: (_id, stem, items) => line('ORD', stem, ...items.map((item) => item.text)),
    essay: (_id, stem, model, rubric, wordLimit) =>
      line('ESS', wordLimit === undefined ? stem : `${stem} ${L.wordLimit(wordLimit)}`, L.graderInfo(model, rubric)),
  };
}

/** The Upload Questions file of one set: one line per question, ending with a line break. */
export function toBlackboard(set: ExportSet, L: ExportLabels): string {
  const kit = blackboardKit(set, L);
  return `${set.questions.flatMap((q) => moduleOf(q).exportItems(q, kit)).join('\n')}\n`;
}
