import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { findTerms, type TermIndex } from './terms';

/** A margin note to place in the article. */
export interface NoteMark {
  /** Display number, 1-based, in reading order. */
  number: number;
  /** Paragraph number it belongs to. */
  paragraph: number;
  /** Exact passage the marker follows. */
  anchor: string;
  /** Short title. */
  title: string;
  /** The note's body as HTML (inline content only is kept). */
  html: string;
}

/** A claim to wrap in the article. */
export interface ClaimMark {
  id: string;
  paragraph: number;
  quote: string;
  speaker: string;
  kind: string;
  status: string;
  /** The speaker's palette slot (`--gl-speaker-<colour>`), from `src/lib/speakers.ts`. */
  colour: number;
  /** The speaker's underline style. */
  line: string;
  /** Visible label, e.g. "The mayor · forecast". */
  label: string;
}

/** UI text the annotator needs; comes from the i18n file. */
export interface AnnotateLabels {
  /** Accessible name of a paragraph number link. */
  paragraph: (n: number) => string;
  /** Accessible name of a note marker button. */
  noteButton: (n: number, title: string) => string;
}

/** Options for {@link annotateArticle}. */
export interface AnnotateOptions {
  terms: TermIndex;
  /** Mark glossary terms automatically; explicit `<Term>` marks are kept either way. */
  markTerms: boolean;
  notes: readonly NoteMark[];
  claims: readonly ClaimMark[];
  labels: AnnotateLabels;
}

/** One annotated paragraph. */
export interface AnnotatedParagraph {
  number: number;
  /** HTML of the paragraph heading and the paragraph. */
  html: string;
}

/** Result of annotating an article. */
export interface AnnotatedArticle {
  paragraphs: AnnotatedParagraph[];
  /** Glossary ids marked at least once, in order of first appearance. */
  usedTerms: string[];
  /** Passages that could not be placed (they cross another mark); callers fail the build on these. */
  problems: string[];
}

/** The attribute every element added by the reader layer carries, so tests can strip the layer. */
export const LAYER_ATTR = 'data-layer';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: 'text', value });

const isLayer = (node: RootContent | ElementContent): boolean =>
  node.type === 'element' && node.properties['dataLayer'] !== undefined;

interface Span {
  node: Text;
  parent: Element;
  start: number;
  end: number;
}

/** Text nodes of `root` with their offsets in its reading text, skipping reader-layer additions. */
function textSpans(root: Element): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  const walk = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        spans.push({ node: child, parent, start: offset, end: offset + child.value.length });
        offset += child.value.length;
      } else if (child.type === 'element' && !isLayer(child)) {
        walk(child);
      }
    }
  };
  walk(root);
  return spans;
}

const readingText = (root: Element): string =>
  textSpans(root)
    .map((s) => s.node.value)
    .join('');

/** Splits the text node that contains `offset` so that a node boundary falls there. */
function splitAt(root: Element, offset: number): void {
  for (const span of textSpans(root)) {
    if (offset > span.start && offset < span.end) {
      const cut = offset - span.start;
      const index = span.parent.children.indexOf(span.node);
      span.parent.children.splice(index, 1, text(span.node.value.slice(0, cut)), text(span.node.value.slice(cut)));
      return;
    }
  }
}

/** Finds the element that holds `child` somewhere below `root`. */
function parentOf(root: Element, child: ElementContent): Element | undefined {
  if (root.children.includes(child)) return root;
  for (const c of root.children) {
    if (c.type === 'element') {
      const found = parentOf(c, child);
      if (found) return found;
    }
  }
  return undefined;
}

/** Start and end offsets of an element's reading text within `root`. */
function extentOf(root: Element, node: Element): [number, number] | undefined {
  const inner = new Set(textSpans(node).map((s) => s.node));
  const spans = textSpans(root).filter((s) => inner.has(s.node));
  const first = spans[0];
  const last = spans[spans.length - 1];
  return first && last ? [first.start, last.end] : undefined;
}

/**
 * Wraps the reading text between `start` and `end` in `wrapper`. Returns false, changing
 * nothing, when the range would cut across an existing element.
 */
function wrapRange(root: Element, start: number, end: number, wrapper: Element): boolean {
  splitAt(root, start);
  splitAt(root, end);
  const inside = textSpans(root).filter((s) => s.start >= start && s.end <= end && s.end > s.start);
  const firstSpan = inside[0];
  const lastSpan = inside[inside.length - 1];
  if (!firstSpan || !lastSpan) return false;
  // Climb from each end while an enclosing element lies wholly inside the range.
  const climb = (node: ElementContent): ElementContent => {
    let current = node;
    for (;;) {
      const parent = parentOf(root, current);
      if (!parent || parent === root) return current;
      const extent = extentOf(root, parent);
      if (!extent || extent[0] < start || extent[1] > end) return current;
      current = parent;
    }
  };
  const first = climb(firstSpan.node);
  const last = climb(lastSpan.node);
  const parent = parentOf(root, first);
  if (!parent || parent !== parentOf(root, last)) return false;
  const from = parent.children.indexOf(first);
  const to = parent.children.indexOf(last);
  wrapper.children = parent.children.slice(from, to + 1);
  parent.children.splice(from, to - from + 1, wrapper);
  return true;
}

/** Inserts `node` right after the reading-text offset `at`, outside any term mark that ends there. */
function insertAfter(root: Element, at: number, node: Element): boolean {
  splitAt(root, at);
  const span = textSpans(root).find((s) => s.end === at);
  if (!span) return false;
  let target: ElementContent = span.node;
  let parent = span.parent;
  // Keep markers out of term buttons so the button's name stays the term itself.
  while (parent !== root && parent.properties['dataGlTerm'] !== undefined) {
    const up = parentOf(root, parent);
    if (!up) break;
    target = parent;
    parent = up;
  }
  parent.children.splice(parent.children.indexOf(target) + 1, 0, node);
  return true;
}

/** True when a text span sits inside an explicit term or an opt-out element. */
function isShielded(root: Element, span: Span): boolean {
  let node: Element | undefined = span.parent;
  while (node && node !== root) {
    if (node.properties['dataGlTerm'] !== undefined || node.properties['dataGlNoTerms'] !== undefined) return true;
    node = parentOf(root, node);
  }
  return false;
}

function termButton(id: string, children: ElementContent[]): Element {
  return el(
    'button',
    { type: 'button', className: ['gl-term'], popoverTarget: `gl-term-${id}`, dataGlTerm: id },
    children,
  );
}

/** An occurrence after the first: plain text, plus a button the "show every term" setting reveals. */
function extraTerm(id: string, children: ElementContent[]): Element {
  const copy = structuredClone(children);
  return el('span', { className: ['gl-term-extra'], dataGlTerm: id }, [
    el('span', { className: ['gl-term-extra__text'] }, children),
    el(
      'button',
      {
        type: 'button',
        className: ['gl-term', 'gl-term-extra__button'],
        popoverTarget: `gl-term-${id}`,
        dataLayer: 'term-extra',
        dataPagefindIgnore: '',
      },
      copy,
    ),
  ]);
}

function inlineHtml(html: string): ElementContent[] {
  const tree = fromHtml(html, { fragment: true });
  const out: ElementContent[] = [];
  const keep = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'element' && ['p', 'div'].includes(node.tagName)) {
        if (out.length > 0) out.push(text(' '));
        keep(node.children);
      } else if (node.type === 'element' || node.type === 'text') {
        out.push(node);
      }
    }
  };
  keep(tree.children);
  return out;
}

function noteMarker(note: NoteMark, labels: AnnotateLabels): Element {
  const id = `note-${note.number}`;
  return el('span', { className: ['gl-note'], dataLayer: 'note', dataPagefindIgnore: '' }, [
    el(
      'button',
      {
        type: 'button',
        className: ['gl-note__ref'],
        ariaExpanded: 'false',
        ariaControls: id,
        ariaLabel: labels.noteButton(note.number, note.title),
        dataNote: String(note.number),
      },
      [text(String(note.number))],
    ),
    // The body is the note's search result (data-search-record): a result lands on the note beside
    // its line, which the page script opens when the address targets it.
    // tabindex -1: activating the marker on a wide screen moves focus to the note (src/inline/prefs.js).
    el('span', { className: ['gl-note__body'], id, role: 'note', tabIndex: -1, dataSearchRecord: 'note' }, [
      el('span', { className: ['gl-note__num'], ariaHidden: 'true', dataPagefindIgnore: '' }, [
        text(String(note.number)),
      ]),
      text(' '),
      el('strong', { className: ['gl-note__title'], dataPagefindMeta: 'title' }, [text(note.title)]),
      text(' '),
      ...inlineHtml(note.html),
    ]),
  ]);
}

function claimWrapper(claim: ClaimMark): Element {
  return el(
    'span',
    {
      className: ['gl-claim'],
      id: `claim-${claim.id}`,
      dataClaim: claim.id,
      dataSpeaker: claim.speaker,
      dataColour: String(claim.colour),
      dataLine: claim.line,
      dataKind: claim.kind,
      dataStatus: claim.status,
    },
    [],
  );
}

function claimLabel(claim: ClaimMark): Element {
  return el('span', { className: ['gl-claim__label'], dataLayer: 'claim-label', dataPagefindIgnore: '' }, [
    text(claim.label),
  ]);
}

/**
 * Adds the reader layer to an article's HTML: paragraph numbers and `#pN` anchors, claim
 * spans, glossary term buttons and margin-note markers. Article text is never changed: every
 * added element that carries text has `data-layer`, so removing those gives back the source.
 */
export function annotateArticle(html: string, options: AnnotateOptions): AnnotatedArticle {
  const tree: Root = fromHtml(html, { fragment: true });
  const paragraphs: AnnotatedParagraph[] = [];
  const used: string[] = [];
  const problems: string[] = [];
  const p = tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
  p.forEach((para, index) => {
    const number = index + 1;
    para.properties = { ...para.properties, className: ['gl-p'], dataParagraph: String(number) };

    for (const claim of options.claims.filter((c) => c.paragraph === number)) {
      const start = readingText(para).indexOf(claim.quote);
      const wrapper = claimWrapper(claim);
      if (start < 0 || !wrapRange(para, start, start + claim.quote.length, wrapper)) {
        problems.push(`claim "${claim.id}" could not be placed in p${number}`);
        continue;
      }
      wrapper.children.unshift(claimLabel(claim));
    }

    // Explicit <Term id> marks from MDX become buttons; they count as the first occurrence.
    const seen = new Set<string>();
    const explicit: Element[] = [];
    const collect = (node: Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.properties['dataGlTerm'] !== undefined && child.tagName === 'span') explicit.push(child);
        else collect(child);
      }
    };
    collect(para);
    for (const span of explicit) {
      const id = String(span.properties['dataGlTerm']);
      const parent = parentOf(para, span);
      if (!parent) continue;
      const replacement = seen.has(id) ? extraTerm(id, span.children) : termButton(id, span.children);
      parent.children.splice(parent.children.indexOf(span), 1, replacement);
      seen.add(id);
      if (!used.includes(id)) used.push(id);
    }

    if (options.markTerms) {
      const spans = textSpans(para);
      const shielded = spans.filter((s) => isShielded(para, s));
      const matches = findTerms(readingText(para), options.terms).filter(
        (m) => !shielded.some((s) => m.start < s.end && m.end > s.start),
      );
      // Right to left, so earlier offsets stay valid while we wrap.
      const firsts = new Set<number>();
      for (const m of matches) {
        if (!seen.has(m.id)) {
          seen.add(m.id);
          firsts.add(m.start);
        }
      }
      for (const m of [...matches].reverse()) {
        const isFirst = firsts.has(m.start);
        const holder = isFirst ? termButton(m.id, []) : el('span', {}, []);
        if (!wrapRange(para, m.start, m.end, holder)) continue;
        if (!isFirst) {
          const parent = parentOf(para, holder);
          if (parent) parent.children.splice(parent.children.indexOf(holder), 1, extraTerm(m.id, holder.children));
        }
      }
      for (const m of matches) if (firsts.has(m.start) && !used.includes(m.id)) used.push(m.id);
    }

    const notes = options.notes
      .filter((n) => n.paragraph === number)
      .map((n) => ({ n, at: readingText(para).indexOf(n.anchor) }))
      .sort((a, b) => b.at - a.at);
    for (const { n, at } of notes) {
      if (at < 0 || !insertAfter(para, at + n.anchor.length, noteMarker(n, options.labels))) {
        problems.push(`note ${n.number} could not be placed in p${number}`);
      }
    }

    // Search results land on paragraphs: Pagefind splits a page at headings with ids, so the heading
    // stays indexed and is titled "Paragraph N", while its "¶N" text is kept out of excerpts.
    const heading = el(
      'h3',
      {
        className: ['gl-pnum'],
        id: `p${number}`,
        dataLayer: 'pnum',
        dataPagefindTitle: options.labels.paragraph(number),
      },
      [
        el('a', { href: `#p${number}`, ariaLabel: options.labels.paragraph(number), dataPagefindIgnore: '' }, [
          text(`¶${number}`),
        ]),
      ],
    );
    paragraphs.push({ number, html: toHtml([heading, para]) });
  });
  return { paragraphs, usedTerms: used, problems };
}
