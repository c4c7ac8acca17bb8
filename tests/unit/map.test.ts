import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../src/lib/content-files';
import { checkMaps } from '../../src/lib/content-integrity';
import { buildMap, MAP_HEIGHT, MAP_WIDTH, MapDataError, mapTable, type MapModel } from '../../src/lib/map';
import { mapSchema, type MapData } from '../../src/schemas/map';

const ROOT = new URL('../../', import.meta.url).pathname;
const { input, problems } = loadContentFolder(`${ROOT}content`, ROOT);

/** A small valid map to break one field at a time. */
const base = (): MapData =>
  mapSchema.parse({
    lesson: 'harbour-fees',
    title: 'T',
    description: 'D',
    after: 2,
    focus: 'Afghanistan',
    frame: ['Afghanistan', 'Tajikistan'],
    countries: [{ name: 'Afghanistan' }, { name: 'Tajikistan', border: 1357 }, { name: 'Kyrgyzstan' }],
    borderSources: ['a-source'],
    overlays: [{ id: 'csto', label: 'CSTO member', members: ['Tajikistan', 'Kyrgyzstan'], sources: ['a-source'] }],
  });
const FILE = 'content/maps/harbour-fees.yaml';

/** Every number in an SVG path. */
const numbers = (d: string): string[] => d.match(/-?\d+(?:\.\d+)?/g) ?? [];

describe('the lesson maps in content/', () => {
  it('load without schema errors, one per lesson', () => {
    expect(problems).toEqual([]);
    expect(input.maps.length).toBeGreaterThan(0);
    expect(new Set(input.maps.map((m) => m.data.lesson)).size).toBe(input.maps.length);
    expect(checkMaps(input.maps)).toEqual([]);
  });

  for (const map of input.maps) {
    const model = buildMap(map.data, map.file);

    it(`${map.file}: draws every country the file names, with the border lengths it gives`, () => {
      expect(model.countries.map((c) => c.name)).toEqual(map.data.countries.map((c) => c.name));
      for (const c of model.countries) expect(c.d, c.name).toMatch(/^M/);
      expect(model.countries.filter((c) => c.focus).map((c) => c.name)).toEqual([map.data.focus]);
      const borders = Object.fromEntries(map.data.countries.map((c) => [c.name, c.border]));
      for (const c of model.countries) expect(c.border, c.name).toBe(borders[c.name]);
    });

    it(`${map.file}: fits the view: every point and label inside the viewBox, whole units`, () => {
      expect([model.width, model.height]).toEqual([MAP_WIDTH, MAP_HEIGHT]);
      const paths = [
        model.background,
        ...model.countries.map((c) => c.d),
        ...model.overlays.flatMap((o) => o.members.map((m) => m.d)),
      ];
      const all = paths.flatMap(numbers);
      expect(all.length).toBeGreaterThan(1000);
      for (const n of all) expect(n).toMatch(/^-?\d+$/);
      const values = all.map(Number);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values)).toBeLessThanOrEqual(Math.max(MAP_WIDTH, MAP_HEIGHT));
      for (const c of model.countries) {
        expect(c.x, c.name).toBeGreaterThan(0);
        expect(c.x, c.name).toBeLessThan(MAP_WIDTH);
        expect(c.y, c.name).toBeGreaterThan(0);
        expect(c.y, c.name).toBeLessThan(MAP_HEIGHT);
      }
      expect(model.scale.px).toBeGreaterThan(20);
      expect(model.scale.px).toBeLessThan(MAP_WIDTH / 4);
    });

    it(`${map.file}: the table carries every fact the map shows`, () => {
      expectTableMatchesMap(model);
    });
  }
});

/** Every label and border length on the map, and every overlay's members, are rows of the table. */
function expectTableMatchesMap(model: MapModel): void {
  const rows = new Map(mapTable(model).map((r) => [r.country, r]));
  for (const c of model.countries) {
    expect(rows.get(c.label)?.border, c.label).toBe(c.border);
  }
  for (const o of model.overlays) {
    const members = new Set([...o.members.map((m) => m.label), ...o.offMap]);
    for (const label of members) expect(rows.get(label)?.member[o.id], `${o.id}: ${label}`).toBe(true);
    for (const [label, row] of rows) expect(row.member[o.id], `${o.id}: ${label}`).toBe(members.has(label));
  }
}

describe('buildMap', () => {
  it('lists members outside the view in words, and in the table', () => {
    const data = base();
    data.overlays[0]?.members.push('Belarus');
    const model = buildMap(data, FILE);
    expect(model.overlays[0]?.members.map((m) => m.name)).toEqual(['Tajikistan', 'Kyrgyzstan']);
    expect(model.overlays[0]?.offMap).toEqual(['Belarus']);
    expect(mapTable(model).map((r) => [r.country, r.border, r.member['csto']])).toEqual([
      ['Afghanistan', undefined, false],
      ['Tajikistan', 1357, true],
      ['Kyrgyzstan', undefined, true],
      ['Belarus', undefined, true],
    ]);
    expectTableMatchesMap(model);
  });

  it('names the file, field, bad value and nearest country for an unknown country', () => {
    const data = base();
    data.countries[2] = { name: 'Kyrgystan' };
    const message = `${FILE}: countries[2].name names unknown country "Kyrgystan". Country names are Natural Earth's, as in world-atlas/countries-110m.json. Did you mean "Kyrgyzstan"?`;
    expect(() => buildMap(data, FILE)).toThrow(message);
    try {
      buildMap(data, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(MapDataError);
      const { file, field, bad, suggestion } = error as MapDataError;
      expect({ file, field, bad, suggestion }).toEqual({
        file: FILE,
        field: 'countries[2].name',
        bad: 'Kyrgystan',
        suggestion: 'Kyrgyzstan',
      });
    }
  });

  it('checks overlay members, the focus and the frame too', () => {
    const member = base();
    member.overlays[0]?.members.push('Rusia');
    expect(() => buildMap(member, FILE)).toThrow(
      `${FILE}: overlays[0] (csto).members[2] names unknown country "Rusia". Country names are Natural Earth's, as in world-atlas/countries-110m.json. Did you mean "Russia"?`,
    );
    expect(() => buildMap({ ...base(), focus: 'Afganistan' }, FILE)).toThrow(
      /focus names unknown country "Afganistan".*"Afghanistan"/,
    );
    expect(() => buildMap({ ...base(), frame: ['Tadjikistan'] }, FILE)).toThrow(
      /frame\[0\] names unknown country "Tadjikistan".*"Tajikistan"/,
    );
  });

  it('refuses a named country whose label would fall outside the view', () => {
    const data = base();
    data.countries.push({ name: 'Belarus' });
    expect(() => buildMap(data, FILE)).toThrow(
      `${FILE}: countries[3] names "Belarus", but its label would fall outside the map. Add the country to \`frame\`, or give \`labelAt: [longitude, latitude]\` inside the view.`,
    );
  });
});

describe('checkMaps (npm run check:content and the build)', () => {
  it('turns a bad country into a problem with its suggestion', () => {
    const data = base();
    data.countries[1] = { name: 'Tajikstan' };
    expect(checkMaps([{ id: 'harbour-fees', file: FILE, data }])).toEqual([
      {
        file: FILE,
        field: 'countries[1].name',
        bad: 'Tajikstan',
        suggestion: 'Tajikistan',
        message: `${FILE}: countries[1].name names unknown country "Tajikstan". Country names are Natural Earth's, as in world-atlas/countries-110m.json. Did you mean "Tajikistan"?`,
      },
    ]);
  });

  it('allows one map per lesson', () => {
    const other = 'content/maps/other.yaml';
    expect(
      checkMaps([
        { id: 'harbour-fees', file: FILE, data: base() },
        { id: 'other', file: other, data: base() },
      ]),
    ).toEqual([
      {
        file: other,
        field: 'lesson',
        bad: 'harbour-fees',
        message: `${other}: lesson "harbour-fees" already has a map in ${FILE}; a lesson has one map. Merge the two files.`,
      },
    ]);
  });
});

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('the map colours (src/styles/map.css)', () => {
  const css = readFileSync(`${ROOT}src/styles/map.css`, 'utf8');
  /** The --gl-map-* tokens, each written once as light-dark(light, dark): the light and the dark palette. */
  const pairs = [...css.matchAll(/--gl-map-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)];
  const scheme = (i: 2 | 3): Map<string, string> => new Map(pairs.map((m) => [m[1] ?? '', m[i] ?? '']));
  /** The print palette: plain colours in the block that sets --gl-map-water to one. */
  const print = [...css.matchAll(/\{([^{}]*--gl-map-water:\s*#[^{}]*)\}/g)].map(
    (m) =>
      new Map([...(m[1] ?? '').matchAll(/--gl-map-([\w-]+):\s*(#[0-9a-f]{6})/g)].map((t) => [t[1] ?? '', t[2] ?? ''])),
  );
  const blocks = [scheme(2), scheme(3), ...print];

  it('has a light, a dark and a print palette, every colour in both schemes', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(11);
    expect(print).toHaveLength(1);
    expect([...scheme(2).keys()]).toEqual([...scheme(3).keys()]);
  });

  blocks.forEach((tokens, i) => {
    it(`${['light', 'dark', 'print'][i] ?? i}: text 4.5:1 against land and halo, hatching 3:1 against land`, () => {
      const get = (name: string): string => {
        const value = tokens.get(name);
        if (value === undefined) throw new Error(`map.css palette ${i + 1} has no --gl-map-${name}`);
        return value;
      };
      const lands = ['land', 'land-other', 'land-focus', 'halo'];
      for (const land of lands)
        expect(contrast(get('label'), get(land)), `label on ${land}`).toBeGreaterThanOrEqual(4.5);
      for (const n of [1, 2, 3, 4]) {
        for (const land of ['land', 'land-other', 'land-focus']) {
          expect(contrast(get(`hatch-${n}`), get(land)), `hatch-${n} on ${land}`).toBeGreaterThanOrEqual(3);
        }
      }
      expect(contrast(get('edge'), get('land')), 'country edges').toBeGreaterThanOrEqual(3);
    });
  });
});
