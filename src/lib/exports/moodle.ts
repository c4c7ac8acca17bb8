/**
 * Moodle XML export of a question set (Question bank → Import → "Moodle XML format").
 *
 * The element structure follows Moodle's own documentation of the format,
 * https://docs.moodle.org/en/Moodle_XML_format (a `<quiz>` of `<question type="…">` elements,
 * each with `<name>`, `<questiontext format>`, answers as `<answer fraction>` with `<feedback>`,
 * and `<tags>`), and, for the ordering type, the XML import of Moodle's standard ordering
 * question type (qtype_ordering, in Moodle's core since 4.4: `question/type/ordering/questiontype.php`).
 *
 * Mapping:
 * - single choice, find the evidence → `multichoice` with `<single>true</single>`, each option's
 *   explanation as its `<feedback>`; evidence options are the paragraphs, with their text;
 * - multiple select → `multichoice` with `<single>false</single>`: each right option earns
 *   100 ÷ right options percent and each wrong one takes as much away, which is Gloss's scoring;
 * - true/false → `truefalse` (answers `true` and `false`, each with its feedback), then its
 *   "why?" half as a single-answer `multichoice` with the id `<id>-why`;
 * - categorise → `matching` (each item a `<subquestion>` whose `<answer>` is its group); Moodle
 *   has no sorting type, and a comment in the file says matching stands in;
 * - order → `ordering`. Its answers are written in the right order because that order IS the
 *   key: Moodle's importer numbers the answers as they come and ignores `fraction`. Moodle shows
 *   the items to the student shuffled (`selecttype` ALL: every item, in a random order). Graded
 *   `RELATIVE_ALL_PREVIOUS_AND_NEXT`, the share of item pairs in the right relative order, as
 *   Gloss does;
 * - a type a person marks → `essay`, with the model answer and rubric as `<graderinfo>` (shown
 *   only to graders) and the word limit as `<maxwordlimit>`.
 * Every question carries its skill ids as `<tags>` and its id as `<name>` and `<idnumber>`.
 */
import { moduleOf, type ExportKit, type Question } from '../questions';
import { optionWeight, type ExportLabels, type ExportSet } from './common';
import { xmlEscape } from './qti';

/** An XML comment: `--` may not appear inside one, so dashes are spaced apart. */
const xmlComment = (text: string): string =>
  `<!-- ${text.replace(/-{2,}/g, (d) => d.split('').join(' ')).replace(/-$/, '- ')} -->`;

/** A `<tag format><text>…</text></tag>` text element. */
const textElement = (tag: string, text: string, format = 'plain_text'): string =>
  `<${tag} format="${format}"><text>${xmlEscape(text)}</text></${tag}>`;

/** The elements every question starts with (after its `type`). */
function head(id: string, stem: string, general = ''): string {
  return (
    `<name><text>${xmlEscape(id)}</text></name>` +
    // Prompts are Markdown, which Moodle formats itself.
    textElement('questiontext', stem, 'markdown') +
    textElement('generalfeedback', general) +
    `<defaultgrade>1</defaultgrade><penalty>0</penalty><hidden>0</hidden>` +
    `<idnumber>${xmlEscape(id)}</idnumber>`
  );
}

const answer = (fraction: string, text: string, feedback: string): string =>
  `<answer fraction="${fraction}" format="plain_text"><text>${xmlEscape(text)}</text>` +
  `${textElement('feedback', feedback)}</answer>`;

const tags = (skills: readonly string[]): string =>
  skills.length === 0 ? '' : `<tags>${skills.map((s) => `<tag><text>${xmlEscape(s)}</text></tag>`).join('')}</tags>`;

/** The Moodle XML builders; `skills` is read when a question is written, so each carries its tags. */
function moodleKit(set: ExportSet, L: ExportLabels, skills: () => readonly string[]): ExportKit {
  const question = (type: string, body: string, comment?: string): string =>
    `${comment === undefined ? '' : `${xmlComment(comment)}\n`}<question type="${type}">${body}${tags(skills())}</question>`;
  return {
    set,
    L,
    stem: (markdown) => markdown,
    choice: (id, stem, options, multiple) => {
      const w = optionWeight(options.filter((o) => o.correct).length);
      const fraction = (correct: boolean): string => (multiple ? (correct ? w : `-${w}`) : correct ? '100' : '0');
      return question(
        'multichoice',
        head(id, stem) +
          `<single>${multiple ? 'false' : 'true'}</single><shuffleanswers>true</shuffleanswers>` +
          `<answernumbering>abc</answernumbering>` +
          options.map((o) => answer(fraction(o.correct), o.text, o.explanation)).join(''),
        multiple ? L.multipleComment : undefined,
      );
    },
    trueFalse: (id, stem, right, feedback) =>
      question(
        'truefalse',
        head(id, stem) +
          // Moodle reads the answers by their text, which must be the English words.
          answer(right ? '100' : '0', 'true', feedback.true) +
          answer(right ? '0' : '100', 'false', feedback.false),
        L.trueFalseComment,
      ),
    matching: (id, stem, items, answers, note) =>
      question(
        'matching',
        head(
          id,
          stem,
          items.map((item) => `${item.text}: ${answers[item.answer] ?? ''}. ${item.explanation}`).join('\n'),
        ) +
          `<shuffleanswers>true</shuffleanswers>` +
          items
            .map(
              (item) =>
                `<subquestion format="plain_text"><text>${xmlEscape(item.text)}</text>` +
                `<answer><text>${xmlEscape(answers[item.answer] ?? '')}</text></answer></subquestion>`,
            )
            .join(''),
        note,
      ),
    ordering: (id, stem, items) =>
      question(
        'ordering',
        head(id, stem, items.map((item, i) => `${i + 1}. ${item.text}: ${item.explanation}`).join('\n')) +
          `<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype><selectcount>0</selectcount>` +
          `<gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype><showgrading>SHOW</showgrading>` +
          // The written order is the key (see the file comment); Moodle shuffles it for the student.
          items.map((item) => answer('1', item.text, item.explanation)).join(''),
        L.orderingComment,
      ),
    essay: (id, stem, model, rubric, wordLimit) =>
      question(
        'essay',
        head(id, wordLimit === undefined ? stem : `${stem}\n\n${L.wordLimit(wordLimit)}`) +
          `<responseformat>editor</responseformat><responserequired>1</responserequired>` +
          `<responsefieldlines>10</responsefieldlines><attachments>0</attachments><attachmentsrequired>0</attachmentsrequired>` +
          (wordLimit === undefined ? '' : `<maxwordlimit>${wordLimit}</maxwordlimit>`) +
          textElement('graderinfo', L.graderInfo(model, rubric)) +
          textElement('responsetemplate', ''),
        L.essayComment,
      ),
  };
}

/** The Moodle XML file of one question set, in a category `gloss/<lesson>/<set>`. */
export function toMoodleXml(set: ExportSet, L: ExportLabels): string {
  let current: Question | undefined;
  const kit = moodleKit(set, L, () => current?.skills ?? []);
  const questions = set.questions.flatMap((q) => {
    current = q;
    return moduleOf(q).exportItems(q, kit);
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n` +
    `${xmlComment(L.header(set.title, set.lessonTitle))}\n` +
    `<question type="category"><category><text>${xmlEscape(`$course$/top/gloss/${set.lesson}/${set.id}`)}</text></category>` +
    `${textElement('info', set.description ?? '')}</question>\n` +
    questions.join('\n') +
    `\n</quiz>\n`
  );
}
