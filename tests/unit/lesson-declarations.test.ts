import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { MAX_SPEAKERS, resolveSpeakers, SPEAKER_COLOURS, SPEAKER_LINES, speakerLook } from '../../src/lib/speakers';
import { loadContent } from '../helpers/load-content';

const fixtureDir = new URL('../fixtures/second-lesson/', import.meta.url).pathname;
const css = (name: string): string => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8');

describe('speakerLook', () => {
  it('hands out the palette colours in order, each with the line styles in turn', () => {
    expect([0, 1, 2, 3, 4, 5].map(speakerLook)).toEqual([
      { colour: 1, line: 'solid' },
      { colour: 2, line: 'dashed' },
      { colour: 3, line: 'dotted' },
      { colour: 4, line: 'double' },
      { colour: 5, line: 'solid' },
      { colour: 6, line: 'dashed' },
    ]);
  });

  it('repeats a colour only with a line style that colour has not had', () => {
    expect(speakerLook(SPEAKER_COLOURS)).toEqual({ colour: 1, line: 'double' });
    const pairs = Array.from({ length: MAX_SPEAKERS }, (_, i) => speakerLook(i)).map((l) => `${l.colour} ${l.line}`);
    expect(new Set(pairs).size).toBe(MAX_SPEAKERS);
  });

  it('rejects an impossible index', () => {
    expect(() => speakerLook(-1)).toThrow('speaker index must be 0 or more, got -1');
  });
});

describe('resolveSpeakers', () => {
  it('labels a speaker by its own label, else its glossary headword, else its id', () => {
    const headwords = new Map([['mayor-lund', 'Mayor Ada Lund']]);
    expect(
      resolveSpeakers(
        [
          { id: 'mayor', glossary: 'mayor-lund' },
          { id: 'council', glossary: 'mayor-lund', label: 'The council' },
          { id: 'paper', label: 'The paper itself' },
          { id: 'ghost', glossary: 'missing' },
        ],
        headwords,
      ).map((s) => [s.id, s.label, s.colour, s.line]),
    ).toEqual([
      ['mayor', 'Mayor Ada Lund', 1, 'solid'],
      ['council', 'The council', 2, 'dashed'],
      ['paper', 'The paper itself', 3, 'dotted'],
      ['ghost', 'ghost', 4, 'double'],
    ]);
  });
});

describe('the speaker palette in CSS', () => {
  /** A token's colour in one scheme: global.css writes each once, as light-dark(light, dark). */
  const tokenIn = (name: string, scheme: 0 | 1): string => {
    const m = new RegExp(`--gl-${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(
      css('global.css'),
    );
    return m?.[scheme + 1] ?? '';
  };
  /** The `--gl-speaker-N` values of the light and the dark scheme. */
  function palettes(): string[][] {
    return ([0, 1] as const).map((scheme) =>
      Array.from({ length: SPEAKER_COLOURS }, (_, i) => tokenIn(`speaker-${i + 1}`, scheme)).filter(Boolean),
    );
  }
  const channel = (hex: string, i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (hex: string): number =>
    0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  /** CIE L*a*b* (D65), for a plain distance between two colours (ΔE 1976). */
  const lab = (hex: string): [number, number, number] => {
    const [r, g, b] = [0, 1, 2].map((i) => channel(hex, i)) as [number, number, number];
    const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const distance = (a: string, b: string): number => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

  it('defines every palette colour in the light and the dark scheme', () => {
    const found = palettes();
    expect(found).toHaveLength(2);
    for (const values of found) expect(values).toHaveLength(SPEAKER_COLOURS);
  });

  it('keeps each colour at 3:1 or more against every surface, and far from the others', () => {
    palettes().forEach((colours, scheme) => {
      const backgrounds = ['bg', 'surface', 'surface-2', 'raised'].map((n) => tokenIn(n, scheme as 0 | 1));
      for (const bg of backgrounds) expect(bg).toMatch(/^#[0-9a-f]{6}$/i);
      for (const colour of colours) {
        for (const bg of backgrounds) expect(contrast(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
      colours.forEach((a, i) => {
        for (const b of colours.slice(i + 1)) expect(distance(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
      });
    });
  });

  it('draws every palette slot and line style, and nothing per person', () => {
    const lesson = css('lesson.css');
    for (let n = 1; n <= SPEAKER_COLOURS; n++) {
      expect(lesson).toContain(`.gl-claim[data-colour='${n}'] {\n    --gl-claim-colour: var(--gl-speaker-${n});`);
    }
    for (const line of SPEAKER_LINES.slice(1)) expect(lesson).toContain(`--gl-claim-line: ${line};`);
    expect(lesson).not.toContain('data-speaker=');
  });
});

describe('speakers in the content checker', () => {
  it('checks claim speakers against the declared ones, with a suggestion', () => {
    const content = loadContent(fixtureDir);
    const file = content.claims.find((c) => c.data.lesson === 'tide-report');
    const claim = file?.data.claims[0];
    if (!file || !claim) throw new Error('fixture changed');
    claim.speaker = 'outlett';
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'tests/fixtures/second-lesson/claims/tide-report.yaml: claims[0] (tides-higher).speaker refers to unknown speaker id "outlett". Did you mean "outlet"?',
      'tests/fixtures/second-lesson/claims/tide-report.yaml: speakers[0].id declares speaker "outlet", but no claim uses it; remove it from the legend or tag its claims.',
    ]);
  });

  it('checks a speaker’s glossary id, and rejects a speaker declared twice', () => {
    const content = loadContent(fixtureDir);
    const file = content.claims.find((c) => c.data.lesson === 'tide-report');
    if (!file) throw new Error('fixture changed');
    file.data.speakers.push({ id: 'outlet', glossary: 'harbor-office' });
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'tests/fixtures/second-lesson/claims/tide-report.yaml: speakers[1] (outlet).glossary refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?',
      'tests/fixtures/second-lesson/claims/tide-report.yaml: speakers[1].id declares speaker "outlet" twice; give every speaker its own id.',
    ]);
  });

  it('fails a lesson with more speakers than the layer can tell apart', () => {
    const content = loadContent(fixtureDir);
    const file = content.claims.find((c) => c.data.lesson === 'tide-report');
    const claim = file?.data.claims[0];
    if (!file || !claim) throw new Error('fixture changed');
    file.data.speakers = Array.from({ length: MAX_SPEAKERS + 1 }, (_, i) => ({
      id: `voice-${i}`,
      label: `Voice ${i}`,
    }));
    file.data.claims = file.data.speakers.map((s, i) => ({ ...claim, id: `c-${i}`, speaker: s.id }));
    const messages = checkContent(content).map((p) => p.message);
    expect(messages).toContain(
      `tests/fixtures/second-lesson/claims/tide-report.yaml: speakers lists ${MAX_SPEAKERS + 1} speakers, but the claims layer can tell at most ${MAX_SPEAKERS} apart (${SPEAKER_COLOURS} colours × ${SPEAKER_LINES.length} line styles). Group minor voices under one speaker, e.g. "Other officials".`,
    );
  });
});

describe('timeline tags in the content checker', () => {
  it('checks event tags against the lesson’s declared tags, with a suggestion', () => {
    const content = loadContent(fixtureDir);
    const event = content.timeline.find((e) => e.slug === 'spring-tide');
    if (!event) throw new Error('fixture changed');
    event.data.tags = ['sea-levels'];
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'tests/fixtures/second-lesson/timeline/tide-report/spring-tide.yaml: tags[0] refers to unknown timeline tag id "sea-levels". Did you mean "sea-level"?',
    ]);
  });

  it('names the file to write when a lesson declares no tags, and rejects a tag declared twice', () => {
    const content = loadContent(fixtureDir);
    const [file] = content.timelineTags;
    if (!file) throw new Error('fixture changed');
    file.data.tags.push({ id: 'sea-level', label: 'Again' });
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'tests/fixtures/second-lesson/timeline/tide-report.yaml: tags[2].id declares timeline tag "sea-level" twice; give every tag its own id.',
    ]);
    content.timelineTags = [];
    expect(checkContent(content).map((p) => p.message)).toContain(
      'tests/fixtures/second-lesson/timeline/tide-report/spring-tide.yaml: tags uses "sea-level", but lesson "tide-report" declares no timeline tags. List each tag with its label in tests/fixtures/second-lesson/timeline/tide-report.yaml.',
    );
  });
});

describe('a lesson’s term notes in the content checker', () => {
  it('checks the glossary ids and the lesson the file is named after', () => {
    const content = loadContent(fixtureDir);
    const [terms] = content.lessonTerms;
    if (!terms) throw new Error('fixture changed');
    expect(terms.id).toBe('tide-report');
    terms.data.why['harbor-office'] = 'Misspelled.';
    terms.id = 'tide-reports';
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'tests/fixtures/second-lesson/lessons/tide-report.terms.yaml: file name refers to unknown lesson id "tide-reports". Did you mean "tide-report"?',
      'tests/fixtures/second-lesson/lessons/tide-report.terms.yaml: why.harbor-office refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?',
    ]);
  });
});
