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
 * - order → matching (item `->` its position, 1 = earliest), explanations as general feedback.
 * GIFT has no ordering type, so comments in the file say so where the nearest form is used.
 */
import type { Choice } from '../../schemas/quiz';
import type { Question } from '../quiz';
import { optionWeight, positionLabel, whyId, type ExportLabels, type ExportSet } from './common';

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

function question(q: Question, set: ExportSet, L: ExportLabels): string[] {
  switch (q.type) {
    case 'single':
      return [[`${head(q.id, q.prompt)}{`, ...choices(q.options), '}'].join('\n')];
    case 'evidence': {
      const options = q.options.map((o) => ({
        text: L.paragraphOption(o.paragraph, set.paragraphs[o.paragraph - 1] ?? ''),
        correct: o.correct,
        explanation: o.explanation,
      }));
      const stem = `${q.prompt}\n\n${L.claim(q.claim, q.relation)}`;
      return [[`${head(q.id, stem)}{`, ...choices(options), '}'].join('\n')];
    }
    case 'multiple': {
      const right = q.options.filter((o) => o.correct).length;
      const w = optionWeight(right);
      return [
        [
          comment(L.multipleComment),
          `${head(q.id, q.prompt)}{`,
          ...q.options.map((o) => `\t~%${o.correct ? w : `-${w}`}%${giftEscape(o.text)}${feedback(o.explanation)}`),
          '}',
        ].join('\n'),
      ];
    }
    case 'truefalse': {
      const right = q.explanations[q.answer ? 'true' : 'false'];
      const wrong = q.explanations[q.answer ? 'false' : 'true'];
      const why: Choice[] = q.why;
      return [
        [
          comment(L.trueFalseComment),
          `${head(q.id, q.prompt)}{${q.answer ? 'T' : 'F'}${feedback(wrong)}${feedback(right)}}`,
        ].join('\n'),
        [`${head(whyId(q.id), L.whyStem(q.prompt, q.answer ? L.true : L.false))}{`, ...choices(why), '}'].join('\n'),
      ];
    }
    case 'categorise': {
      const label = (bucket: string): string => q.buckets.find((b) => b.id === bucket)?.label ?? bucket;
      return [
        `${comment(L.categoriseComment)}\n${matching(
          q.id,
          `${q.prompt}\n\n${L.categoriseNote}`,
          q.items.map((item) => [item.text, label(item.bucket)]),
          q.items.map((item) => `${item.text}: ${label(item.bucket)}. ${item.explanation}`).join('\n'),
        )}`,
      ];
    }
    case 'order':
      return [
        `${comment(L.orderComment)}\n${matching(
          q.id,
          `${q.prompt}\n\n${L.orderNote}`,
          q.items.map((item, i) => [item.text, positionLabel(i)]),
          q.items.map((item, i) => `${positionLabel(i)}. ${item.text} ${item.explanation}`).join('\n'),
        )}`,
      ];
  }
}

/** The GIFT file of one question set. */
export function toGift(set: ExportSet, L: ExportLabels): string {
  const blocks = [
    [comment(L.header(set.title, set.lessonTitle)), `$CATEGORY: gloss/${set.lesson}/${set.id}`].join('\n'),
    ...set.questions.flatMap((q) => question(q, set, L)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
