// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorFromOffsets,
  anchorFromRange,
  highlightsReducer,
  newHighlight,
  offsetAt,
  paragraphText,
  rangeFor,
  reanchor,
  textNodes,
  toMarkdown,
  type Highlight,
  type MarkdownLabels,
} from '../../src/lib/highlights';
import {
  createHighlightsStore,
  HIGHLIGHTS_KEY,
  lessonHighlights,
  withLessonHighlights,
} from '../../src/lib/store/highlights';
import { FakeStorage } from '../helpers/fake-storage';

/**
 * A made-up paragraph shaped like the reader layer's output: a term button (article text), a note
 * marker with its body and a claim label (both not article text).
 */
const PARAGRAPH = `<p class="gl-p" data-paragraph="2">The bus <button class="gl-term">depot</button> opens<span class="gl-note" data-pagefind-ignore><button>1</button><span>Note body text</span></span> in <span class="gl-claim"><span class="gl-claim__label" data-pagefind-ignore>Transit office · forecast</span>September, said the office.</span></p>`;
const TEXT = 'The bus depot opens in September, said the office.';

function mount(html = PARAGRAPH): Element {
  document.body.innerHTML = `<div class="gl-article__body"><h3 id="p1">¶1</h3><p class="gl-p" data-paragraph="1">First one.</p>${html}</div>`;
  const p = document.querySelector('[data-paragraph="2"]');
  if (!p) throw new Error('no paragraph');
  return p;
}

const allParagraphs = (): Element[] => [...document.querySelectorAll('.gl-p[data-paragraph]')];

describe('verbatim paragraph text', () => {
  it('leaves out notes and labels, keeps term words', () => {
    const p = mount();
    expect(paragraphText(p)).toBe(TEXT);
    expect(textNodes(p).map((t) => t.data)).not.toContain('Note body text');
  });

  it('maps boundary points to offsets, a point inside a note to where the note sits', () => {
    const p = mount();
    const term = p.querySelector('.gl-term')?.firstChild;
    const note = p.querySelector('.gl-note span')?.firstChild;
    if (!term || !note) throw new Error('fixture');
    expect(offsetAt(p, term, 2)).toBe('The bus de'.length);
    expect(offsetAt(p, note, 3)).toBe('The bus depot opens'.length);
    expect(offsetAt(p, p, 0)).toBe(0);
    expect(offsetAt(p, p, p.childNodes.length)).toBe(TEXT.length);
  });

  it('turns a selection into an anchor, trimmed, within its first paragraph', () => {
    const p = mount();
    const range = rangeFor(p, 3, 13);
    if (!range) throw new Error('range');
    expect(range.toString()).toBe(' bus depot');
    expect(anchorFromRange(range, allParagraphs())).toEqual({ paragraph: 2, start: 4, end: 13, quote: 'bus depot' });
    // From paragraph 1 into paragraph 2: paragraph 1's part only.
    const first = document.querySelector('[data-paragraph="1"]')?.firstChild;
    const cross = document.createRange();
    if (!first) throw new Error('fixture');
    cross.setStart(first, 6);
    cross.setEnd(range.endContainer, range.endOffset);
    expect(anchorFromRange(cross, allParagraphs())).toEqual({ paragraph: 1, start: 6, end: 10, quote: 'one.' });
    expect(anchorFromOffsets(2, TEXT, 3, 4)).toBeNull();
  });

  it('round-trips any range of a paragraph: offsets → DOM range → anchor', () => {
    const p = mount();
    fc.assert(
      fc.property(fc.nat(TEXT.length), fc.nat(TEXT.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const expected = anchorFromOffsets(2, TEXT, start, end);
        const range = end > start ? rangeFor(p, start, end) : null;
        if (!range) return expected === null || end === start;
        // The DOM range spans the note too; the anchor counts article text only.
        expect(anchorFromRange(range, allParagraphs())).toEqual(expected);
        return true;
      }),
    );
  });
});

describe('re-anchoring', () => {
  it('keeps fitting offsets, finds a moved quote nearest its old place, and gives up when it is gone', () => {
    const anchor = { paragraph: 1, start: 4, end: 7, quote: 'bus' };
    expect(reanchor('The bus and the bus', anchor)).toEqual({ start: 4, end: 7 });
    expect(reanchor('A bus, then the bus', { ...anchor, start: 15, end: 18 })).toEqual({ start: 16, end: 19 });
    expect(reanchor('No such word here', anchor)).toBeNull();
  });

  it('finds the quote wherever the text moved it (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), fc.nat(50), (before, quote, after, old) => {
        const text = before + quote + after;
        const found = reanchor(text, { paragraph: 1, start: old, end: old + quote.length, quote });
        expect(found).not.toBeNull();
        expect(text.slice(found?.start, found?.end)).toBe(quote);
      }),
    );
  });
});

const h = (id: string, paragraph: number, start: number, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  paragraph,
  start,
  end: start + 3,
  quote: 'abc',
  kind: 'claim',
  note: '',
  created: '2026-12-02T04:00:00.000Z',
  ...extra,
});

describe('highlights reducer', () => {
  it('adds in reading order, edits notes and kinds, deletes and clears', () => {
    let list = highlightsReducer([], { type: 'add', highlight: h('b', 3, 0) });
    list = highlightsReducer(list, { type: 'add', highlight: h('a', 1, 5) });
    expect(list.map((x) => x.id)).toEqual(['a', 'b']);
    expect(highlightsReducer(list, { type: 'add', highlight: h('a', 9, 9) })).toBe(list);
    list = highlightsReducer(list, { type: 'note', id: 'b', note: 'Check this' });
    list = highlightsReducer(list, { type: 'kind', id: 'b', kind: 'question' });
    expect(list[1]).toMatchObject({ note: 'Check this', kind: 'question' });
    expect(highlightsReducer(list, { type: 'note', id: 'zz', note: 'x' })).toBe(list);
    list = highlightsReducer(list, { type: 'delete', id: 'a' });
    expect(list.map((x) => x.id)).toEqual(['b']);
    expect(highlightsReducer(list, { type: 'clear' })).toEqual([]);
  });

  it('gives each new highlight an id not yet used', () => {
    const now = new Date('2026-12-02T04:00:00Z');
    const first = newHighlight({ paragraph: 1, start: 0, end: 3, quote: 'abc' }, 'evidence', '  why ', [], now);
    const second = newHighlight({ paragraph: 1, start: 0, end: 3, quote: 'abc' }, 'evidence', '', [first], now);
    expect(first.note).toBe('why');
    expect(second.id).not.toBe(first.id);
  });
});

const LABELS: MarkdownLabels = {
  heading: 'My highlights: {title}',
  from: 'From {url}',
  paragraph: '¶{n}',
  kinds: { claim: 'Claim', evidence: 'Evidence', question: 'Question' },
  note: 'Note',
  none: 'No highlights yet.',
};

describe('Markdown export', () => {
  it('lists each highlight in reading order with its kind, quote and note', () => {
    const md = toMarkdown(
      'A test story',
      'https://example.org/lessons/x/',
      [
        h('b', 4, 0, { quote: 'second\nline', kind: 'question' }),
        h('a', 2, 0, { kind: 'evidence', note: 'Seen in ¶3' }),
      ],
      LABELS,
    );
    expect(md).toBe(
      [
        '# My highlights: A test story',
        '',
        'From https://example.org/lessons/x/',
        '',
        '## ¶2 · Evidence',
        '',
        '> abc',
        '',
        '**Note:** Seen in ¶3',
        '',
        '## ¶4 · Question',
        '',
        '> second',
        '> line',
        '',
      ].join('\n'),
    );
    expect(toMarkdown('T', 'u', [], LABELS)).toContain('No highlights yet.');
  });
});

describe('highlights store', () => {
  it('saves per lesson, and sets unreadable data aside instead of losing it', () => {
    const storage = new FakeStorage();
    const store = createHighlightsStore(storage);
    store.update((s) => withLessonHighlights(s, 'lesson-a', [h('a', 1, 0)]));
    expect(lessonHighlights(createHighlightsStore(storage).getSnapshot(), 'lesson-a')).toHaveLength(1);
    store.update((s) => withLessonHighlights(s, 'lesson-a', []));
    expect(JSON.parse(storage.getItem(HIGHLIGHTS_KEY) ?? '{}')).toEqual({ version: 1, lessons: {} });

    storage.setItem(HIGHLIGHTS_KEY, '{not json');
    const broken = createHighlightsStore(storage);
    expect(broken.getSnapshot().lessons).toEqual({});
    expect(storage.backups(HIGHLIGHTS_KEY)).toHaveLength(1);
    expect(broken.notice().setAside).toMatch(/^gloss:highlights:backup:/);
  });

  it('keeps the valid highlights of a partly broken document and reports the rest', () => {
    const storage = new FakeStorage();
    storage.setItem(
      HIGHLIGHTS_KEY,
      JSON.stringify({
        version: 1,
        lessons: { a: [h('ok', 1, 0), { ...h('bad', 1, 5), end: 2 }, { ...h('odd', 1, 0), kind: 'shout' }], b: 'x' },
        later: { kept: true },
      }),
    );
    const store = createHighlightsStore(storage);
    expect(lessonHighlights(store.getSnapshot(), 'a').map((x) => x.id)).toEqual(['ok']);
    expect(store.problems()).toHaveLength(3);
    store.update((s) => s);
    expect(JSON.parse(storage.getItem(HIGHLIGHTS_KEY) ?? '{}')).toMatchObject({ later: { kept: true } });
  });
});

describe('painting without the CSS Custom Highlight API', () => {
  it('wraps the words in <mark> elements, keeps the verbatim text, and unwraps cleanly', async () => {
    const { paint, unpaint } = await import('../../src/islands/highlights/paint');
    const p = mount();
    const body = document.querySelector('.gl-article__body');
    if (!body) throw new Error('fixture');
    const before = body.innerHTML;
    // "depot opens in" crosses the term button and skips the note between "opens" and "in".
    paint(body, [h('a', 2, 8, { end: 22, quote: 'depot opens in', kind: 'question' })]);
    const marks = [...p.querySelectorAll('mark.gl-hl-mark')];
    expect(marks.map((m) => m.textContent).join('')).toBe('depot opens in');
    expect(marks.every((m) => m.getAttribute('data-kind') === 'question')).toBe(true);
    expect(paragraphText(p)).toBe(TEXT);
    unpaint(body);
    expect(body.innerHTML).toBe(before);
  });
});
