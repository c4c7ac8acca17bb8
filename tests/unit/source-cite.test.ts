import { describe, expect, it } from 'vitest';
import { sourceCitation, sourceCitationHtml, sourceKindLabel } from '../../src/lib/source-cite';
import { sourceKinds } from '../../src/schemas/source';

describe('sourceKindLabel', () => {
  it('names every kind in words, each differently', () => {
    const labels = sourceKinds.map(sourceKindLabel);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(sourceKinds.length);
    expect(sourceKindLabel('state-media')).toBe('state media');
    expect(sourceKindLabel('wire')).toBe('wire service');
  });
});

describe('sourceCitation', () => {
  it('cites an outlet by name with its address and kind', () => {
    expect(
      sourceCitation({ publisher: 'TASS', url: 'https://tass.com/history', kind: 'state-media', title: 'History' }),
    ).toEqual({
      name: 'TASS',
      href: 'https://tass.com/history',
      kind: 'state media',
    });
  });

  it('cites a book by author and title, without a link', () => {
    expect(
      sourceCitation({
        publisher: 'Facts On File',
        author: 'Michael Kort',
        title: 'Central Asian Republics',
        kind: 'book',
      }),
    ).toEqual({ name: 'Michael Kort, Central Asian Republics', kind: 'book' });
  });

  it('writes the kind beside the name as escaped HTML', () => {
    expect(
      sourceCitationHtml({ name: 'A & B', href: 'https://x.org/?a=1&b=2', kind: 'news outlet' }, ' rel="external"'),
    ).toBe(
      '<a href="https://x.org/?a=1&#38;b=2" rel="external">A &#38; B</a> <span class="gl-source-kind">(news outlet)</span>',
    );
    expect(sourceCitationHtml({ name: 'Kort, <CAR>', kind: 'book' })).toBe(
      'Kort, &#60;CAR&#62; <span class="gl-source-kind">(book)</span>',
    );
  });
});
