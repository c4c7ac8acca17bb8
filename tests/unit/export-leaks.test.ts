/**
 * No export gives answers away, for every question of the real lesson in every format:
 * - an ordering question's items are never written in answer order where the format shows them
 *   as written (matching in GIFT and QTI). Where the format has an ordering type whose key IS
 *   the written order (Moodle's ordering, Blackboard's ORD), the LMS shuffles the items for the
 *   student (both documented), so there the written order must be exactly the key;
 * - a true/false question's "why?" part never states its partner's answer: the part is written
 *   the same whether the statement is true or false, and never quotes the word.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { toBlackboard } from '../../src/lib/exports/blackboard';
import { cartridgePaths, toCartridge } from '../../src/lib/exports/cartridge';
import { whyId, type ExportSet } from '../../src/lib/exports/common';
import { toGift } from '../../src/lib/exports/gift';
import { exportLabels } from '../../src/lib/exports/labels';
import { toMoodleXml } from '../../src/lib/exports/moodle';
import { assessmentPath, toQtiZip } from '../../src/lib/exports/qti';
import type { Question } from '../../src/lib/quiz';
import { EXPORT_SETS } from '../helpers/teach';

const L = exportLabels();

/** What a format shows of an ordering question, and how. */
interface OrderList {
  /** Item texts in the order the file writes them. */
  texts: string[];
  /** True for an ordering type whose key is the written order (the LMS shuffles the display). */
  native: boolean;
}

/** How the test reads one format: its ordering lists and the text of each "why?" part. */
interface Reader {
  name: string;
  /** True for a format that leaves ordering questions out (with a note in the package). */
  leavesOrderingOut?: true;
  orders: (set: ExportSet) => Map<string, OrderList>;
  /** The whole written block of each "why?" part (stem, options, feedback), by its id. */
  whys: (set: ExportSet) => Map<string, string>;
}

type Node = Record<string, unknown>;
const arr = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x === undefined ? [] : [x as Node]);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['item', 'response_lid', 'question', 'answer', 'subquestion', 'resource', 'file'].includes(name),
});
/** The text of an element, whether the parser gave a string or an object with `#text`. */
const text = (x: unknown): string => {
  const value = typeof x === 'object' && x !== null ? (x as Node)['#text'] : x;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const mattext = (node: Node): string => text((node['material'] as Node | undefined)?.['mattext']);

const gift: Reader = {
  name: 'GIFT',
  orders: (set) => {
    const out = new Map<string, OrderList>();
    for (const q of parseGift(toGift(set, L))) {
      if (q.type === 'Matching' && q.title) {
        out.set(q.title, { texts: q.matchPairs.map((p) => p.subquestion.text), native: false });
      }
    }
    return out;
  },
  whys: (set) =>
    new Map(
      parseGift(toGift(set, L)).flatMap((q) =>
        q.type !== 'Category' && q.title?.endsWith('-why') ? [[q.title, JSON.stringify(q)] as const] : [],
      ),
    ),
};

/** The items of a QTI 1.2 assessment (QTI package or Common Cartridge). */
const qtiItems = (doc: string): Node[] =>
  arr((((xml.parse(doc) as Node)['questestinterop'] as Node)['assessment'] as Node)['section'] as Node).flatMap((s) =>
    arr(s['item']),
  );

const qtiDoc = (set: ExportSet): string =>
  strFromU8(unzipSync(toQtiZip(set, L))[assessmentPath(set)] ?? new Uint8Array());

const qti: Reader = {
  name: 'QTI 1.2',
  orders: (set) =>
    new Map(
      qtiItems(qtiDoc(set))
        .filter((item) => arr(item['presentation'] && (item['presentation'] as Node)['response_lid']).length > 1)
        .map((item) => [
          String(item['@ident']),
          { texts: arr((item['presentation'] as Node)['response_lid']).map(mattext), native: false },
        ]),
    ),
  whys: (set) =>
    new Map(
      qtiItems(qtiDoc(set)).flatMap((item) =>
        String(item['@ident']).endsWith('-why') ? [[String(item['@ident']), JSON.stringify(item)] as const] : [],
      ),
    ),
};

const moodleQuestions = (set: ExportSet): Node[] =>
  arr(((xml.parse(toMoodleXml(set, L)) as Node)['quiz'] as Node)['question']);
const moodleName = (q: Node): string => text((q['name'] as Node | undefined)?.['text']);

const moodle: Reader = {
  name: 'Moodle XML',
  orders: (set) =>
    new Map(
      moodleQuestions(set).flatMap((q) =>
        q['@type'] === 'ordering'
          ? [[moodleName(q), { texts: arr(q['answer']).map((a) => text(a['text'])), native: true }] as const]
          : [],
      ),
    ),
  whys: (set) =>
    new Map(
      moodleQuestions(set).flatMap((q) =>
        moodleName(q).endsWith('-why') ? [[moodleName(q), JSON.stringify(q)] as const] : [],
      ),
    ),
};

/** The Blackboard rows of one question (the file has no ids, so each question is written alone). */
const blackboardRows = (set: ExportSet, q: Question): string[][] =>
  toBlackboard({ ...set, questions: [q] }, L)
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));

const blackboard: Reader = {
  name: 'Blackboard',
  orders: (set) =>
    new Map(
      set.questions.flatMap((q) => {
        const [row] = blackboardRows(set, q);
        return row?.[0] === 'ORD' ? [[q.id, { texts: row.slice(2), native: true }] as const] : [];
      }),
    ),
  whys: (set) =>
    new Map(
      set.questions.flatMap((q) => {
        const why = q.type === 'truefalse' ? blackboardRows(set, q)[1] : undefined;
        return why ? [[whyId(q.id), why.join('\t')] as const] : [];
      }),
    ),
};

/** The assessment of one set in a Common Cartridge of that set alone. */
const cartridgeItems = (set: ExportSet): Node[] => {
  const zip = unzipSync(toCartridge({ id: set.lesson, title: set.lessonTitle, url: '/', sets: [set] }, L));
  const doc = zip[cartridgePaths.set(set.id)];
  return doc ? qtiItems(strFromU8(doc)) : [];
};

const cartridge: Reader = {
  name: 'Common Cartridge',
  leavesOrderingOut: true,
  orders: (set) =>
    new Map(
      cartridgeItems(set)
        .filter((item) => arr((item['presentation'] as Node)['response_lid']).length > 1)
        .map((item) => [String(item['@ident']), { texts: [], native: false }]),
    ),
  whys: (set) =>
    new Map(
      cartridgeItems(set).flatMap((item) =>
        String(item['@ident']).endsWith('-why') ? [[String(item['@ident']), JSON.stringify(item)] as const] : [],
      ),
    ),
};

/** Every format that writes questions. */
const READERS: Reader[] = [gift, qti, moodle, blackboard, cartridge];

/** The set with every true/false answer flipped (and its feedback swapped to match). */
function flipped(set: ExportSet): ExportSet {
  return {
    ...set,
    questions: set.questions.map((q): Question =>
      q.type === 'truefalse'
        ? { ...q, answer: !q.answer, explanations: { true: q.explanations.false, false: q.explanations.true } }
        : q,
    ),
  };
}

const orderQuestions = EXPORT_SETS.flatMap((set) => set.questions.flatMap((q) => (q.type === 'order' ? [q] : [])));
const tfQuestions = EXPORT_SETS.flatMap((set) => set.questions.flatMap((q) => (q.type === 'truefalse' ? [q] : [])));

describe('exports give no answer away', () => {
  it('the lesson has ordering and true/false questions to check', () => {
    expect(orderQuestions.length).toBeGreaterThan(0);
    expect(tfQuestions.length).toBeGreaterThan(0);
  });

  for (const reader of READERS) {
    it(`${reader.name}: ordering items are never written in answer order for display (a native ordering type is the key, shuffled by the LMS)`, () => {
      for (const set of EXPORT_SETS) {
        const lists = reader.orders(set);
        for (const q of set.questions) {
          if (q.type !== 'order') continue;
          const list = lists.get(q.id);
          if (!list) {
            // Left out of this format (a note in the package says so): nothing is shown.
            expect(reader.leavesOrderingOut, `${reader.name}: ${q.id} is missing`).toBe(true);
            continue;
          }
          const answer = q.items.map((item) => item.text);
          expect([...list.texts].sort(), q.id).toEqual([...answer].sort());
          if (list.native) expect(list.texts, `${q.id}: the key of a native ordering question`).toEqual(answer);
          else expect(list.texts, `${q.id} is written in answer order`).not.toEqual(answer);
        }
      }
    });

    it(`${reader.name}: no true/false "why?" part states its partner's answer`, () => {
      for (const set of EXPORT_SETS) {
        const whys = reader.whys(set);
        const whysFlipped = reader.whys(flipped(set));
        for (const q of set.questions) {
          if (q.type !== 'truefalse') continue;
          const block = whys.get(whyId(q.id));
          if (block === undefined) throw new Error(`${reader.name}: ${whyId(q.id)} is missing`);
          // Written the same whether the statement is true or false: it cannot tell which.
          expect(whysFlipped.get(whyId(q.id)), q.id).toBe(block);
          for (const word of [L.true, L.false]) expect(block, q.id).not.toContain(`“${word}”`);
          expect(block, q.id).not.toMatch(/the answer is/i);
        }
      }
    });
  }
});
