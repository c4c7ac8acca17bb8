/**
 * Turns Pagefind result data into what the search UI shows: one entry per result with a type,
 * a title, a highlighted excerpt and the link to follow. Pure, so the ranking rules are tested
 * without a browser.
 */

/** The parts of a Pagefind sub-result the UI uses. */
export interface PagefindSubResult {
  /** Heading (or `data-pagefind-title`) of the section; the page title for the part before any heading. */
  title: string;
  /** Link to the section, with the highlight parameter already added by Pagefind. */
  url: string;
  /** Excerpt with matches wrapped in `<mark>`; Pagefind escapes the rest, so it is safe as HTML. */
  excerpt: string;
  /** Word positions of the matches in the section. */
  locations?: number[];
  /** The element the section starts at; absent for the part of the page before the first anchor. */
  anchor?: { id: string; element: string };
}

/** The parts of a loaded Pagefind result (`await result.data()`) the UI uses. */
export interface PagefindResultData {
  /** Link to the result, with the highlight parameter. */
  url: string;
  /** Excerpt with matches wrapped in `<mark>` (safe as HTML). */
  excerpt: string;
  /** Metadata; `title` is always set by the indexer. */
  meta: Record<string, string | undefined>;
  /** Filter values of the result, e.g. `{ type: ['timeline'], year: ['2024'] }`. */
  filters: Record<string, string[] | undefined>;
  /** Sections of the page that matched. */
  sub_results: PagefindSubResult[];
}

/** A secondary link shown under a result (another matching paragraph, say). */
export interface SearchLink {
  /** Section title. */
  title: string;
  /** Where it goes. */
  url: string;
}

/** One result as the UI shows it. */
export interface SearchHit {
  /** Result type (the `type` filter), e.g. `lesson`, `glossary`, `timeline`, `note`; `page` when unset. */
  type: string;
  /** What the result is called: the section (e.g. "Paragraph 7") or the page/record title. */
  title: string;
  /** The page a section belongs to (the lesson title), when the title names a section. */
  context: string | undefined;
  /** The year, for results that have one (timeline events). */
  year: string | undefined;
  /** Where the result link goes. */
  url: string;
  /** Highlighted excerpt (HTML with `<mark>`, already escaped by Pagefind). */
  excerpt: string;
  /** Other matching sections of the same page. */
  more: SearchLink[];
}

/**
 * Article paragraphs are anchored `#p1…#pN` (see annotate.ts). A lesson hit lands on the
 * paragraph first, since that is what readers cite, even when a table further down has more hits.
 */
export const PARAGRAPH_ANCHOR = /^p\d+$/;

const hits = (sub: PagefindSubResult): number => sub.locations?.length ?? 0;

/** Orders a page's matching sections: paragraphs, then other sections, then the page top; most hits first. */
export function rankSections(subs: readonly PagefindSubResult[]): PagefindSubResult[] {
  const group = (sub: PagefindSubResult): number => {
    if (!sub.anchor) return 2;
    return PARAGRAPH_ANCHOR.test(sub.anchor.id) ? 0 : 1;
  };
  return subs
    .map((sub, index) => ({ sub, index }))
    .sort((a, b) => group(a.sub) - group(b.sub) || hits(b.sub) - hits(a.sub) || a.index - b.index)
    .map(({ sub }) => sub);
}

/** Builds the UI entry for one Pagefind result. `maxMore` caps the secondary links. */
export function toSearchHit(data: PagefindResultData, maxMore = 3): SearchHit {
  const pageTitle = data.meta['title'] ?? data.url;
  const type = data.filters['type']?.[0] ?? 'page';
  const year = data.filters['year']?.[0];
  const [best, ...rest] = rankSections(data.sub_results);
  if (!best?.anchor) {
    return {
      type,
      title: pageTitle,
      context: undefined,
      year,
      url: best?.url ?? data.url,
      excerpt: best?.excerpt ?? data.excerpt,
      more: [],
    };
  }
  return {
    type,
    title: best.title,
    context: pageTitle,
    year,
    url: best.url,
    excerpt: best.excerpt,
    more: rest.slice(0, maxMore).map((sub) => ({ title: sub.title, url: sub.url })),
  };
}

/** Fills `{name}` placeholders in a UI string read from the page (the strings come from en.json). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
