/** The parts of a primary-source text file. */
export interface SourceText {
  /** The photo credit without its "Photo:" prefix, when the file has one. */
  photoCredit?: string;
  /** The headline. */
  headline: string;
  /** The body paragraphs, whitespace folded. */
  paragraphs: string[];
}

/** Collapses runs of whitespace to one space and trims, so texts compare by words, not layout. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Splits a verbatim article file into photo credit, headline and paragraphs. Blocks are
 * separated by blank lines; an optional first block starting "Photo:" is the credit.
 */
export function parseSourceText(text: string): SourceText {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(foldWhitespace)
    .filter((b) => b.length > 0);
  let photoCredit: string | undefined;
  if (blocks[0]?.startsWith('Photo:')) photoCredit = blocks.shift()?.slice('Photo:'.length).trim();
  const headline = blocks.shift();
  if (headline === undefined) throw new Error('The source text is empty: it needs a headline and paragraphs.');
  return photoCredit === undefined ? { headline, paragraphs: blocks } : { photoCredit, headline, paragraphs: blocks };
}

/**
 * The plain paragraphs of an MDX lesson body: import/export lines are dropped and MDX/HTML tags
 * are removed, keeping their text (`<Term id="x">the council</Term>` → `the council`).
 */
export function mdxBodyParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((block) => !/^\s*(import|export)\s/.test(block))
    .map((block) => foldWhitespace(block.replace(/<\/?[A-Za-z][^>]*>/g, '')))
    .filter((block) => block.length > 0);
}

/** Ids used by `<Term id="…">` components in an MDX body, in order of appearance. */
export function mdxTermIds(body: string): string[] {
  return [...body.matchAll(/<Term\s+[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Counts words the way a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(paragraphs: readonly string[]): number {
  let total = 0;
  for (const p of paragraphs) total += p.match(/[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return total;
}

/** Reading speed for 14–18 year-olds reading for understanding, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
