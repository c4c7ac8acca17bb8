import { describe, expect, it } from 'vitest';
import type { ContentInput } from '../../src/lib/content-types';
import { answerTermsIn, checkLateral, formatLeakingSearch, withoutTerms } from '../../src/lib/lateral-check';
import type { LateralFile } from '../../src/schemas/lateral';
import type { Guide } from '../../src/schemas/guide';
import { lateralFileSchema } from '../../src/schemas/lateral';

const FILE = 'content/lessons/harbour.lateral.yaml';

/** A made-up lateral file (no real lesson's names). */
const lateral = (changes: Partial<LateralFile['tasks'][number]> = {}): LateralFile => ({
  intro: 'Check it.',
  tasks: [
    {
      id: 'fares',
      claim: 'fares-doubled',
      question: 'How much did fares change?',
      searches: ['harbour ferry fares 2025'],
      answerTerms: ['third', 'Ferry Co'],
      results: [
        { source: 'town-paper', summary: 'A report.' },
        { source: 'ferry-price-list', quote: 'prices' },
      ],
      best: ['town-paper'],
      finding: 'Up a third.',
      sources: ['town-paper'],
      ...changes,
    },
  ],
});

/** The smallest content input the check reads. */
const input = (file: LateralFile, guides: ContentInput['guides'] = []): ContentInput => ({
  lessons: [
    {
      id: 'harbour',
      file: 'content/lessons/harbour.mdx',
      data: {} as never,
      paragraphs: [],
      termIds: [],
      source: { file: '', text: '', available: [] },
    },
  ],
  glossary: [],
  lessonTerms: [],
  sources: ['town-paper', 'ferry-price-list'].map((id) => ({
    id,
    file: `content/sources/${id}.yaml`,
    data: {} as never,
  })),
  skills: [],
  timeline: [],
  timelineTags: [],
  notes: [],
  claims: [
    {
      id: 'harbour',
      file: 'content/claims/harbour.yaml',
      data: { lesson: 'harbour', speakers: [], claims: [{ id: 'fares-doubled' } as never] },
    },
  ],
  guides,
  quizzes: [],
  maps: [],
  lateral: [{ id: 'harbour', file: FILE, data: file }],
});

describe('answer terms in suggested searches', () => {
  it('finds whole words and phrases in any case, not parts of words', () => {
    expect(answerTermsIn('SCO defence ministers', ['SCO'])).toEqual(['SCO']);
    expect(answerTermsIn('sco’s meeting', ['SCO'])).toEqual(['SCO']);
    expect(answerTermsIn('Moscow disco', ['SCO'])).toEqual([]);
    expect(answerTermsIn('ferry  co prices', ['Ferry Co'])).toEqual(['Ferry Co']);
    expect(answerTermsIn('fell 95% in 2023', ['95%'])).toEqual(['95%']);
    expect(withoutTerms('Shoigu SCO Delhi 2023', ['SCO'])).toBe('Shoigu Delhi 2023');
  });

  it('locks the message: file, field, the search, the words, and a neutral rewrite', () => {
    expect(formatLeakingSearch(FILE, 'tasks[0] (fares).searches[1]', 'ferry fares up a third', ['third'])).toBe(
      'content/lessons/harbour.lateral.yaml: tasks[0] (fares).searches[1] suggests the search "ferry fares up a third", ' +
        'which contains "third", listed in answerTerms as giving the answer away. Make the search neutral: ' +
        'name who, where and when, not the answer, e.g. "ferry fares up a".',
    );
  });
});

describe('checkLateral', () => {
  it('passes a neutral, well-referenced file', () => {
    expect(checkLateral(input(lateral()))).toEqual([]);
  });

  it('fails on a suggested search that contains an answer term', () => {
    const problems = checkLateral(input(lateral({ searches: ['ok search', 'Ferry Co fares a third higher'] })));
    expect(problems.map((p) => p.message)).toEqual([
      formatLeakingSearch(FILE, 'tasks[0] (fares).searches[1]', 'Ferry Co fares a third higher', ['third', 'Ferry Co']),
    ]);
    expect(problems[0]?.suggestion).toBe('fares a higher');
  });

  it('names file, field, bad id and the nearest valid id for claims, sources and best results', () => {
    const problems = checkLateral(
      input(
        lateral({
          claim: 'fares-doubed',
          results: [
            { source: 'town-papr', summary: 'A report.' },
            { source: 'ferry-price-list', quote: 'prices' },
          ],
          best: ['town-paper'],
        }),
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      `${FILE}: tasks[0] (fares).best[0] refers to unknown result of this task id "town-paper". Did you mean "town-papr"?`,
      `${FILE}: tasks[0] (fares).claim refers to unknown claim id "fares-doubed". Did you mean "fares-doubled"?`,
      `${FILE}: tasks[0] (fares).results[0].source refers to unknown source id "town-papr". Did you mean "town-paper"?`,
    ]);
  });

  it('checks the reading guide’s suggested searches against their own answer terms', () => {
    const guide = {
      id: 'harbour',
      file: 'content/guides/harbour.yaml',
      data: {
        lateral: { searches: [{ query: 'ferry fares third', where: 'x', why: 'y', answerTerms: ['third'] }] },
      } as unknown as Guide,
    };
    expect(checkLateral(input(lateral(), [guide])).map((p) => p.field)).toEqual(['lateral.searches[0].query']);
  });

  it('a result must give a quote or a summary, not both or neither', () => {
    const both = lateral({
      results: [
        { source: 'a', quote: 'x', summary: 'y' },
        { source: 'b', summary: 'z' },
      ],
    });
    expect(lateralFileSchema.safeParse(both).success).toBe(false);
    const neither = lateral({ results: [{ source: 'a' }, { source: 'b', summary: 'z' }] });
    expect(lateralFileSchema.safeParse(neither).success).toBe(false);
    expect(lateralFileSchema.safeParse(lateral()).success).toBe(true);
  });
});
