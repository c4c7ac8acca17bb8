import { describe, expect, it } from 'vitest';
import { mdxBodyParagraphs } from '../../src/lib/article';
import { buildTermIndex } from '../../src/lib/terms';
import { termUsage } from '../../src/lib/term-usage';

const index = buildTermIndex([
  { id: 'isis', aliases: ['ISIS', 'IS'] },
  { id: 'isis-k', aliases: ['ISIS-K'] },
  { id: 'csto', aliases: ['CSTO'] },
  { id: 'shoigu', aliases: ['Shoigu'] },
]);

const body = [
  "import Chart from './chart.astro';",
  'Shoigu warned about ISIS and the CSTO.',
  'This is about ISIS-K, not\nthe wider group.',
  'The <Term id="shoigu">Russian Defense Minister</Term> spoke again.',
  '<NoTerms>The CSTO</NoTerms> is named here but shielded.',
  '<Chart />',
  'Shoigu’s words: “the CSTO’s southern borders”.',
].join('\n\n');

describe('termUsage', () => {
  it('lists, for each term, the paragraphs that mark it, numbered like the lesson page', () => {
    expect(Object.fromEntries(termUsage(body, index, true))).toEqual({
      shoigu: [1, 3, 5],
      isis: [1],
      csto: [1, 5],
      'isis-k': [2],
    });
    // Paragraph numbers agree with the paragraphs the rest of the site counts.
    expect(mdxBodyParagraphs(body)[4]).toBe('Shoigu’s words: “the CSTO’s southern borders”.');
  });

  it('counts a term once per paragraph however often it occurs', () => {
    expect(termUsage('CSTO, CSTO and CSTO.\n\nCSTO.', index, true).get('csto')).toEqual([1, 2]);
  });

  it('counts only <Term> marks when automatic marking is off', () => {
    expect(Object.fromEntries(termUsage(body, index, false))).toEqual({ shoigu: [3] });
  });

  it('ignores matches inside <Term> and <NoTerms>, and self-closing components', () => {
    const usage = termUsage('<Term id="csto">the ISIS alliance</Term> and <Icon name="IS" />.', index, true);
    expect(Object.fromEntries(usage)).toEqual({ csto: [1] });
  });

  it('returns nothing for a body without terms', () => {
    expect(termUsage('Nothing to see.\n\nStill nothing.', index, true).size).toBe(0);
  });
});
