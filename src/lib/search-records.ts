import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Pagefind indexes whole pages, and its filters belong to a page. Gloss needs some parts of a
 * page to be results of their own, with their own filters: each glossary entry, each timeline
 * event (with its year) and each margin note. Such a part is marked in the page markup with
 * `data-search-record="<type>"` and an `id`; the post-build search step cuts it out of its page
 * and indexes it as a separate document at `<page url>#<id>`.
 *
 * Inside a record, Pagefind's own attributes work as usual: `data-pagefind-filter="year:2024"`,
 * `data-pagefind-meta="title"` (else the first heading is the title), `data-pagefind-ignore`.
 * A record also takes the `key:value` filters set on its ancestors (all but `type`), so a list can
 * say once which lesson its items belong to.
 */
export const RECORD_ATTR = 'data-search-record';

/** One part of a page that becomes its own search result. */
export interface SearchRecord {
  /** Result URL: the page URL plus `#id`. */
  url: string;
  /** Result type (the `type` filter), from the attribute value. */
  type: string;
  /** The element id the result links to. */
  id: string;
  /** Filters found on the record (`key:value` attribute form), including `type`. */
  filters: Record<string, string[]>;
  /** A standalone HTML document for Pagefind to index. */
  html: string;
}

/** The result of splitting one built page. */
export interface SplitPage {
  /** The page HTML without its records, when the page itself is indexed (it has `data-pagefind-body`). */
  page: string | undefined;
  /** The records found on the page, in document order. */
  records: SearchRecord[];
  /** What is wrong with the page's search markup; the build fails on any. */
  problems: string[];
}

/** Options for {@link splitSearchRecords}. */
export interface SplitOptions {
  /** Filters each record type must carry, e.g. `{ timeline: ['year'] }`. */
  requiredFilters?: Readonly<Record<string, readonly string[]>>;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const prop = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';

/** Every element below `node` (not `node` itself), depth first in document order. */
function descendants(node: Element | Root): Element[] {
  const out: Element[] = [];
  const walk = (parent: Element | Root): void => {
    for (const child of parent.children) {
      if (isElement(child)) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(node);
  return out;
}

/** Parses Pagefind's attribute form `key:value` (the value may contain colons). */
function parseFilter(raw: string): [string, string] | undefined {
  const at = raw.indexOf(':');
  if (at <= 0) return undefined;
  const key = raw.slice(0, at).trim();
  const value = raw.slice(at + 1).trim();
  return key && value ? [key, value] : undefined;
}

function filterOf(node: Element): [string, string] | undefined {
  const raw = prop(node, 'dataPagefindFilter');
  return raw === undefined ? undefined : parseFilter(raw);
}

/** The record's own filters, plus those its ancestors set (their `type` is the page's, not the record's). */
function recordFilters(record: Element, ancestors: readonly Element[], type: string): Record<string, string[]> {
  const filters: Record<string, string[]> = { type: [type] };
  const add = ([key, value]: [string, string]): void => {
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  };
  for (const node of [record, ...descendants(record)]) {
    const pair = filterOf(node);
    if (pair) add(pair);
  }
  for (const node of ancestors) {
    const pair = filterOf(node);
    if (pair && pair[0] !== 'type') add(pair);
  }
  return filters;
}

/** Every element with the chain of elements above it, in document order. */
function withAncestors(root: Root): { node: Element; ancestors: Element[] }[] {
  const out: { node: Element; ancestors: Element[] }[] = [];
  const walk = (parent: Element | Root, chain: Element[]): void => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      out.push({ node: child, ancestors: chain });
      walk(child, [...chain, child]);
    }
  };
  walk(root, []);
  return out;
}

/** The text Pagefind would index in `node`: everything outside `data-pagefind-ignore`. */
function indexedText(node: Element | Root): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (isElement(child) && prop(child, 'dataPagefindIgnore') === undefined && child.tagName !== 'script')
      out += indexedText(child);
  }
  return out;
}

/** Removes every element matching `drop` below `parent`. */
function prune(parent: Element | Root, drop: (el: Element) => boolean): void {
  parent.children = parent.children.filter((child) => !(isElement(child) && drop(child)));
  for (const child of parent.children) if (isElement(child)) prune(child, drop);
}

/** A standalone document holding just the record, in the page's language. */
function recordDocument(record: Element, filters: Record<string, string[]>, lang: string | undefined): string {
  const copy = structuredClone(record);
  // The filters are restated on the wrapper; inside the copy they would be counted twice.
  for (const node of [copy, ...descendants(copy)]) delete node.properties['dataPagefindFilter'];
  // Ids inside a record would make Pagefind split it into sub-results; the record is one result.
  delete copy.properties['id'];
  for (const node of descendants(copy)) delete node.properties['id'];
  delete copy.properties['dataSearchRecord'];
  const doc: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      {
        type: 'element',
        tagName: 'html',
        properties: lang ? { lang } : {},
        children: [
          {
            type: 'element',
            tagName: 'body',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'div',
                properties: { dataPagefindBody: '' },
                children: [
                  // One filter per element: Pagefind reads a single `key:value` from each attribute.
                  ...Object.entries(filters).flatMap(([key, values]) =>
                    values.map((value): Element => ({
                      type: 'element',
                      tagName: 'span',
                      properties: { dataPagefindFilter: `${key}:${value}` },
                      children: [],
                    })),
                  ),
                  copy,
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  return toHtml(doc);
}

/**
 * Splits a built page into the page itself (minus its records) and its search records.
 * `url` is the page's URL as Pagefind should report it (without the base path).
 */
export function splitSearchRecords(html: string, url: string, options: SplitOptions = {}): SplitPage {
  const tree = fromHtml(html);
  const placed = withAncestors(tree);
  const all = placed.map((p) => p.node);
  const htmlEl = all.find((n) => n.tagName === 'html');
  const lang = htmlEl ? prop(htmlEl, 'lang') : undefined;
  const problems: string[] = [];
  const records: SearchRecord[] = [];
  const seen = new Set<string>();

  const marked = placed.filter((p) => prop(p.node, 'dataSearchRecord') !== undefined);
  for (const { node: record, ancestors } of marked) {
    const type = (prop(record, 'dataSearchRecord') ?? '').trim();
    const id = prop(record, 'id');
    const where = `${url}: <${record.tagName} ${RECORD_ATTR}="${type}"${id ? ` id="${id}"` : ''}>`;
    if (!type) {
      problems.push(
        `${where} has an empty ${RECORD_ATTR}; set it to the result type (lesson, glossary, timeline or note).`,
      );
      continue;
    }
    if (!id) {
      problems.push(`${where} has no id; give it the stable id its search result should link to.`);
      continue;
    }
    if (descendants(record).some((n) => prop(n, 'dataSearchRecord') !== undefined)) {
      problems.push(`${where} contains another ${RECORD_ATTR} element; search records must not nest.`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`${where}: the id "${id}" is used by another search record on this page; ids must be unique.`);
      continue;
    }
    seen.add(id);
    const inner = descendants(record);
    const titled = inner.find((n) => prop(n, 'dataPagefindMeta') === 'title');
    const heading = titled ?? inner.find((n) => HEADINGS.has(n.tagName));
    if (!heading) {
      problems.push(
        `${where} has no title; add a heading inside it or mark the element holding its title with data-pagefind-meta="title".`,
      );
      continue;
    }
    heading.properties['dataPagefindMeta'] = 'title';
    const filters = recordFilters(record, ancestors, type);
    for (const key of options.requiredFilters?.[type] ?? []) {
      if (!filters[key]) {
        problems.push(
          `${where} has no "${key}" filter; add data-pagefind-filter="${key}:<value>" to it or to an element around it (every ${type} result needs one).`,
        );
      }
    }
    records.push({ url: `${url}#${id}`, type, id, filters, html: recordDocument(record, filters, lang) });
  }

  prune(tree, (el) => prop(el, 'dataSearchRecord') !== undefined);
  // A page whose indexed part was all records (the glossary, say) is not a result of its own.
  const bodies = descendants(tree).filter((n) => prop(n, 'dataPagefindBody') !== undefined);
  const page = bodies.some((body) => /\S/.test(indexedText(body))) ? toHtml(tree) : undefined;
  return { page, records, problems };
}

/** The URL Pagefind should report for a built file, e.g. `lessons/x/index.html` → `/lessons/x/`. */
export function pageUrlFor(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
