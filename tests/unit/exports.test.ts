import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Whether an XML document is well formed. `XMLValidator` is marked deprecated in favour of the
 * separate fast-xml-validator package, which is not installed; it still validates fully.
 */
// eslint-disable-next-line @typescript-eslint/no-deprecated
const wellFormed = (doc: string): true | object => XMLValidator.validate(doc);
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { exportOrder, optionWeight, whyId, type ExportSet } from '../../src/lib/exports/common';
import { giftEscape, toGift } from '../../src/lib/exports/gift';
import { exportLabels } from '../../src/lib/exports/labels';
import { assessmentPath, optionIdent, qtiAssessment, toQtiZip, xmlEscape } from '../../src/lib/exports/qti';
import type { Question } from '../../src/lib/quiz';
import { EXPORT_SETS } from '../helpers/teach';

const L = exportLabels();

/** How many questions the export of a source question becomes (true/false adds its "why?"). */
const exportedCount = (qs: readonly Question[]): number => qs.reduce((n, q) => n + (q.type === 'truefalse' ? 2 : 1), 0);

/** A set with every awkward character GIFT and XML give meaning to. */
const tricky: ExportSet = {
  lesson: 'test-lesson',
  lessonTitle: 'A & B <lesson>',
  id: 'tricky',
  title: 'Tricky: {braces} & "quotes"',
  questions: [
    {
      id: 'tricky-single',
      type: 'single',
      prompt: 'Which ~one~ = right? Use # and {braces}: a\\b & <b>not bold</b> -- ok',
      skills: ['comprehension'],
      paragraphs: [1],
      sources: [],
      options: [
        { text: 'A = 1 {x}', correct: true, explanation: 'Right: ¶1 says "so" & more.' },
        { text: 'B ~ 2 #3', correct: false, explanation: 'Wrong: <no>.' },
      ],
    },
  ],
  paragraphs: ['First paragraph.'],
};

describe('GIFT export', () => {
  it('escapes the characters GIFT gives meaning to', () => {
    expect(giftEscape('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('survives awkward text: an independent parser reads back exactly what was written', () => {
    const parsed = parseGift(toGift(tricky, L));
    const q = parsed.find((x): x is Extract<GIFTQuestion, { type: 'MC' }> => x.type === 'MC');
    const source = tricky.questions[0];
    if (!q || source?.type !== 'single') throw new Error('no question parsed');
    expect(q.title).toBe('tricky-single');
    expect(q.stem.text).toBe(source.prompt);
    expect(q.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text])).toEqual(
      source.options.map((o) => [o.text, o.correct, o.explanation]),
    );
  });

  for (const set of EXPORT_SETS) {
    it(`${set.id}: parses with gift-pegjs, with the same questions and right answers as the source`, () => {
      const gift = toGift(set, L);
      const parsed = parseGift(gift);
      expect(parsed[0]).toMatchObject({ type: 'Category', title: `gloss/${set.lesson}/${set.id}` });
      const questions = parsed.slice(1);
      expect(questions).toHaveLength(exportedCount(set.questions));
      const byTitle = new Map(questions.map((q) => [q.type === 'Category' ? '' : (q.title ?? ''), q]));

      for (const q of set.questions) {
        const out = byTitle.get(q.id);
        if (!out || out.type === 'Category') throw new Error(`${q.id} missing from the GIFT file`);
        expect(out.stem.text.startsWith(q.prompt)).toBe(true);
        switch (q.type) {
          case 'single':
            expect(out).toMatchObject({ type: 'MC' });
            if (out.type === 'MC') {
              expect(out.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text])).toEqual(
                q.options.map((o) => [o.text, o.correct, o.explanation]),
              );
            }
            break;
          case 'evidence':
            expect(out.stem.text).toContain(q.claim);
            if (out.type === 'MC') {
              expect(out.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(
                q.options.map((o) => [
                  L.paragraphOption(o.paragraph, set.paragraphs[o.paragraph - 1] ?? ''),
                  o.correct,
                ]),
              );
            } else throw new Error(`${q.id} should be multiple choice`);
            break;
          case 'multiple': {
            if (out.type !== 'MC') throw new Error(`${q.id} should be multiple choice`);
            const w = Number(optionWeight(q.options.filter((o) => o.correct).length));
            expect(out.choices.map((c) => [c.text.text, c.weight, c.feedback?.text])).toEqual(
              q.options.map((o) => [o.text, o.correct ? w : -w, o.explanation]),
            );
            break;
          }
          case 'truefalse': {
            if (out.type !== 'TF') throw new Error(`${q.id} should be true/false`);
            expect(out.isTrue).toBe(q.answer);
            // GIFT: first feedback for a wrong answer, second for a right one.
            expect(out.trueFeedback?.text).toBe(q.explanations[q.answer ? 'false' : 'true']);
            expect(out.falseFeedback?.text).toBe(q.explanations[q.answer ? 'true' : 'false']);
            const why = byTitle.get(whyId(q.id));
            if (why?.type !== 'MC') throw new Error(`${q.id}: its "why?" question is missing`);
            expect(why.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(q.why.map((o) => [o.text, o.correct]));
            break;
          }
          case 'categorise':
            if (out.type !== 'Matching') throw new Error(`${q.id} should be matching`);
            expect(out.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
              q.items.map((item) => [item.text, q.buckets.find((b) => b.id === item.bucket)?.label]),
            );
            break;
          case 'order':
            if (out.type !== 'Matching') throw new Error(`${q.id} should be matching`);
            // Written in the export order (never the answer order), each item to its position.
            expect(out.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
              exportOrder(q.id, q.items.length).map((i) => [q.items[i]?.text, String(i + 1)]),
            );
            break;
        }
      }
      // The file says where the nearest form was used.
      if (set.questions.some((q) => q.type === 'order')) expect(gift).toContain(`// ${L.orderComment}`);
    });
  }
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (name) =>
    [
      'item',
      'response_lid',
      'response_label',
      'respcondition',
      'varequal',
      'not',
      'resource',
      'file',
      'itemfeedback',
    ].includes(name),
});

type Node = Record<string, unknown>;
const arr = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x === undefined ? [] : [x as Node]);
const text = (x: unknown): string => {
  const value = typeof x === 'object' && x !== null ? (x as Node)['#text'] : x;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** The idents a scoring item gives full marks for ("Set 100"), or matches it adds marks for. */
function scoring(item: Node): { set: string[]; add: [string, string][] } {
  const conditions = arr((item['resprocessing'] as Node)['respcondition']);
  const set: string[] = [];
  const add: [string, string][] = [];
  for (const c of conditions) {
    const setvar = c['setvar'] as Node | undefined;
    if (!setvar) continue;
    const vars = c['conditionvar'] as Node;
    if (setvar['@action'] === 'Set' && text(setvar) === '100') {
      const and = vars['and'] as Node | undefined;
      set.push(...arr((and ?? vars)['varequal']).map(text));
    } else if (setvar['@action'] === 'Add') {
      const v = arr(vars['varequal'])[0] ?? {};
      add.push([String(v['@respident']), text(v)]);
    }
  }
  return { set, add };
}

describe('QTI 1.2 export', () => {
  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlEscape(`a<b>&"c"'d'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(wellFormed(qtiAssessment(tricky, L))).toBe(true);
  });

  for (const set of EXPORT_SETS) {
    it(`${set.id}: a zip with a valid manifest, well-formed XML and the source's items and right answers`, () => {
      const files = unzipSync(toQtiZip(set, L));
      const names = Object.keys(files).sort();
      expect(names).toEqual(['imsmanifest.xml', assessmentPath(set)].sort());
      const texts = Object.fromEntries(names.map((n) => [n, strFromU8(files[n] ?? new Uint8Array())]));
      for (const [name, body] of Object.entries(texts)) expect(wellFormed(body), name).toBe(true);

      const manifest = xml.parse(texts['imsmanifest.xml'] ?? '') as Node;
      const resources = arr(((manifest['manifest'] as Node)['resources'] as Node)['resource']);
      expect(resources.map((r) => r['@type'])).toEqual(['imsqti_xmlv1p2']);
      const referenced = resources.flatMap((r) => [
        String(r['@href']),
        ...arr(r['file']).map((f) => String(f['@href'])),
      ]);
      // Every file the manifest names is in the zip, and every file in the zip is named.
      for (const href of referenced) expect(names).toContain(href);
      expect(new Set(referenced)).toEqual(new Set(names.filter((n) => n !== 'imsmanifest.xml')));

      const doc = xml.parse(texts[assessmentPath(set)] ?? '') as Node;
      const assessment = (doc['questestinterop'] as Node)['assessment'] as Node;
      expect(assessment['@title']).toBe(set.title);
      const items = arr((assessment['section'] as Node)['item']);
      expect(items).toHaveLength(exportedCount(set.questions));
      const byId = new Map(items.map((i) => [String(i['@ident']), i]));

      for (const q of set.questions) {
        const item = byId.get(q.id);
        if (!item) throw new Error(`${q.id} missing from the QTI file`);
        const { set: full, add } = scoring(item);
        switch (q.type) {
          case 'single':
          case 'evidence':
          case 'multiple':
            expect(full).toEqual(q.options.flatMap((o, i) => (o.correct ? [optionIdent(q.id, i)] : [])));
            expect(arr(item['itemfeedback'])).toHaveLength(q.options.length);
            break;
          case 'truefalse': {
            expect(full).toEqual([`${q.id}-${String(q.answer)}`]);
            const why = byId.get(whyId(q.id));
            if (!why) throw new Error(`${q.id}: its "why?" item is missing`);
            expect(scoring(why).set).toEqual(q.why.flatMap((o, i) => (o.correct ? [optionIdent(whyId(q.id), i)] : [])));
            break;
          }
          case 'categorise':
            expect(add).toEqual(
              q.items.map((item, i) => [
                `response_${q.id}-i${i}`,
                `${q.id}-a${q.buckets.findIndex((b) => b.id === item.bucket)}`,
              ]),
            );
            break;
          case 'order':
            expect(add).toEqual(
              exportOrder(q.id, q.items.length).map((item, pos) => [`response_${q.id}-i${pos}`, `${q.id}-a${item}`]),
            );
            break;
        }
      }
    });
  }

  it('builds the same zip from the same content', () => {
    const set = EXPORT_SETS[0];
    if (!set) throw new Error('no sets');
    expect(toQtiZip(set, L)).toEqual(toQtiZip(set, L));
  });
});
