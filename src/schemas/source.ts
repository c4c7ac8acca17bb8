import { z } from 'zod';
import { partialDateSchema } from './common';

/** The kinds of publication a source can be; shown next to each citation so readers can weigh it. */
export const sourceKinds = [
  'news',
  'wire',
  'state-media',
  'encyclopedia',
  'mirror',
  'official',
  'analysis',
  'book',
  'primary',
] as const;

/** One bibliography entry (`content/sources/<id>.yaml`). */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as a reader would search for it. */
  title: z.string().min(1),
  /** Outlet, agency or site that published it. */
  publisher: z.string().min(1),
  /** Address of the copy that was read. */
  url: z.url(),
  /** Publication date at known precision, when known. */
  published: partialDateSchema.optional(),
  /** Date the page was consulted, when recorded. */
  accessed: partialDateSchema.optional(),
  /** What sort of publication this is. */
  kind: z.enum(sourceKinds),
  /** One line of context, e.g. that the URL is a mirror of the original. */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
