/**
 * IMS QTI 1.2 export of a question set, as a content package (zip) that Canvas ("Import course
 * content" → "QTI .zip file") and Blackboard ("Import Test") read: `imsmanifest.xml` plus one
 * assessment file, `<set>/<set>.xml`, holding every item.
 *
 * Mapping (Canvas `question_type` in each item's metadata):
 * - single choice, find the evidence → `multiple_choice_question`, per-option feedback;
 * - multiple select → `multiple_answers_question`, full marks for exactly the right options (the
 *   LMS applies its own partial credit), per-option feedback;
 * - true/false → `true_false_question`, then its "why?" half as a `multiple_choice_question`
 *   with the id `<id>-why`;
 * - categorise → `matching_question` (each item matched to its group, a share of the marks each);
 * - order → `matching_question` (each item matched to its position, 1 = earliest): QTI 1.2 as the
 *   LMSs read it has no ordering type, and a comment in the file says so. The items are written
 *   in a seeded shuffle that is never the answer order (`exportOrder`), so the list does not
 *   read top to bottom as the answer;
 * - a type a person marks → `essay_question`, with the model answer and rubric as general
 *   feedback (the grader's information; Canvas shows it after submitting).
 * Each type picks its form in its module (`exportItems`); this file holds the XML builders.
 */
import { strToU8, zipSync } from 'fflate';
import { plainText } from '../answer-text';
import { moduleOf, type ExportKit } from '../questions';
import { orderingAsMatching, type ExportLabels, type ExportSet } from './common';

/** Text or attribute value safe in XML: markup characters escaped, characters XML forbids dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An XML comment: `--` may not appear inside one, so dashes are spaced apart. */
export const xmlComment = (text: string): string =>
  `<!-- ${text.replace(/-{2,}/g, (d) => d.split('').join(' ')).replace(/-$/, '- ')} -->`;

const mattext = (text: string): string =>
  `<material><mattext texttype="text/plain">${xmlEscape(text)}</mattext></material>`;

/** The kinds of item the builders write, each named in the item's metadata. */
export type ItemKind = 'single' | 'multiple' | 'truefalse' | 'matching' | 'essay';

/** Writes an item's `<itemmetadata>` for its kind: each package format names kinds its own way. */
export type ItemMetadata = (kind: ItemKind) => string;

const fields = (entries: readonly [label: string, entry: string][]): string =>
  `<itemmetadata><qtimetadata>` +
  entries
    .map(
      ([label, entry]) =>
        `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`,
    )
    .join('') +
  `</qtimetadata></itemmetadata>`;

const CANVAS_TYPE: Record<ItemKind, string> = {
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  truefalse: 'true_false_question',
  matching: 'matching_question',
  essay: 'essay_question',
};

/** Canvas's item metadata: its `question_type` and the points. */
const metadata: ItemMetadata = (kind) =>
  fields([
    ['question_type', CANVAS_TYPE[kind]],
    ['points_possible', '1.0'],
  ]);

/** Item metadata from a list of label–entry pairs (for other package formats). */
export const itemMetadata = fields;

const OUTCOMES = `<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>`;

const feedbackBlock = (ident: string, text: string): string =>
  `<itemfeedback ident="${xmlEscape(ident)}"><flow_mat>${mattext(text)}</flow_mat></itemfeedback>`;

const varequal = (resp: string, ident: string): string =>
  `<varequal respident="${xmlEscape(resp)}">${xmlEscape(ident)}</varequal>`;

interface ChoiceSpec {
  text: string;
  correct: boolean;
  explanation: string;
}

/** The ident of option `i` of an item. */
export const optionIdent = (itemId: string, i: number): string => `${itemId}-o${i}`;

export function choiceItem(
  id: string,
  stem: string,
  options: readonly ChoiceSpec[],
  multiple: boolean,
  title: string,
  meta: ItemMetadata = metadata,
): string {
  const resp = 'response1';
  const labels = options
    .map((o, i) => `<response_label ident="${xmlEscape(optionIdent(id, i))}">${mattext(o.text)}</response_label>`)
    .join('');
  const feedbackConditions = options
    .map(
      (_, i) =>
        `<respcondition continue="Yes"><conditionvar>${varequal(resp, optionIdent(id, i))}</conditionvar>` +
        `<displayfeedback feedbacktype="Response" linkrefid="${xmlEscape(optionIdent(id, i))}_fb"/></respcondition>`,
    )
    .join('');
  const right = options.flatMap((o, i) => (o.correct ? [optionIdent(id, i)] : []));
  const wrong = options.flatMap((o, i) => (o.correct ? [] : [optionIdent(id, i)]));
  const condition = multiple
    ? `<and>${right.map((r) => varequal(resp, r)).join('')}${wrong.map((w) => `<not>${varequal(resp, w)}</not>`).join('')}</and>`
    : varequal(resp, right[0] ?? '');
  return (
    `<item ident="${xmlEscape(id)}" title="${xmlEscape(title)}">` +
    meta(multiple ? 'multiple' : 'single') +
    `<presentation>${mattext(stem)}` +
    `<response_lid ident="${resp}" rcardinality="${multiple ? 'Multiple' : 'Single'}"><render_choice>${labels}</render_choice></response_lid>` +
    `</presentation>` +
    `<resprocessing>${OUTCOMES}${feedbackConditions}` +
    `<respcondition continue="No"><conditionvar>${condition}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>` +
    `</resprocessing>` +
    options.map((o, i) => feedbackBlock(`${optionIdent(id, i)}_fb`, o.explanation)).join('') +
    `</item>`
  );
}

export function trueFalseItem(
  id: string,
  stem: string,
  answer: boolean,
  explanations: { true: string; false: string },
  L: ExportLabels,
  meta: ItemMetadata = metadata,
): string {
  const resp = 'response1';
  const values = [true, false];
  const ident = (v: boolean): string => `${id}-${v ? 'true' : 'false'}`;
  return (
    `<item ident="${xmlEscape(id)}" title="${xmlEscape(id)}">` +
    meta('truefalse') +
    `<presentation>${mattext(stem)}<response_lid ident="${resp}" rcardinality="Single"><render_choice>` +
    values
      .map((v) => `<response_label ident="${ident(v)}">${mattext(v ? L.true : L.false)}</response_label>`)
      .join('') +
    `</render_choice></response_lid></presentation>` +
    `<resprocessing>${OUTCOMES}` +
    values
      .map(
        (v) =>
          `<respcondition continue="Yes"><conditionvar>${varequal(resp, ident(v))}</conditionvar>` +
          `<displayfeedback feedbacktype="Response" linkrefid="${ident(v)}_fb"/></respcondition>`,
      )
      .join('') +
    `<respcondition continue="No"><conditionvar>${varequal(resp, ident(answer))}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>` +
    `</resprocessing>` +
    values.map((v) => feedbackBlock(`${ident(v)}_fb`, explanations[v ? 'true' : 'false'])).join('') +
    `</item>`
  );
}

function matchingItem(
  id: string,
  stem: string,
  items: readonly { text: string; answer: number; explanation: string }[],
  answers: readonly string[],
  title: string,
  meta: ItemMetadata = metadata,
): string {
  const share = Math.round((100 / items.length) * 10000) / 10000;
  const answerIdent = (k: number): string => `${id}-a${k}`;
  const respIdent = (i: number): string => `response_${id}-i${i}`;
  const choices = answers
    .map((a, k) => `<response_label ident="${xmlEscape(answerIdent(k))}">${mattext(a)}</response_label>`)
    .join('');
  return (
    `<item ident="${xmlEscape(id)}" title="${xmlEscape(title)}">` +
    meta('matching') +
    `<presentation>${mattext(stem)}` +
    items
      .map(
        (item, i) =>
          `<response_lid ident="${xmlEscape(respIdent(i))}">${mattext(item.text)}<render_choice>${choices}</render_choice></response_lid>`,
      )
      .join('') +
    `</presentation>` +
    `<resprocessing>${OUTCOMES}` +
    items
      .map(
        (item, i) =>
          `<respcondition><conditionvar>${varequal(respIdent(i), answerIdent(item.answer))}</conditionvar>` +
          `<setvar varname="SCORE" action="Add">${share}</setvar></respcondition>`,
      )
      .join('') +
    `</resprocessing>` +
    feedbackBlock(
      'general_fb',
      items.map((item) => `${item.text}: ${answers[item.answer] ?? ''}. ${item.explanation}`).join('\n'),
    ) +
    `</item>`
  );
}

/** An essay item: no key, the model answer and rubric as general feedback for the grader. */
export function essayItem(id: string, stem: string, graderInfo: string, meta: ItemMetadata = metadata): string {
  return (
    `<item ident="${xmlEscape(id)}" title="${xmlEscape(id)}">` +
    meta('essay') +
    `<presentation>${mattext(stem)}<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="${xmlEscape(`${id}-answer`)}" rshuffle="No"/></render_fib></response_str></presentation>` +
    `<resprocessing>${OUTCOMES}<respcondition continue="No"><conditionvar><other/></conditionvar></respcondition></resprocessing>` +
    feedbackBlock('general_fb', graderInfo) +
    `</item>`
  );
}

/** The QTI builders a question type writes its items with. */
function qtiKit(set: ExportSet, L: ExportLabels): ExportKit {
  const kit: ExportKit = {
    set,
    L,
    stem: plainText,
    choice: (id, stem, options, multiple) => choiceItem(id, stem, options, multiple, id),
    trueFalse: (id, stem, answer, explanations) =>
      xmlComment(L.trueFalseComment) + trueFalseItem(id, stem, answer, explanations, L),
    matching: (id, stem, items, answers, note) => xmlComment(note) + matchingItem(id, stem, items, answers, id),
    essay: (id, stem, model, rubric, wordLimit) =>
      xmlComment(L.essayComment) +
      essayItem(
        id,
        wordLimit === undefined ? stem : `${stem}\n\n${L.wordLimit(wordLimit)}`,
        L.graderInfo(model, rubric),
      ),
    ordering: (id, stem, items) => orderingAsMatching(kit.matching, L, id, stem, items),
  };
  return kit;
}

/** The path of the assessment file inside the package. */
export const assessmentPath = (set: ExportSet): string => `${set.id}/${set.id}.xml`;

/** The QTI 1.2 assessment document of one set. */
export function qtiAssessment(set: ExportSet, L: ExportLabels): string {
  const kit = qtiKit(set, L);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">\n` +
    `${xmlComment(L.header(set.title, set.lessonTitle))}\n` +
    `<assessment ident="${xmlEscape(`gloss-${set.lesson}-${set.id}`)}" title="${xmlEscape(set.title)}">` +
    `<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>` +
    `<section ident="root_section">\n` +
    set.questions.flatMap((q) => moduleOf(q).exportItems(q, kit)).join('\n') +
    `\n</section></assessment>\n</questestinterop>\n`
  );
}

/** The `imsmanifest.xml` of one set's package, listing its assessment file. */
export function qtiManifest(set: ExportSet): string {
  const file = assessmentPath(set);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest identifier="${xmlEscape(`gloss-${set.lesson}-${set.id}-manifest`)}" ` +
    `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd">\n` +
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion>` +
    `<imsmd:lom><imsmd:general><imsmd:title><imsmd:string>${xmlEscape(set.title)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom></metadata>\n` +
    `<organizations/>\n` +
    `<resources>\n` +
    `<resource identifier="${xmlEscape(`gloss-${set.lesson}-${set.id}`)}" type="imsqti_xmlv1p2" href="${xmlEscape(file)}"><file href="${xmlEscape(file)}"/></resource>\n` +
    `</resources>\n</manifest>\n`
  );
}

/** A fixed time stamp for the zip entries, so the same content always builds the same file. */
const ZIP_TIME = new Date(Date.UTC(2024, 0, 1));

/** The QTI 1.2 content package (zip) of one set. */
export function toQtiZip(set: ExportSet, L: ExportLabels): Uint8Array {
  return zipSync(
    {
      'imsmanifest.xml': [strToU8(qtiManifest(set)), { mtime: ZIP_TIME }],
      [assessmentPath(set)]: [strToU8(qtiAssessment(set, L)), { mtime: ZIP_TIME }],
    },
    { level: 9 },
  );
}
