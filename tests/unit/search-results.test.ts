import { describe, expect, it } from 'vitest';
import {
  fill,
  rankSections,
  toSearchHit,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../src/lib/search-results';

const sub = (title: string, id: string | undefined, hits: number): PagefindSubResult => ({
  title,
  url: `/lessons/demo/?pagefind-highlight=x${id ? `#${id}` : ''}`,
  excerpt: `${title} <mark>x</mark>`,
  locations: Array.from({ length: hits }, (_, i) => i),
  ...(id ? { anchor: { id, element: 'h3' } } : {}),
});

const result = (
  subs: PagefindSubResult[],
  filters: Record<string, string[]> = { type: ['lesson'] },
): PagefindResultData => ({
  url: '/lessons/demo/?pagefind-highlight=x',
  excerpt: 'page <mark>x</mark>',
  meta: { title: 'Russia worries' },
  filters,
  sub_results: subs,
});

describe('rankSections', () => {
  it('puts paragraphs first, then other sections, then the page top; most hits first within each', () => {
    const ranked = rankSections([
      sub('Page', undefined, 9),
      sub('Claims in this article', 'claims-title', 4),
      sub('Paragraph 2', 'p2', 1),
      sub('Paragraph 7', 'p7', 3),
      sub('Reading tools', 'reading-tools-title', 1),
      sub('Paragraph 9', 'p9', 1),
    ]);
    expect(ranked.map((s) => s.title)).toEqual([
      'Paragraph 7',
      'Paragraph 2',
      'Paragraph 9',
      'Claims in this article',
      'Reading tools',
      'Page',
    ]);
  });
});

describe('toSearchHit', () => {
  it('lands a lesson hit on its best paragraph and lists the other matches', () => {
    const hit = toSearchHit(
      result([
        sub('Reading tools', 'reading-tools-title', 1),
        sub('Paragraph 7', 'p7', 1),
        sub('Claims', 'claims-title', 4),
      ]),
    );
    expect(hit).toEqual({
      type: 'lesson',
      title: 'Paragraph 7',
      context: 'Russia worries',
      year: undefined,
      url: '/lessons/demo/?pagefind-highlight=x#p7',
      excerpt: 'Paragraph 7 <mark>x</mark>',
      more: [
        { title: 'Claims', url: '/lessons/demo/?pagefind-highlight=x#claims-title' },
        { title: 'Reading tools', url: '/lessons/demo/?pagefind-highlight=x#reading-tools-title' },
      ],
    });
  });

  it('caps the extra links', () => {
    const subs = [1, 2, 3, 4, 5, 6].map((n) => sub(`Paragraph ${n}`, `p${n}`, 1));
    expect(toSearchHit(result(subs), 2).more).toHaveLength(2);
  });

  it('shows a record (no anchors) under its own title, with its year', () => {
    const data: PagefindResultData = {
      url: '/lessons/demo/timeline/?pagefind-highlight=crocus#crocus-attack',
      excerpt: 'Attack on <mark>Crocus</mark> City Hall',
      meta: { title: 'Attack on Crocus City Hall' },
      filters: { type: ['timeline'], year: ['2024'], lesson: ['demo'] },
      sub_results: [
        {
          title: 'Attack on Crocus City Hall',
          url: '/lessons/demo/timeline/?pagefind-highlight=crocus#crocus-attack',
          excerpt: 'Attack on <mark>Crocus</mark>',
        },
      ],
    };
    expect(toSearchHit(data)).toEqual({
      type: 'timeline',
      title: 'Attack on Crocus City Hall',
      context: undefined,
      year: '2024',
      url: '/lessons/demo/timeline/?pagefind-highlight=crocus#crocus-attack',
      excerpt: 'Attack on <mark>Crocus</mark>',
      more: [],
    });
  });

  it('falls back to the page when there are no sections, and to "page" without a type', () => {
    const hit = toSearchHit(result([], {}));
    expect(hit.type).toBe('page');
    expect(hit.title).toBe('Russia worries');
    expect(hit.url).toBe('/lessons/demo/?pagefind-highlight=x');
    expect(hit.excerpt).toBe('page <mark>x</mark>');
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('{n} results for “{q}”. {other}', { n: 3, q: 'CSTO' })).toBe('3 results for “CSTO”. {other}');
  });
});
