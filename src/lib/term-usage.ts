import { mdxBodyParagraphs } from './article';
import { findTerms, type TermIndex } from './terms';

/** The MDX components that mark terms by hand (`<Term id>`) or shield text from marking (`<NoTerms>`). */
const SHIELDS = new Set(['Term', 'NoTerms']);

/** Same tag shape that {@link mdxBodyParagraphs} strips, with the name and attributes captured. */
const TAG = /<(\/?)([A-Za-z][\w.-]*)([^>]*)>/g;

/** One paragraph of an MDX body: its reading text, the ranges that automatic marking skips, and hand-marked ids. */
interface ParagraphSource {
  text: string;
  shields: [number, number][];
  explicit: string[];
}

/**
 * The raw blocks of an MDX body that become article paragraphs, in order: exactly those that
 * {@link mdxBodyParagraphs} keeps, so that block i is paragraph ¶(i+1) on the lesson page.
 */
function paragraphBlocks(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((block) => mdxBodyParagraphs(block).length > 0);
}

function parseBlock(block: string): ParagraphSource {
  let text = '';
  const shields: [number, number][] = [];
  const explicit: string[] = [];
  const open: number[] = [];
  let last = 0;
  for (const match of block.matchAll(TAG)) {
    text += block.slice(last, match.index);
    last = match.index + match[0].length;
    const [, closing, name = '', attrs = ''] = match;
    if (!SHIELDS.has(name) || attrs.trimEnd().endsWith('/')) continue;
    if (closing) {
      const start = open.pop();
      if (start !== undefined) shields.push([start, text.length]);
      continue;
    }
    open.push(text.length);
    const id = name === 'Term' ? /\bid=["']([^"']+)["']/.exec(attrs)?.[1] : undefined;
    if (id !== undefined) explicit.push(id);
  }
  text += block.slice(last);
  return { text, shields, explicit };
}

/**
 * Where each glossary term is marked in a lesson: for every glossary id, the paragraph numbers
 * (1-based, ascending, each once) in which the lesson page shows it as a term. This mirrors the
 * reader layer: `<Term id>` marks always count; automatic matches count when `markTerms` is on
 * and they do not overlap a `<Term>` or `<NoTerms>` passage.
 */
export function termUsage(body: string, index: TermIndex, markTerms: boolean): Map<string, number[]> {
  const usage = new Map<string, number[]>();
  const add = (id: string, paragraph: number): void => {
    const list = usage.get(id) ?? [];
    if (list[list.length - 1] !== paragraph) list.push(paragraph);
    usage.set(id, list);
  };
  paragraphBlocks(body).forEach((block, i) => {
    const { text, shields, explicit } = parseBlock(block);
    const ids = new Set(explicit);
    if (markTerms) {
      for (const m of findTerms(text, index)) {
        if (!shields.some(([start, end]) => m.start < end && m.end > start)) ids.add(m.id);
      }
    }
    for (const id of ids) add(id, i + 1);
  });
  return usage;
}
