/**
 * Shows the student's highlights on the article without changing it: with the CSS Custom Highlight
 * API, ranges are registered under one highlight name per kind (`gl-hl-claim`, …) and styled by
 * `::highlight()` in `src/styles/highlights.css`; the article's DOM is not touched. Browsers without
 * the API get `<mark>` elements wrapped around the text by script instead (removed and redone on
 * each change). Either way the verbatim text, and so every anchor's offsets, stays the same.
 */
import {
  HIGHLIGHT_KINDS,
  PARAGRAPH_SELECTOR,
  paragraphNumber,
  paragraphText,
  rangeFor,
  reanchor,
  textNodes,
  type Highlight,
  type HighlightKind,
} from '../../lib/highlights';

/** The class of the fallback `<mark>` elements. */
const MARK = 'gl-hl-mark';

/** Whether the browser has the CSS Custom Highlight API. */
export const customHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** The article's paragraphs by number. */
export function paragraphsOf(body: Element): Map<number, Element> {
  return new Map([...body.querySelectorAll(PARAGRAPH_SELECTOR)].map((p) => [paragraphNumber(p), p]));
}

/** Where a highlight is now: a range, or null when its words are no longer in its paragraph. */
export function locate(paragraphs: ReadonlyMap<number, Element>, h: Highlight): Range | null {
  const p = paragraphs.get(h.paragraph);
  if (!p) return null;
  const at = reanchor(paragraphText(p), h);
  return at ? rangeFor(p, at.start, at.end) : null;
}

/** Wraps the verbatim text of a range in `<mark>` elements (the fallback). */
function wrap(paragraph: Element, range: Range, kind: HighlightKind): void {
  const parts = textNodes(paragraph).flatMap((t) => {
    if (!range.intersectsNode(t)) return [];
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    return end > start ? [{ t, start, end }] : [];
  });
  for (const { t, start, end } of parts) {
    if (end < t.data.length) t.splitText(end);
    const target = start > 0 ? t.splitText(start) : t;
    const mark = paragraph.ownerDocument.createElement('mark');
    mark.className = MARK;
    mark.dataset['kind'] = kind;
    target.replaceWith(mark);
    mark.append(target);
  }
}

/** Removes everything `paint` did. */
export function unpaint(body: Element): void {
  if (customHighlights()) for (const kind of HIGHLIGHT_KINDS) CSS.highlights.delete(`gl-hl-${kind}`);
  const parents = new Set<Node>();
  for (const mark of body.querySelectorAll(`mark.${MARK}`)) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) parent.normalize();
}

/** Shows `list` on the article (highlights whose words are gone are left out). */
export function paint(body: Element, list: readonly Highlight[]): void {
  unpaint(body);
  const paragraphs = paragraphsOf(body);
  const ranges = new Map<HighlightKind, Range[]>(HIGHLIGHT_KINDS.map((k) => [k, []]));
  const native = customHighlights();
  for (const h of list) {
    // Located one at a time: a fallback wrap splits text nodes, which earlier ranges would not see.
    const range = locate(paragraphs, h);
    const p = paragraphs.get(h.paragraph);
    if (!range || !p) continue;
    if (native) ranges.get(h.kind)?.push(range);
    else wrap(p, range, h.kind);
  }
  if (native) {
    for (const [kind, list] of ranges) CSS.highlights.set(`gl-hl-${kind}`, new Highlight(...list));
  }
}
