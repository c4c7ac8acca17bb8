/**
 * Moodle GIFT export of a question set (Question bank → Import → GIFT format).
 *
 * Mapping:
 * - single choice, find the evidence → multiple choice (`=` right, `~` wrong), with each option's
 *   explanation as its feedback (`#`); evidence options are the paragraphs, with their text;
 * - multiple select → multiple choice with weights: each right option `%w%`, each wrong one
 *   `%-w%` where w = 100 ÷ right options, which is Gloss's own partial credit;
 * - true/false → a GIFT true/false question (`{T#wrong-answer feedback#right-answer feedback}`),
 *   then its "why?" half as a multiple-choice question with the id `<id>-why`;
 * - categorise → matching (item `->` group), explanations as general feedback (`####`);
 * - order → matching (item `->` its position, 1 = earliest), explanations as general feedback,
 *   the items written in a seeded shuffle that is never the answer order (`exportOrder`).
 * GIFT has no ordering type, so comments in the file say so where the nearest form is used.
 */
import { moduleOf, type ExportKit } from '../questions';
import { optionWeight, orderingAsMatching, type ExportLabels, type ExportSet } from './common';

/**
 * Text safe inside a GIFT question: the characters GIFT gives meaning to (`~ = # { } :` and the
 * backslash) are escaped with a backslash, and line breaks become `\n`.
 */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

/** A `//` comment line (GIFT comments run to the end of the line). */
const comment = (text: string): string => `// ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`;

const head = (id: string, stem: string): string => `::${giftEscape(id)}::[markdown]${giftEscape(stem)}`;

const feedback = (text: string): string => `#${giftEscape(text)}`;

function choices(options: readonly { text: string; correct: boolean; explanation: string }[]): string[] {
  return options.map((o) => `\t${o.correct ? '=' : '~'}${giftEscape(o.text)}${feedback(o.explanation)}`);
}

function matching(id: string, stem: string, pairs: readonly [item: string, answer: string][], general: string): string {
  return [
    `${head(id, stem)}{`,
    ...pairs.map(([item, answer]) => `\t=${giftEscape(item)} -> ${giftEscape(answer)}`),
    `\t####${giftEscape(general)}`,
    '}',
  ].join('\n');
}

/** The GIFT builders a question type writes its questions with. */
function giftKit(set: ExportSet, L: ExportLabels): ExportKit {
  const kit: ExportKit = {
    set,
    L,
    stem: (markdown) => markdown,
    choice: (id, stem, options, multiple) => {
      if (!multiple) return [`${head(id, stem)}{`, ...choices(options), '}'].join('\n');
      const w = optionWeight(options.filter((o) => o.correct).length);
      return [
        comment(L.multipleComment),
        `${head(id, stem)}{`,
        ...options.map((o) => `\t~%${o.correct ? w : `-${w}`}%${giftEscape(o.text)}${feedback(o.explanation)}`),
        '}',
      ].join('\n');
    },
    trueFalse: (id, stem, answer, explanations) =>
      [
        comment(L.trueFalseComment),
        `${head(id, stem)}{${answer ? 'T' : 'F'}${feedback(explanations[answer ? 'false' : 'true'])}${feedback(explanations[answer ? 'true' : 'false'])}}`,
      ].join('\n'),
    matching: (id, stem, items, answers, note) =>
      `${comment(note)}\n${matching(
        id,
        stem,
        items.map((item) => [item.text, answers[item.answer] ?? '']),
        items.map((item) => `${item.text}: ${answers[item.answer] ?? ''}. ${item.explanation}`).join('\n'),
      )}`,
    essay: (id, stem, model, rubric, wordLimit) =>
      [
        comment(L.essayComment),
        `${head(id, wordLimit === undefined ? stem : `${stem}\n\n${L.wordLimit(wordLimit)}`)}{`,
        `\t####${giftEscape(L.graderInfo(model, rubric))}`,
        '}',
      ].join('\n'),
    ordering: (id, stem, items) => orderingAsMatching(kit.matching, L, id, stem, items),
  };
  return kit;
}

/** The GIFT file of one question set. */
export function toGift(set: ExportSet, L: ExportLabels): string {
  const kit = giftKit(set, L);
  const blocks = [
    [comment(L.header(set.title, set.lessonTitle)), `$CATEGORY: gloss/${set.lesson}/${set.id}`].join('\n'),
    ...set.questions.flatMap((q) => moduleOf(q).exportItems(q, kit)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
