import { z } from 'zod';
import { partialDateSchema } from './common';

/** The kinds of publication a source can be; shown next to each citation so readers can weigh it. */
export const sourceKinds = [
  'news',
  'wire',
  'state-media',
  'pro-government',
  'encyclopedia',
  'mirror',
  'official',
  'analysis',
  'book',
  'primary',
] as const;

/** One of {@link sourceKinds}. */
export type SourceKind = (typeof sourceKinds)[number];

/** The word a source file writes when nobody could find out when the work was published. */
export const PUBLISHED_UNKNOWN = 'unknown';

/**
 * YAML hands dates over in different types depending on the parser: js-yaml (Astro) turns an
 * unquoted `2023-08-15` into a Date, and both parsers turn `2023` into a number. Authors may
 * write either form, quoted or not, so each is brought back to the text the author wrote.
 */
function yamlDateText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

const publishedSchema = z.preprocess(
  yamlDateText,
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add "published:" with the date the work came out, at the precision you know ' +
            '(2024-02-27, 2024-02 or 2024), or "published: unknown" with a "publishedUnknownReason".'
          : `must be a date or the word "unknown"; got ${JSON.stringify(issue.input)}.`,
    })
    .refine((value) => value === PUBLISHED_UNKNOWN || partialDateSchema.safeParse(value).success, {
      error: (issue) =>
        `must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02-27, 2024-02, 2024), or the word ` +
        `"unknown"; got ${JSON.stringify(issue.input)}.`,
    }),
);

const accessedSchema = z.preprocess(
  yamlDateText,
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add "accessed:" with the day the copy was read, written YYYY-MM-DD (e.g. 2026-11-29).'
          : `must be the day the copy was read, written YYYY-MM-DD; got ${JSON.stringify(issue.input)}.`,
    })
    .regex(
      /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
      'must be the full day the copy was read, written YYYY-MM-DD (e.g. 2026-11-29).',
    ),
);

/** One bibliography entry (`content/sources/<id>.yaml`). */
export const sourceSchema = z
  .strictObject({
    /** Title of the page, document or book, as a reader would search for it. */
    title: z.string().min(1),
    /** Outlet, agency, site or (for a book) publishing house that published it. */
    publisher: z.string().min(1),
    /** Who wrote it; required for a book, which is cited by author, title, publisher and year. */
    author: z.string().min(1).optional(),
    /**
     * Address of the copy that was read. Required for every kind except `book`: a book is cited as
     * the work itself, so a reader can find any copy of it.
     */
    url: z.url().optional(),
    /**
     * When the work was published, at the precision the evidence supports (`YYYY`, `YYYY-MM` or
     * `YYYY-MM-DD`); for a book, its year. `unknown` when no date could be found, and then
     * {@link publishedUnknownReason} must say why. Required: the lesson teaches that *when* a thing
     * was said matters.
     */
    published: publishedSchema,
    /** Why `published` is `unknown` (what was looked at and what it did or did not show). Only with `unknown`. */
    publishedUnknownReason: z.string().min(1).optional(),
    /** The day the copy was read (`YYYY-MM-DD`): pages change, so readers need to know when it said this. */
    accessed: accessedSchema,
    /** What sort of publication this is; shown next to every citation so readers can weigh it. */
    kind: z.enum(sourceKinds),
    /** One line of context, e.g. that the URL is a mirror of the original or who owns the outlet. */
    note: z.string().optional(),
  })
  .superRefine((source, ctx) => {
    if (source.published === PUBLISHED_UNKNOWN && source.publishedUnknownReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedUnknownReason'],
        message:
          'is missing: "published" is "unknown", so say why, e.g. "No date on the page or in its URL". ' +
          'If you found the date, write it in "published" instead.',
      });
    }
    if (source.published !== PUBLISHED_UNKNOWN && source.publishedUnknownReason !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedUnknownReason'],
        message: `is only for "published: unknown", but "published" is ${JSON.stringify(source.published)}. Delete the reason.`,
      });
    }
    if (source.kind !== 'book' && source.url === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `is missing. A "${source.kind}" source needs the address of the copy that was read; only a "book" may be cited without one.`,
      });
    }
    if (source.kind === 'book' && source.author === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['author'],
        message: 'is missing. A book is cited by author, title, publisher and year: add "author:".',
      });
    }
  });

/** A validated source, as pages receive it. */
export type Source = z.infer<typeof sourceSchema>;
