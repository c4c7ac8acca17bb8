/**
 * `npm run new:lesson -- <article.txt>`: turns a plain-text article into the two files of a new
 * lesson, so the article is pasted once. The source text keeps the article as given; the MDX
 * body is made from its paragraphs (whitespace folded), so the two match word for word from the start.
 * Frontmatter the article cannot tell is written as "TODO: …", which the checker reports.
 */
import { parseSourceText } from './article';

/** The files of a new lesson. */
export interface NewLesson {
  /** The lesson id and file name: `content/lessons/<slug>.mdx`. */
  slug: string;
  /** `<slug>.mdx`: frontmatter skeleton and the article body. */
  mdx: string;
  /** `<slug>.source.txt`: the article as given (line endings made `\n`, one final newline). */
  sourceText: string;
}

/** Most words a slug made from a headline keeps. */
const SLUG_WORDS = 6;

/** A kebab-case lesson id from a headline: "Harbour Fees Rise Again" → "harbour-fees-rise-again". */
export function slugFromHeadline(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? ['lesson']).slice(0, SLUG_WORDS).join('-');
}

/** The dateline at the start of the first paragraph ("PORTVILLE – The …" → "PORTVILLE"), if there is one. */
export function datelineOf(paragraph: string): string | undefined {
  return /^([A-Z][A-Z .,'’-]*[A-Z.])\s+[–—-]\s/u.exec(paragraph)?.[1];
}

/** A YAML double-quoted string. */
const quote = (text: string): string => JSON.stringify(text);

/**
 * Makes the lesson files from an article's plain text: an optional "Photo: …" line, the headline,
 * then paragraphs, each separated by a blank line.
 * @throws Error when the text has no headline or no paragraphs, saying how to lay it out
 */
export function newLessonFromArticle(text: string, slug?: string): NewLesson {
  const source = parseSourceText(text);
  if (source.paragraphs.length === 0) {
    throw new Error(
      'The article has a headline but no paragraphs. Put a blank line between the headline and each paragraph.',
    );
  }
  const id = slug ?? slugFromHeadline(source.headline);
  const dateline = datelineOf(source.paragraphs[0] ?? '');
  const lines = [
    '---',
    `title: ${quote(source.headline)}`,
    'outlet: "TODO: the name of the news outlet"',
    'url: "TODO: the address of the original article, https://…"',
    'published: "TODO: the publication date as YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know"',
    `dateline: ${quote(dateline ?? 'TODO: the dateline as printed, e.g. PORTVILLE')}`,
    ...(source.photoCredit === undefined ? [] : [`photoCredit: ${quote(source.photoCredit)}`]),
    `sourceFile: ${quote(`${id}.source.txt`)}`,
    'topics: ["TODO: a topic for the home page"]',
    'readingLevel: "Ages 14–18"',
    'summary: "TODO: one sentence saying what the article is about"',
    'objectives: ["TODO: what a reader will be able to do, starting with a verb"]',
    '# Source ids from content/sources/; add a file there for the article itself first.',
    'sources: ["todo-add-the-article-source"]',
    '---',
    '',
  ];
  return {
    slug: id,
    mdx: `${lines.join('\n')}\n${source.paragraphs.join('\n\n')}\n`,
    sourceText: `${text.replace(/\r\n?/g, '\n').trim()}\n`,
  };
}

/** A frontmatter value still holding the placeholder the skeleton wrote. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && (value.startsWith('TODO') || value.startsWith('todo-'));
}
