/**
 * The Common Cartridge 1.2 export of the real lesson: a zip whose XML is well formed, whose
 * manifest resources all resolve to files in the zip, whose identifiers are unique, and whose
 * assessments hold every question of a type the CC profile has, the rest named in the note.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  cartridgeFiles,
  cartridgePaths,
  lessonLinkUrl,
  toCartridge,
  type CartridgeLesson,
} from '../../src/lib/exports/cartridge';
import { whyId } from '../../src/lib/exports/common';
import { exportLabels } from '../../src/lib/exports/labels';
import { EXPORT_SETS, LESSON } from '../helpers/teach';

const L = exportLabels();

// eslint-disable-next-line @typescript-eslint/no-deprecated -- still validates fully; see exports.test.ts
const wellFormed = (doc: string): true | object => XMLValidator.validate(doc);

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) =>
    ['item', 'resource', 'file', 'qtimetadatafield', 'response_lid', 'response_label', 'li'].includes(name),
});
const arr = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x === undefined ? [] : [x as Node]);
const str = (x: unknown): string => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');

const lesson: CartridgeLesson = {
  id: LESSON,
  title: EXPORT_SETS[0]?.lessonTitle ?? '',
  url: lessonLinkUrl(`/lessons/${LESSON}/`, 'https://example.org/'),
  sets: EXPORT_SETS,
};

/** Every `identifier` attribute in a parsed tree. */
function identifiers(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) identifiers(n, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '@identifier') out.push(str(v));
      else identifiers(v, out);
    }
  }
  return out;
}

/** The metadata fields of an item or assessment. */
const metaOf = (node: Node): Record<string, string> =>
  Object.fromEntries(
    arr(((node['itemmetadata'] as Node | undefined)?.['qtimetadata'] ?? node['qtimetadata']) as Node).flatMap((m) =>
      arr(m['qtimetadatafield']).map((f) => [str(f['fieldlabel']), str(f['fieldentry'])]),
    ),
  );

describe('Common Cartridge 1.2 export', () => {
  it('links to the lesson on the configured site, or by its path when no site is set', () => {
    expect(lessonLinkUrl('/gloss/lessons/x/', 'https://example.org/gloss/')).toBe(
      'https://example.org/gloss/lessons/x/',
    );
    expect(lessonLinkUrl('/lessons/x/', undefined)).toBe('/lessons/x/');
    expect(lessonLinkUrl('/lessons/x/', '')).toBe('/lessons/x/');
  });

  const zip = unzipSync(toCartridge(lesson, L));
  const names = Object.keys(zip).sort();
  const texts = Object.fromEntries(names.map((n) => [n, strFromU8(zip[n] ?? new Uint8Array())]));
  const manifest = (parser.parse(texts['imsmanifest.xml'] ?? '') as Node)['manifest'] as Node;

  it('is a zip of well-formed XML files with a CC 1.2 manifest', () => {
    expect(names).toContain('imsmanifest.xml');
    for (const [name, body] of Object.entries(texts)) expect(wellFormed(body), name).toBe(true);
    expect(manifest['@xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p2/imscp_v1p1');
    const metadata = manifest['metadata'] as Node;
    expect([metadata['schema'], metadata['schemaversion']]).toEqual(['IMS Common Cartridge', '1.2.0']);
  });

  it('has a manifest whose resources all resolve, each file in the zip named by one resource', () => {
    const resources = arr((manifest['resources'] as Node)['resource']);
    const referenced = resources.flatMap((r) => [
      ...(r['@href'] === undefined ? [] : [str(r['@href'])]),
      ...arr(r['file']).map((f) => str(f['@href'])),
    ]);
    for (const href of referenced) expect(names, href).toContain(href);
    expect(new Set(referenced)).toEqual(new Set(names.filter((n) => n !== 'imsmanifest.xml')));
    // Every organization item points at a resource that exists.
    const resourceIds = new Set(resources.map((r) => str(r['@identifier'])));
    const root = arr(((manifest['organizations'] as Node)['organization'] as Node)['item'])[0] ?? {};
    const items = arr(root['item']);
    expect(items.length).toBe(resources.length);
    for (const item of items) expect(resourceIds).toContain(str(item['@identifierref']));
    expect(new Set(resources.map((r) => str(r['@type'])))).toEqual(
      new Set(['imswl_xmlv1p2', 'imsqti_xmlv1p2/imscc_xmlv1p2/assessment', 'webcontent']),
    );
  });

  it('has unique identifiers in the manifest, and unique item and option idents in each assessment', () => {
    const all = identifiers(manifest);
    expect(all.length).toBeGreaterThan(EXPORT_SETS.length);
    expect(new Set(all).size).toBe(all.length);
    for (const set of EXPORT_SETS) {
      const doc = texts[cartridgePaths.set(set.id)];
      if (doc === undefined) continue;
      // Items and their options (response and feedback idents are scoped to their item in QTI).
      const idents = [...doc.matchAll(/<(?:item|response_label) ident="([^"]*)"/g)].map((m) => m[1]);
      expect(idents.length, set.id).toBeGreaterThan(0);
      expect(new Set(idents).size, set.id).toBe(idents.length);
    }
  });

  it('links to the lesson', () => {
    const link = (parser.parse(texts[cartridgePaths.link] ?? '') as Node)['webLink'] as Node;
    expect(link['title']).toBe(lesson.title);
    expect((link['url'] as Node)['@href']).toBe(`https://example.org/lessons/${LESSON}/`);
  });

  it('holds every question of a CC type as a CC QTI item, and names the others in its note', () => {
    const { leftOut } = cartridgeFiles(lesson, L);
    const note = texts[cartridgePaths.note] ?? '';
    const profiles = {
      single: 'cc.multiple_choice.v0p1',
      evidence: 'cc.multiple_choice.v0p1',
      multiple: 'cc.multiple_response.v0p1',
      truefalse: 'cc.true_false.v0p1',
      open: 'cc.essay.v0p1',
    } as const;
    for (const set of EXPORT_SETS) {
      const doc = texts[cartridgePaths.set(set.id)];
      const assessment = doc
        ? (((parser.parse(doc) as Node)['questestinterop'] as Node)['assessment'] as Node)
        : undefined;
      if (assessment) expect(metaOf(assessment)['cc_profile']).toBe('cc.exam.v0p1');
      const items = new Map(
        arr((assessment?.['section'] as Node | undefined)?.['item']).map((i) => [str(i['@ident']), i]),
      );
      for (const q of set.questions) {
        if (q.type === 'categorise' || q.type === 'order') {
          expect(items.has(q.id), q.id).toBe(false);
          expect(leftOut).toContainEqual({ set: set.title, id: q.id, type: q.type });
          expect(note).toContain(q.id);
          continue;
        }
        const item = items.get(q.id);
        if (!item) throw new Error(`${q.id} missing from the cartridge`);
        expect(metaOf(item)['cc_profile'], q.id).toBe(profiles[q.type]);
        const presentation = item['presentation'] as Node;
        if (q.type === 'open') expect(presentation['response_str'], q.id).toBeDefined();
        else {
          const lid = arr(presentation['response_lid'])[0] ?? {};
          expect(lid['@rcardinality'], q.id).toBe(q.type === 'multiple' ? 'Multiple' : 'Single');
        }
        if (q.type === 'truefalse') {
          const why = items.get(whyId(q.id));
          if (!why) throw new Error(`${q.id}: its "why?" item is missing`);
          expect(metaOf(why)['cc_profile']).toBe('cc.multiple_choice.v0p1');
        }
      }
    }
  });

  it('builds the same zip from the same content', () => {
    expect(toCartridge(lesson, L)).toEqual(toCartridge(lesson, L));
  });
});
