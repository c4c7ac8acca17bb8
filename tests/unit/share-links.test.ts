import { describe, expect, it } from 'vitest';
import { classroomShareUrl, teamsShareUrl } from '../../src/lib/share-links';

/** An assignment link as the builder makes it: settings after `#`, with characters a URL gives meaning to. */
const LINK = 'https://example.org/gloss/assign/#v=1&l=lesson&t=Week%203%20quiz&q=a,b?x=1 y';

describe('share links', () => {
  for (const [name, build, origin, param] of [
    ['Google Classroom', classroomShareUrl, 'https://classroom.google.com', 'url'],
    ['Microsoft Teams', teamsShareUrl, 'https://teams.microsoft.com', 'href'],
  ] as const) {
    it(`${name}: a plain link to its share page that carries the whole assignment link, # included`, () => {
      const shared = new URL(build(LINK));
      expect(shared.origin).toBe(origin);
      expect(shared.pathname).toBe('/share');
      // The share URL itself has no fragment: the assignment's `#` is inside the parameter.
      expect(shared.hash).toBe('');
      expect([...shared.searchParams.keys()]).toEqual([param]);
      expect(shared.searchParams.get(param)).toBe(LINK);
    });
  }
});
