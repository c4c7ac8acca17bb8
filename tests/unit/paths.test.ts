import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('joins paths under the root and under a sub-path', () => {
    expect(withBase('/', '')).toBe('/');
    expect(withBase('/', 'glossary/#csto')).toBe('/glossary/#csto');
    expect(withBase('/gloss/', '/lessons/x/')).toBe('/gloss/lessons/x/');
    expect(withBase('/gloss', 'about/')).toBe('/gloss/about/');
  });
});
