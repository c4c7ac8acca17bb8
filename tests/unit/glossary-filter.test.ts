import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryCategories } from '../../src/schemas/glossary';

const css = readFileSync('src/styles/glossary.css', 'utf8');

describe('the glossary category filter (CSS only)', () => {
  it.each(glossaryCategories)('has a rule that hides entries and index letters outside "%s"', (category) => {
    const checked = `.gl-glossary:has(#gl-gfilter-${category}:checked)`;
    expect(css).toContain(`${checked} [data-category]:not([data-category='${category}'])`);
    expect(css).toContain(`${checked} .gl-gindex__letter:not(:has([data-category='${category}']))`);
  });
});
