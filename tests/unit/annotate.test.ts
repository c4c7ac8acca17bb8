import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { annotateArticle, type AnnotateOptions } from '../../src/lib/annotate';
import { splitSearchRecords } from '../../src/lib/search-records';
import { buildTermIndex, findTerms } from '../../src/lib/terms';

const terms = buildTermIndex([
  { id: 'isis', aliases: ['ISIS', 'Islamic State', 'IS'] },
  { id: 'isis-k', aliases: ['ISIS-K'] },
  { id: 'csto', aliases: ['Collective Security Treaty Organization', 'CSTO'] },
  { id: 'shoigu', aliases: ['Sergei Shoigu', 'Shoigu'] },
  { id: 'central-asia', aliases: ['Central Asia', 'Central Asian'] },
]);

const options = (overrides: Partial<AnnotateOptions> = {}): AnnotateOptions => ({
  terms,
  markTerms: true,
  notes: [],
  claims: [],
  labels: { paragraph: (n) => `Paragraph ${n}`, noteButton: (n, title) => `Note ${n}: ${title}` },
  ...overrides,
});

const isElement = (node: RootContent): node is Element => node.type === 'element';

/** Text of a node with every reader-layer element (`[data-layer]`) removed, as the integrity test does. */
function readingText(node: Root | Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (isElement(child) && child.properties['dataLayer'] === undefined) return readingText(child);
      return '';
    })
    .join('');
}

/** Parses annotated paragraph HTML, returning the `<p>` element. */
function paragraphOf(html: string): Element {
  const p = fromHtml(html, { fragment: true })
    .children.filter(isElement)
    .find((el) => el.tagName === 'p');
  if (!p) throw new Error(`no <p> in ${html}`);
  return p;
}

/** Every element below `root` that matches `test`, in document order. */
function all(root: Element, test: (el: Element) => boolean): Element[] {
  return root.children.filter(isElement).flatMap((el) => [...(test(el) ? [el] : []), ...all(el, test)]);
}

const hasClass = (name: string) => (el: Element) =>
  Array.isArray(el.properties['className']) && el.properties['className'].includes(name);
/** Term buttons a reader sees by default: first occurrences, not the hidden "every term" extras. */
const firstButtons = (p: Element): Element[] =>
  all(p, (el) => el.tagName === 'button' && hasClass('gl-term')(el) && !hasClass('gl-term-extra__button')(el));
const extras = (p: Element): Element[] => all(p, hasClass('gl-term-extra'));

/** The item at `index`, failing the test when there is none. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at index ${index} of ${items.length}`);
  return item;
}

const annotate = (html: string, overrides: Partial<AnnotateOptions> = {}): Element[] =>
  annotateArticle(html, options(overrides)).paragraphs.map((p) => paragraphOf(p.html));
/** Annotates HTML holding one paragraph and returns that paragraph. */
const annotateOne = (html: string, overrides: Partial<AnnotateOptions> = {}): Element =>
  at(annotate(html, overrides), 0);

describe('annotateArticle: margin notes', () => {
  const note = {
    number: 3,
    paragraph: 1,
    anchor: 'said on Tuesday',
    title: 'Which Tuesday?',
    html: '<p>It was <em>2024</em>.</p>',
  };
  const annotated = annotateArticle('<p>Shoigu said on Tuesday that threats grew.</p>', options({ notes: [note] }));
  const para = paragraphOf(at(annotated.paragraphs, 0).html);

  it('puts a numbered marker after the anchor passage that controls the note body', () => {
    const button = at(all(para, hasClass('gl-note__ref')), 0);
    const body = at(all(para, hasClass('gl-note__body')), 0);
    expect(button.properties['ariaControls']).toEqual(['note-3']);
    expect(body.properties['id']).toBe('note-3');
    expect(body.properties['role']).toBe('note');
    expect(readingText(para)).toBe('Shoigu said on Tuesday that threats grew.');
  });

  it("makes the body, beside its line, the note's search result, titled without its number", () => {
    const page = `<!doctype html><html lang="en"><body><article data-pagefind-body data-pagefind-filter="lesson:demo">${at(annotated.paragraphs, 0).html}</article></body></html>`;
    const { records, problems, page: rest } = splitSearchRecords(page, '/lessons/demo/');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.url, r.type])).toEqual([['/lessons/demo/#note-3', 'note']]);
    expect(records[0]?.filters).toEqual({ type: ['note'], lesson: ['demo'] });
    expect(records[0]?.html).toContain(
      '<strong class="gl-note__title" data-pagefind-meta="title">Which Tuesday?</strong>',
    );
    expect(records[0]?.html).toMatch(
      /<span class="gl-note__num" aria-hidden="true" data-pagefind-ignore[^>]*>3<\/span>/,
    );
    expect(rest).toContain('that threats grew');
    expect(rest).not.toContain('It was');
  });
});

describe('annotateArticle: glossary terms', () => {
  it('makes the first occurrence in a paragraph a button that opens its popover', () => {
    const p = annotateOne('<p>The CSTO met. Then the CSTO said no.</p>');
    const buttons = firstButtons(p);
    expect(buttons).toHaveLength(1);
    expect(at(buttons, 0).properties).toMatchObject({
      type: 'button',
      popoverTarget: 'gl-term-csto',
      dataGlTerm: 'csto',
    });
    expect(readingText(at(buttons, 0))).toBe('CSTO');
  });

  it('turns later occurrences into plain text plus a hidden button for the "every term" setting', () => {
    const p = annotateOne('<p>The CSTO met. Then the CSTO said no.</p>');
    const extra = at(extras(p), 0);
    expect(extra.properties['dataGlTerm']).toBe('csto');
    const button = all(extra, hasClass('gl-term-extra__button'))[0];
    expect(button?.properties).toMatchObject({ dataLayer: 'term-extra', popoverTarget: 'gl-term-csto' });
    expect(button?.properties['dataPagefindIgnore']).toBeDefined();
    expect(readingText(extra)).toBe('CSTO');
  });

  it('starts over in every paragraph, and lists terms in order of first appearance', () => {
    const result = annotateArticle('<p>Shoigu and the CSTO.</p>\n<p>The CSTO and Shoigu.</p>', options());
    const [one, two] = result.paragraphs.map((p) => paragraphOf(p.html));
    expect(one && firstButtons(one).map((b) => b.properties['dataGlTerm'])).toEqual(['shoigu', 'csto']);
    expect(two && firstButtons(two).map((b) => b.properties['dataGlTerm'])).toEqual(['csto', 'shoigu']);
    expect(result.usedTerms).toEqual(['shoigu', 'csto']);
  });

  it('marks the longest alias, never "IS" inside "ISIS" or the word "is"', () => {
    const p = annotateOne('<p>This is ISIS-K, not ISIS; IS is a name.</p>');
    expect(firstButtons(p).map((b) => readingText(b))).toEqual(['ISIS-K', 'ISIS']);
    expect(extras(p).map((e) => readingText(e))).toEqual(['IS']);
  });

  it('turns <Term> spans into buttons, counting them as the first occurrence', () => {
    const p = annotateOne('<p>The <span data-gl-term="shoigu">Russian Defense Minister</span> is Shoigu.</p>');
    const buttons = firstButtons(p);
    expect(buttons.map((b) => [b.properties['popoverTarget'], readingText(b)])).toEqual([
      ['gl-term-shoigu', 'Russian Defense Minister'],
    ]);
    expect(extras(p).map((e) => readingText(e))).toEqual(['Shoigu']);
  });

  it('leaves text inside <NoTerms> unmarked', () => {
    const p = annotateOne('<p><span data-gl-no-terms>ISIS said</span> and ISIS did.</p>');
    const buttons = firstButtons(p);
    expect(buttons).toHaveLength(1);
    expect(extras(p)).toEqual([]);
    // The one button is the second "ISIS", outside the opt-out.
    const optOut = at(
      all(p, (el) => el.properties['dataGlNoTerms'] !== undefined),
      0,
    );
    expect(all(optOut, (el) => el.tagName === 'button')).toEqual([]);
  });

  it('marks only <Term> spans when a lesson turns automatic marking off', () => {
    const result = annotateArticle(
      '<p>The CSTO and <span data-gl-term="shoigu">the minister</span>.</p>',
      options({ markTerms: false }),
    );
    const p = paragraphOf(at(result.paragraphs, 0).html);
    expect(firstButtons(p).map((b) => b.properties['dataGlTerm'])).toEqual(['shoigu']);
    expect(result.usedTerms).toEqual(['shoigu']);
  });

  it('keeps the article text unchanged once the reader layer is stripped', () => {
    const source = ['Sergei Shoigu’s CSTO warning.', 'ISIS-K and ISIS in Central Asia; Central Asian ISIS.'];
    const result = annotateArticle(source.map((s) => `<p>${s}</p>`).join('\n'), options());
    expect(result.paragraphs.map((p) => readingText(paragraphOf(p.html)))).toEqual(source);
    expect(result.problems).toEqual([]);
  });

  it('property: for any paragraphs of alias and filler words, stripping [data-layer] gives back the text', () => {
    const words = fc.constantFrom(
      'ISIS',
      'IS',
      'ISIS-K',
      'Islamic',
      'State',
      'CSTO',
      'CSTO’s',
      'Shoigu',
      'Sergei',
      'Central',
      'Asia',
      'Asian',
      'This',
      'is',
      'the',
      'and',
      ',',
      '.',
      '“',
      '”',
      '(',
      ')',
      'x',
    );
    const separator = fc.constantFrom(' ', ' ', ' ', '', '-', '\n');
    const paragraph = fc
      .array(fc.tuple(words, separator), { minLength: 1, maxLength: 24 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (texts) => {
        const result = annotateArticle(texts.map((s) => `<p>${s}</p>`).join('\n'), options());
        const ps = result.paragraphs.map((p) => paragraphOf(p.html));
        expect(ps.map((p) => readingText(p))).toEqual(texts);
        // One visible button per distinct term in each paragraph, in order of first appearance.
        ps.forEach((p, i) => {
          const ids = [...new Set(findTerms(at(texts, i), terms).map((m) => m.id))];
          expect(firstButtons(p).map((b) => b.properties['dataGlTerm'])).toEqual(ids);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('annotateArticle: claims', () => {
  it('marks each claim with its speaker’s palette slot and line style, and a text label', () => {
    const result = annotateArticle('<p>The council says the road will open in May.</p>', {
      ...options(),
      claims: [
        {
          id: 'road-opens',
          paragraph: 1,
          quote: 'the road will open in May',
          speaker: 'council',
          kind: 'forecast',
          status: 'unverified',
          colour: 3,
          line: 'dotted',
          label: 'The council · forecast',
        },
      ],
    });
    expect(result.problems).toEqual([]);
    const [claim] = all(paragraphOf(result.paragraphs[0]?.html ?? ''), hasClass('gl-claim'));
    expect(claim?.properties).toMatchObject({ dataSpeaker: 'council', dataColour: '3', dataLine: 'dotted' });
    const labels = all(claim ?? paragraphOf('<p></p>'), hasClass('gl-claim__label'));
    expect(labels.map((l) => l.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))).toEqual([
      'The council · forecast',
    ]);
  });
});
