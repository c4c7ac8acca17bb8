/**
 * IMS Common Cartridge 1.2 export of a lesson: one zip (`.imscc`) that Canvas, Schoology,
 * Brightspace and Blackboard import as course content, holding
 * - a web link to the lesson (`imswl_xmlv1p2`): absolute when the site's `site` URL is
 *   configured, else the lesson's path on the host the site is served from;
 * - each question set as a CC assessment (`imsqti_xmlv1p2/imscc_xmlv1p2/assessment`), a QTI 1.2
 *   document restricted to the CC profile: each item names its `cc_profile`
 *   (cc.multiple_choice, cc.multiple_response, cc.true_false, cc.essay);
 * - a note (`webcontent`) listing the questions left out: CC has no sorting or ordering type.
 * The manifest's organization lists the link, the assessments and the note in reading order.
 *
 * The XML follows the CC 1.2 namespaces and schema locations; no package on the npm registry
 * ships the IMS CC XSDs, so the files are not validated against them here (see docs/exports.md).
 */
import { strToU8, zipSync } from 'fflate';
import { plainText } from '../answer-text';
import { moduleOf, type ExportKit, type Question, type QuestionType } from '../questions';
import type { ExportLabels, ExportSet } from './common';
import {
  choiceItem,
  essayItem,
  itemMetadata,
  trueFalseItem,
  xmlComment,
  xmlEscape,
  type ItemKind,
  type ItemMetadata,
} from './qti';

/** A lesson as the cartridge takes it. */
export interface CartridgeLesson {
  /** Lesson id. */
  id: string;
  /** Headline. */
  title: string;
  /** The URL the web link opens: absolute, or the lesson's path on the site's host. */
  url: string;
  /** The question sets, in reading order. */
  sets: readonly ExportSet[];
}

/** A question the cartridge leaves out, for the note. */
export interface LeftOut {
  /** Set title. */
  set: string;
  /** Question id. */
  id: string;
  /** Question type. */
  type: QuestionType;
}

/**
 * The URL of a lesson for the web link: `path` (with the site's base) resolved against the
 * configured `site` URL if there is one, so the link works from inside an LMS; without one, the
 * path as it is (a teacher can edit the link in the LMS after import).
 */
export function lessonLinkUrl(path: string, site: string | undefined): string {
  return site ? new URL(path, site).href : path;
}

const CC_PROFILE: Partial<Record<ItemKind, string>> = {
  single: 'cc.multiple_choice.v0p1',
  multiple: 'cc.multiple_response.v0p1',
  truefalse: 'cc.true_false.v0p1',
  essay: 'cc.essay.v0p1',
};

/** CC item metadata: the item's profile and its weight (one mark each, as in Gloss). */
const ccMetadata: ItemMetadata = (kind) =>
  itemMetadata([
    ['cc_profile', CC_PROFILE[kind] ?? ''],
    ['cc_weighting', '1'],
  ]);

/** The CC builders: the CC profile's types; matching and ordering are left out and recorded. */
function cartridgeKit(set: ExportSet, L: ExportLabels, leaveOut: (id: string) => void): ExportKit {
  return {
    set,
    L,
    stem: plainText,
    choice: (id, stem, options, multiple) => choiceItem(id, stem, options, multiple, id, ccMetadata),
    trueFalse: (id, stem, answer, explanations) =>
      xmlComment(L.trueFalseComment) + trueFalseItem(id, stem, answer, explanations, L, ccMetadata),
    matching: (id) => {
      leaveOut(id);
      return '';
    },
    ordering: (id) => {
      leaveOut(id);
      return '';
    },
    essay: (id, stem, model, rubric, wordLimit) =>
      xmlComment(L.essayComment) +
      essayItem(
        id,
        wordLimit === undefined ? stem : `${stem}\n\n${L.wordLimit(wordLimit)}`,
        L.graderInfo(model, rubric),
        ccMetadata,
      ),
  };
}

/** Identifiers in the manifest (XML ids: a letter first, set ids are kebab-case). */
const ids = {
  manifest: (lesson: string) => `gloss-${lesson}-cartridge`,
  link: 'res-lesson-link',
  note: 'res-left-out',
  set: (set: string) => `res-set-${set}`,
  item: (resource: string) => `item-${resource}`,
};

/** Paths inside the package. */
export const cartridgePaths = {
  link: 'lesson-link/weblink.xml',
  note: 'notes/left-out.html',
  set: (set: string) => `assessments/${set}/assessment.xml`,
};

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const CC_XSD = 'http://www.imsglobal.org/profile/cc/ccv1p2';

function assessment(set: ExportSet, items: readonly string[], L: ExportLabels): string {
  const meta = (label: string, entry: string): string =>
    `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="${XSI}" ` +
    `xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 ${CC_XSD}/ccv1p2_qtiasiv1p2p1_v1p0.xsd">\n` +
    `${xmlComment(L.header(set.title, set.lessonTitle))}\n` +
    `<assessment ident="${xmlEscape(`gloss-${set.lesson}-${set.id}`)}" title="${xmlEscape(set.title)}">` +
    `<qtimetadata>${meta('cc_profile', 'cc.exam.v0p1')}${meta('qmd_assessmenttype', 'Examination')}` +
    `${meta('qmd_scoretype', 'Percentage')}${meta('cc_maxattempts', '1')}</qtimetadata>` +
    `<section ident="root_section">\n${items.join('\n')}\n</section></assessment>\n</questestinterop>\n`
  );
}

function webLink(lesson: CartridgeLesson): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p2/imswl_v1p2" xmlns:xsi="${XSI}" ` +
    `xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p2/imswl_v1p2 ${CC_XSD}/ccv1p2_imswl_v1p2.xsd">` +
    `<title>${xmlEscape(lesson.title)}</title><url href="${xmlEscape(lesson.url)}" target="_blank"/></webLink>\n`
  );
}

function note(leftOut: readonly LeftOut[], L: ExportLabels): string {
  const title = xmlEscape(L.cartridgeNoteTitle);
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>${title}</title></head><body>` +
    `<h1>${title}</h1><p>${xmlEscape(L.cartridgeNote)}</p><ul>` +
    leftOut.map((q) => `<li>${xmlEscape(L.cartridgeNoteItem(q.set, q.id, q.type))}</li>`).join('') +
    `</ul></body></html>\n`
  );
}

/** One resource of the manifest and the organization item that shows it. */
interface Entry {
  id: string;
  title: string;
  type: string;
  file: string;
  /** The launchable file, for web content only. */
  href?: string;
}

function manifest(lesson: CartridgeLesson, entries: readonly Entry[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest identifier="${xmlEscape(ids.manifest(lesson.id))}" ` +
    `xmlns="http://www.imsglobal.org/xsd/imsccv1p2/imscp_v1p1" ` +
    `xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p2/LOM/manifest" xmlns:xsi="${XSI}" ` +
    `xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p2/imscp_v1p1 ${CC_XSD}/ccv1p2_imscp_v1p2_v1p0.xsd ` +
    `http://ltsc.ieee.org/xsd/imsccv1p2/LOM/manifest ${CC_XSD}/LOM/ccv1p2_lommanifest_v1p0.xsd">\n` +
    `<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.2.0</schemaversion>` +
    `<lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>${xmlEscape(lesson.title)}</lomimscc:string>` +
    `</lomimscc:title></lomimscc:general></lomimscc:lom></metadata>\n` +
    `<organizations><organization identifier="org-lesson" structure="rooted-hierarchy"><item identifier="root">\n` +
    entries
      .map(
        (e) =>
          `<item identifier="${xmlEscape(ids.item(e.id))}" identifierref="${xmlEscape(e.id)}"><title>${xmlEscape(e.title)}</title></item>`,
      )
      .join('\n') +
    `\n</item></organization></organizations>\n<resources>\n` +
    entries
      .map(
        (e) =>
          `<resource identifier="${xmlEscape(e.id)}" type="${e.type}"${e.href === undefined ? '' : ` href="${xmlEscape(e.href)}"`}>` +
          `<file href="${xmlEscape(e.file)}"/></resource>`,
      )
      .join('\n') +
    `\n</resources>\n</manifest>\n`
  );
}

/** The files of the cartridge by path, and the questions it leaves out. */
export function cartridgeFiles(
  lesson: CartridgeLesson,
  L: ExportLabels,
): { files: Record<string, string>; leftOut: LeftOut[] } {
  const files: Record<string, string> = { [cartridgePaths.link]: webLink(lesson) };
  const entries: Entry[] = [{ id: ids.link, title: lesson.title, type: 'imswl_xmlv1p2', file: cartridgePaths.link }];
  const leftOut: LeftOut[] = [];
  for (const set of lesson.sets) {
    let current: Question | undefined;
    const kit = cartridgeKit(set, L, (id) => {
      if (current) leftOut.push({ set: set.title, id, type: current.type });
    });
    const items = set.questions
      .flatMap((q) => {
        current = q;
        return moduleOf(q).exportItems(q, kit);
      })
      .filter((item) => item !== '');
    if (items.length === 0) continue;
    const file = cartridgePaths.set(set.id);
    files[file] = assessment(set, items, L);
    entries.push({ id: ids.set(set.id), title: set.title, type: 'imsqti_xmlv1p2/imscc_xmlv1p2/assessment', file });
  }
  if (leftOut.length > 0) {
    files[cartridgePaths.note] = note(leftOut, L);
    entries.push({
      id: ids.note,
      title: L.cartridgeNoteTitle,
      type: 'webcontent',
      file: cartridgePaths.note,
      href: cartridgePaths.note,
    });
  }
  files['imsmanifest.xml'] = manifest(lesson, entries);
  return { files, leftOut };
}

/** A fixed time stamp for the zip entries, so the same content always builds the same file. */
const ZIP_TIME = new Date(Date.UTC(2024, 0, 1));

/** The Common Cartridge 1.2 package (zip) of one lesson. */
export function toCartridge(lesson: CartridgeLesson, L: ExportLabels): Uint8Array {
  const { files } = cartridgeFiles(lesson, L);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, body]) => [path, [strToU8(body), { mtime: ZIP_TIME }]])),
    { level: 9 },
  );
}
