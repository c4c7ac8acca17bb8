import { describe, expect, it } from 'vitest';
import { buildTermIndex, findTerms } from '../../src/lib/terms';

const index = buildTermIndex([
  { id: 'isis', aliases: ['ISIS', 'Islamic State', 'IS', 'Daesh'] },
  { id: 'isis-k', aliases: ['ISIS-K', 'ISKP', 'Islamic State Khorasan Province'] },
  { id: 'csto', aliases: ['Collective Security Treaty Organization', 'CSTO'] },
  { id: 'taliban', aliases: ['Taliban'] },
  { id: 'shoigu', aliases: ['Sergei Shoigu', 'Shoigu'] },
  { id: 'central-asia', aliases: ['Central Asia', 'Central Asian'] },
]);

/** The matched text and id of every match, in order. */
const matches = (text: string): [string, string][] =>
  findTerms(text, index).map((m) => [text.slice(m.start, m.end), m.id]);

describe('findTerms', () => {
  it('finds every alias of an entry and reports the alias that matched', () => {
    const found = findTerms('Daesh, also called Islamic State or ISIS.', index);
    expect(found.map((m) => [m.alias, m.id])).toEqual([
      ['Daesh', 'isis'],
      ['Islamic State', 'isis'],
      ['ISIS', 'isis'],
    ]);
  });

  it('does not match "IS" inside "ISIS", inside "This", or as the verb "is"', () => {
    expect(matches('ISIS grew.')).toEqual([['ISIS', 'isis']]);
    expect(matches('This is what IS claimed.')).toEqual([['IS', 'isis']]);
    expect(matches('This is it, and it is so.')).toEqual([]);
    expect(matches('THIS, ISLAND, CRISIS')).toEqual([]);
  });

  it('respects word boundaries on both sides, including letters outside ASCII', () => {
    expect(matches('CSTOs and xCSTO and CSTO_x and CSTOé')).toEqual([]);
    expect(matches('(CSTO), “CSTO” and CSTO.')).toEqual([
      ['CSTO', 'csto'],
      ['CSTO', 'csto'],
      ['CSTO', 'csto'],
    ]);
  });

  it('is case-sensitive', () => {
    expect(matches('the taliban and the TALIBAN and csto')).toEqual([]);
    expect(matches('the Taliban')).toEqual([['Taliban', 'taliban']]);
  });

  it('prefers the longest alias at a position: "ISIS-K" over "ISIS", "Central Asian" over "Central Asia"', () => {
    expect(matches('ISIS-K is a branch of ISIS.')).toEqual([
      ['ISIS-K', 'isis-k'],
      ['ISIS', 'isis'],
    ]);
    expect(matches('Central Asian countries')).toEqual([['Central Asian', 'central-asia']]);
    expect(matches('Sergei Shoigu said')).toEqual([['Sergei Shoigu', 'shoigu']]);
  });

  it('matches possessives with a curly or straight apostrophe', () => {
    expect(matches('Shoigu’s claims and the CSTO’s southern borders')).toEqual([
      ['Shoigu', 'shoigu'],
      ['CSTO', 'csto'],
    ]);
    expect(matches("Shoigu's claims")).toEqual([['Shoigu', 'shoigu']]);
  });

  it('never returns overlapping matches', () => {
    const found = findTerms('Islamic State Khorasan Province and Islamic State', index);
    expect(found.map((m) => m.id)).toEqual(['isis-k', 'isis']);
    found.slice(1).forEach((m, i) => {
      expect(m.start).toBeGreaterThanOrEqual(found[i]?.end ?? 0);
    });
  });

  it('flags the first occurrence of each term, whichever alias it uses', () => {
    const found = findTerms('Sergei Shoigu met the CSTO. Shoigu said the CSTO and ISIS…', index);
    expect(found.map((m) => [m.alias, m.first])).toEqual([
      ['Sergei Shoigu', true],
      ['CSTO', true],
      ['Shoigu', false],
      ['CSTO', false],
      ['ISIS', true],
    ]);
  });

  it('returns offsets that slice back to the alias', () => {
    const text = 'In Central Asia, the Taliban said so.';
    for (const m of findTerms(text, index)) expect(text.slice(m.start, m.end)).toBe(m.alias);
  });

  it('finds nothing in an empty text or with an empty index', () => {
    expect(findTerms('', index)).toEqual([]);
    expect(findTerms('CSTO', buildTermIndex([]))).toEqual([]);
  });
});

describe('buildTermIndex', () => {
  it('orders aliases longest first so a longer alias wins a tie', () => {
    const aliases = index.aliases.map((a) => a.alias);
    aliases.slice(1).forEach((alias, i) => {
      expect(aliases[i]?.length).toBeGreaterThanOrEqual(alias.length);
    });
  });

  it('allows the same alias twice within one entry', () => {
    expect(() => buildTermIndex([{ id: 'csto', aliases: ['CSTO', 'CSTO'] }])).not.toThrow();
  });

  it('fails when two entries claim the same alias, naming both and the fix', () => {
    expect(() =>
      buildTermIndex([
        { id: 'isis', aliases: ['ISIS', 'IS'] },
        { id: 'isis-k', aliases: ['ISIS-K', 'IS'] },
      ]),
    ).toThrow('Glossary alias "IS" is used by both "isis" and "isis-k": give each alias to one entry only.');
  });
});
