import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sourceSchema } from '../../src/schemas/source';

const base = {
  title: 'Shoigu: main threat in Central Asia comes from Afghanistan',
  publisher: 'Interfax',
  url: 'https://www.interfax-russia.ru/military/news_eng/404777',
  published: '2024-02-27',
  accessed: '2026-11-29',
  kind: 'wire',
};

/** Each problem as "field: message", the way Astro prints it under the file's name. */
function problems(data: unknown): string[] {
  const result = sourceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const without = (key: keyof typeof base): Record<string, string> =>
  Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));

describe('sourceSchema', () => {
  it('accepts a dated, accessed source', () => {
    expect(problems(base)).toEqual([]);
  });

  it('rejects a source without "published" and says how to fix it', () => {
    expect(problems(without('published'))).toEqual([
      'published: is missing. Add "published:" with the date the work came out, at the precision you know (2024-02-27, 2024-02 or 2024), or "published: unknown" with a "publishedUnknownReason".',
    ]);
  });

  it('rejects "published: unknown" without a reason, and a reason beside a real date', () => {
    expect(problems({ ...base, published: 'unknown' })).toEqual([
      'publishedUnknownReason: is missing: "published" is "unknown", so say why, e.g. "No date on the page or in its URL". If you found the date, write it in "published" instead.',
    ]);
    expect(problems({ ...base, published: 'unknown', publishedUnknownReason: 'No date on the page.' })).toEqual([]);
    expect(problems({ ...base, publishedUnknownReason: 'No date on the page.' })).toEqual([
      'publishedUnknownReason: is only for "published: unknown", but "published" is "2024-02-27". Delete the reason.',
    ]);
  });

  it('rejects a source without "accessed", and an accessed date less precise than a day', () => {
    expect(problems(without('accessed'))).toEqual([
      'accessed: is missing. Add "accessed:" with the day the copy was read, written YYYY-MM-DD (e.g. 2026-11-29).',
    ]);
    expect(problems({ ...base, accessed: '2026-11' })).toEqual([
      'accessed: must be the full day the copy was read, written YYYY-MM-DD (e.g. 2026-11-29).',
    ]);
  });

  it('rejects a malformed date and names the bad value', () => {
    expect(problems({ ...base, published: '27 Feb 2024' })).toEqual([
      'published: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02-27, 2024-02, 2024), or the word "unknown"; got "27 Feb 2024".',
    ]);
  });

  it('reads unquoted YAML dates as the text the author wrote', () => {
    // Astro's YAML parser (js-yaml) turns an unquoted day into a UTC Date; both parsers turn a year into a number.
    expect(sourceSchema.parse({ ...base, published: new Date(Date.UTC(2023, 7, 15)) }).published).toBe('2023-08-15');
    expect(sourceSchema.parse({ ...base, accessed: new Date(Date.UTC(2026, 11, 1)) }).accessed).toBe('2026-12-01');
    const data = parseYaml('published: 2023\naccessed: 2026-12-01\n') as object;
    expect(sourceSchema.parse({ ...base, ...data })).toMatchObject({ published: '2023', accessed: '2026-12-01' });
    expect(sourceSchema.parse({ ...base, ...(parseYaml('published: 2023-08') as object) }).published).toBe('2023-08');
  });

  it('lets only a book go without a link, and makes a book name its author', () => {
    const book = {
      title: 'The Looming Tower',
      author: 'Lawrence Wright',
      publisher: 'Alfred A. Knopf',
      published: '2006',
      accessed: '2026-11-29',
      kind: 'book',
    };
    expect(problems(book)).toEqual([]);
    expect(problems({ ...book, author: undefined })).toEqual([
      'author: is missing. A book is cited by author, title, publisher and year: add "author:".',
    ]);
    expect(problems(without('url'))).toEqual([
      'url: is missing. A "wire" source needs the address of the copy that was read; only a "book" may be cited without one.',
    ]);
  });
});
