/**
 * Student highlights: the pure logic behind the highlights island (`src/islands/Highlights.tsx`).
 *
 * A highlight is anchored by paragraph number and offsets into that paragraph's *verbatim text*:
 * the text of its `.gl-p` element without what the reader layer adds (note markers and bodies,
 * claim labels, repeated term buttons), all of which carry `data-pagefind-ignore`. That text is
 * the same string the worksheet prints for the paragraph (`LessonInfo.paragraphs`), so offsets mean
 * the same on both pages, do not depend on layout (text size, theme, layers), and a quote stored
 * with them lets a highlight be found again if the offsets ever stop fitting.
 *
 * The DOM helpers take plain `Node`s, so they run on the page and in happy-dom alike.
 */
import {
  HIGHLIGHT_KINDS,
  NOTE_MAX,
  type Highlight,
  type HighlightAnchor,
  type HighlightKind,
} from './store/highlights';

export { HIGHLIGHT_KINDS, type Highlight, type HighlightAnchor, type HighlightKind };

/** Elements inside a paragraph that are not article text (the reader layer marks each one). */
export const NOT_ARTICLE_TEXT = '[data-pagefind-ignore]';
/** A paragraph of article text; `data-paragraph` holds its number. */
export const PARAGRAPH_SELECTOR = '.gl-p[data-paragraph]';

const ELEMENT = 1;
const TEXT = 3;

const isIgnored = (node: Node): boolean => node.nodeType === ELEMENT && (node as Element).matches(NOT_ARTICLE_TEXT);

/** The verbatim text nodes of a paragraph, in order. */
export function textNodes(paragraph: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) out.push(child as Text);
      else if (child.nodeType === ELEMENT && !isIgnored(child)) walk(child);
    }
  };
  walk(paragraph);
  return out;
}

/** A paragraph's verbatim text. */
export const paragraphText = (paragraph: Node): string =>
  textNodes(paragraph)
    .map((t) => t.data)
    .join('');

/**
 * The verbatim-text offset of a DOM boundary point (`node`, `offset`) inside `paragraph`: how many
 * verbatim characters come before it. A point inside something that is not article text (a note, a
 * label) counts as being where that thing sits.
 */
export function offsetAt(paragraph: Node, node: Node, offset: number): number {
  // compareDocumentPosition bits: 2, the other node precedes; 16, it is contained by this one.
  const child = node.nodeType === TEXT ? undefined : node.childNodes[offset];
  const before = (t: Text): boolean => {
    if (node.nodeType === TEXT) return (node.compareDocumentPosition(t) & 2) !== 0;
    if (child) return (child.compareDocumentPosition(t) & 2) !== 0;
    return (node.compareDocumentPosition(t) & (2 | 16)) !== 0;
  };
  let count = 0;
  for (const t of textNodes(paragraph)) {
    if (t === node) return count + Math.min(offset, t.data.length);
    if (!before(t)) break;
    count += t.data.length;
  }
  return count;
}

/** The paragraph element a node is in (itself included), or null. */
export function paragraphOf(node: Node | null): Element | null {
  const element = node && (node.nodeType === ELEMENT ? (node as Element) : node.parentElement);
  return element?.closest(PARAGRAPH_SELECTOR) ?? null;
}

/** The number of a paragraph element, or 0 if it has none. */
export const paragraphNumber = (paragraph: Element): number => Number(paragraph.getAttribute('data-paragraph')) || 0;

/** The anchor of `start`–`end` in a paragraph's text, trimmed of surrounding white space; null when only space. */
export function anchorFromOffsets(paragraph: number, text: string, start: number, end: number): HighlightAnchor | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (to <= from) return null;
  return { paragraph, start: from, end: to, quote: text.slice(from, to) };
}

/** The minimal part of a DOM Range the anchoring reads. */
export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/**
 * The anchor of a selected range: the part of it in its first paragraph (a highlight stays in one
 * paragraph; a selection across paragraphs keeps the first one's part). Null when the range touches
 * no paragraph text, or only white space.
 */
export function anchorFromRange(range: RangeLike, paragraphs: readonly Element[]): HighlightAnchor | null {
  const startPara = paragraphOf(range.startContainer);
  const endPara = paragraphOf(range.endContainer);
  let para = startPara ?? endPara;
  if (!para) {
    // The selection starts and ends outside paragraphs (say, on two headings): take the first paragraph inside it.
    para =
      paragraphs.find((p) => {
        const before = range.startContainer.compareDocumentPosition(p);
        const after = range.endContainer.compareDocumentPosition(p);
        return (before & 4) !== 0 && (after & 2) !== 0;
      }) ?? null;
  }
  if (!para) return null;
  const text = paragraphText(para);
  const start = para === startPara ? offsetAt(para, range.startContainer, range.startOffset) : 0;
  const end = para === endPara ? offsetAt(para, range.endContainer, range.endOffset) : text.length;
  return anchorFromOffsets(paragraphNumber(para), text, start, end);
}

/**
 * Finds an anchor in a paragraph's text as it is now: at its offsets if the quote is still there,
 * else at the occurrence of the quote nearest its old start. Null when the quote is gone (the
 * highlight is then kept and listed, but not painted).
 */
export function reanchor(text: string, anchor: HighlightAnchor): { start: number; end: number } | null {
  if (text.slice(anchor.start, anchor.end) === anchor.quote) return { start: anchor.start, end: anchor.end };
  let best = -1;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    if (best === -1 || Math.abs(at - anchor.start) < Math.abs(best - anchor.start)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + anchor.quote.length };
}

/** A DOM Range over `start`–`end` of a paragraph's verbatim text (null if the offsets do not fit). */
export function rangeFor(paragraph: Element, start: number, end: number): Range | null {
  let seen = 0;
  let range: Range | null = null;
  for (const node of textNodes(paragraph)) {
    const length = node.data.length;
    if (!range && start < seen + length) {
      range = paragraph.ownerDocument.createRange();
      range.setStart(node, start - seen);
    }
    if (range && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/** Highlights in reading order: by paragraph, then position, then age. */
export function sortHighlights(list: readonly Highlight[]): Highlight[] {
  return [...list].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.created.localeCompare(b.created),
  );
}

/** What can be done to one lesson's highlights. */
export type HighlightsAction =
  | { type: 'add'; highlight: Highlight }
  | { type: 'note'; id: string; note: string }
  | { type: 'kind'; id: string; kind: HighlightKind }
  | { type: 'delete'; id: string }
  | { type: 'clear' };

/** The reducer of one lesson's highlights. Returns the same list when nothing changes. */
export function highlightsReducer(list: readonly Highlight[], action: HighlightsAction): readonly Highlight[] {
  switch (action.type) {
    case 'add': {
      const h = action.highlight;
      if (list.some((x) => x.id === h.id) || h.end <= h.start || h.quote === '') return list;
      return sortHighlights([...list, { ...h, note: h.note.slice(0, NOTE_MAX) }]);
    }
    case 'note': {
      const note = action.note.slice(0, NOTE_MAX);
      if (!list.some((x) => x.id === action.id && x.note !== note)) return list;
      return list.map((x) => (x.id === action.id ? { ...x, note } : x));
    }
    case 'kind':
      if (!HIGHLIGHT_KINDS.includes(action.kind) || !list.some((x) => x.id === action.id && x.kind !== action.kind)) {
        return list;
      }
      return list.map((x) => (x.id === action.id ? { ...x, kind: action.kind } : x));
    case 'delete':
      return list.some((x) => x.id === action.id) ? list.filter((x) => x.id !== action.id) : list;
    case 'clear':
      return list.length === 0 ? list : [];
  }
}

/** A new highlight with a fresh id (unique within `list`). */
export function newHighlight(
  anchor: HighlightAnchor,
  kind: HighlightKind,
  note: string,
  list: readonly Highlight[],
  now: Date = new Date(),
): Highlight {
  let n = now.getTime();
  let id = n.toString(36);
  while (list.some((x) => x.id === id)) {
    n += 1;
    id = n.toString(36);
  }
  return { ...anchor, id, kind, note: note.trim(), created: now.toISOString() };
}

/** The words the Markdown export is written in (from the UI strings). */
export interface MarkdownLabels {
  /** The document's heading, with `{title}`. */
  heading: string;
  /** The line under it, with `{url}`. */
  from: string;
  /** A paragraph reference, with `{n}`. */
  paragraph: string;
  /** The name of each kind. */
  kinds: Record<HighlightKind, string>;
  /** The word before a note. */
  note: string;
  /** What is written when there are no highlights. */
  none: string;
}

const fillIn = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** Quotes text as a Markdown block quote, line by line. */
const blockQuote = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/** The highlights of one lesson as a Markdown document, in reading order. */
export function toMarkdown(title: string, url: string, list: readonly Highlight[], labels: MarkdownLabels): string {
  const lines = [`# ${fillIn(labels.heading, { title })}`, '', fillIn(labels.from, { url }), ''];
  if (list.length === 0) lines.push(labels.none, '');
  for (const h of sortHighlights(list)) {
    lines.push(
      `## ${fillIn(labels.paragraph, { n: h.paragraph })} · ${labels.kinds[h.kind]}`,
      '',
      blockQuote(h.quote),
      '',
    );
    if (h.note.trim() !== '') lines.push(`**${labels.note}:** ${h.note.trim().replace(/\r?\n/g, '  \n')}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
