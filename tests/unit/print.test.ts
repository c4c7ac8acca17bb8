import { describe, expect, it } from 'vitest';
import { cssString, printFooterCss } from '../../src/lib/print';

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Despite Cordial Diplomacy')).toBe('"Despite Cordial Diplomacy"');
  });
  it('escapes quotes, backslashes, control characters and "<"', () => {
    expect(cssString('a "b" \\ c\nd</style>')).toBe('"a \\"b\\" \\\\ c\\a d\\3c /style>"');
  });
});

describe('printFooterCss', () => {
  it('puts the title at the start of the footer and the page number at its end', () => {
    expect(printFooterCss('Title', 'Page {n} of {total}')).toBe(
      '@page{@bottom-left{content:"Title"}@bottom-right{content:"Page " counter(page) " of " counter(pages)}}',
    );
  });
  it('follows the order of the words in the label', () => {
    expect(printFooterCss('T', '{n}/{total}')).toContain('content:counter(page) "/" counter(pages)}');
  });
});
