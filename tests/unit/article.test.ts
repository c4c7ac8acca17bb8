import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  foldWhitespace,
  mdxBodyParagraphs,
  mdxTermIds,
  parseSourceText,
  readingMinutes,
} from '../../src/lib/article';

describe('parseSourceText', () => {
  it('splits credit, headline and paragraphs, folding whitespace', () => {
    const text = 'Photo: Someone\n\nA Headline\n\nFirst  para\nwraps.\n\n\nSecond.   \n';
    expect(parseSourceText(text)).toEqual({
      photoCredit: 'Someone',
      headline: 'A Headline',
      paragraphs: ['First para wraps.', 'Second.'],
    });
  });
  it('works without a photo credit and rejects empty files', () => {
    expect(parseSourceText('Headline\n\nBody.')).toEqual({ headline: 'Headline', paragraphs: ['Body.'] });
    expect(() => parseSourceText('  \n')).toThrow('The source text is empty: it needs a headline and paragraphs.');
  });
});

describe('mdxBodyParagraphs', () => {
  it('drops imports and keeps the text inside components', () => {
    const body = 'import X from \'./x\';\n\nThe <Term id="csto">CSTO</Term> met.\n\n<NoTerms>IS</NoTerms> said.';
    expect(mdxBodyParagraphs(body)).toEqual(['The CSTO met.', 'IS said.']);
    expect(mdxTermIds(body)).toEqual(['csto']);
  });
});

describe('word count and reading time', () => {
  it('counts words with inner apostrophes, hyphens and numbers as one', () => {
    expect(countWords(['Shoigu’s economy-centric plan: 23,000 militants, 15% rise.'])).toBe(7);
  });
  it('rounds reading time up and never says zero minutes', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
  });
});

describe('the lesson copy of the primary source', () => {
  it('matches the lesson MDX body paragraph for paragraph', () => {
    const source = parseSourceText(
      readFileSync(new URL('../../content/lessons/russia-afghanistan-threats.source.txt', import.meta.url), 'utf8'),
    );
    const mdx = readFileSync(new URL('../../content/lessons/russia-afghanistan-threats.mdx', import.meta.url), 'utf8');
    const body = mdx.replace(/^---[\s\S]*?\n---\n/, '');
    expect(mdxBodyParagraphs(body)).toEqual(source.paragraphs);
    expect(mdx).toContain(`title: "${source.headline}"`);
    expect(mdx).toContain(`photoCredit: "${source.photoCredit ?? ''}"`);
    expect(foldWhitespace(source.paragraphs.join(' '))).toContain('VANCOUVER, CANADA –');
  });
});
