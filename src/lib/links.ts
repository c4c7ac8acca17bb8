/**
 * Link and anchor checking for the built site. Pure: it is given what every built page offers
 * (its ids) and asks for (its URLs and id references) and reports what does not resolve, so the
 * same code checks `dist/` in the gates and small bad fixtures in the unit tests.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One URL a page links to or loads. */
export interface PageLink {
  /** The URL exactly as written in the page. */
  href: string;
  /** Where it was found, as `element[attribute]`, so a report can be traced to the markup. */
  from: string;
}

/** One same-page id reference (`for`, `popovertarget`, `aria-controls`, …). */
export interface PageIdRef {
  /** The id that must exist on the same page. */
  id: string;
  /** Where it was found, as `element[attribute]`. */
  from: string;
}

/** What one built HTML page offers and asks for. */
export interface PageRefs {
  /** Every `id` on the page, and every `<a name>`: the fragments a link may point to. */
  anchors: string[];
  /** Every URL the page links to or loads. */
  links: PageLink[];
  /** Every reference to an id that must exist on the same page. */
  idrefs: PageIdRef[];
  /** The anchors at or after the page's first deferred (`.gl-defer`) section, which no link may target. */
  deferred?: string[];
}

/** A link, anchor or id reference that does not resolve. */
export interface BrokenLink {
  /** The built file the reference is in, relative to the site root (`lessons/x/index.html`). */
  file: string;
  /** The URL or id as written. */
  href: string;
  /** Where it was found, as `element[attribute]`. */
  from: string;
  /** What is wrong and, where it helps, how to fix it. */
  reason: string;
}

/** The built site as the checker sees it. */
export interface SiteRefs {
  /** Every built HTML page, keyed by its path relative to the site root, with `/` separators. */
  pages: ReadonlyMap<string, PageRefs>;
  /** Every file in the build (pages and assets), relative to the site root. */
  files: ReadonlySet<string>;
}

/**
 * The class of sections the browser skips drawing until they near the screen (`content-visibility:
 * auto`, in src/styles/global.css). Until drawn, such a section has a placeholder height, and when it
 * is drawn the browser does not keep what follows in place, so a link to anything at or below one
 * lands in the wrong place. The link check therefore forbids such links.
 */
export const DEFERRED_CLASS = 'gl-defer';

/**
 * Attributes that hold a URL, by element, by their HTML names. The one table of them: the link
 * check follows these, and the relative-URL rewrite (src/lib/relative-urls.ts) rewrites them, so
 * a URL attribute added here is both checked and made relative.
 */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  // Astro islands fetch these modules when they hydrate; a broken one is a dead island.
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};

/** Attributes that name one or more ids on the same page. */
const IDREF_ATTRIBUTES = [
  'for',
  'popovertarget',
  'commandfor',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-details',
  'aria-owns',
  'aria-activedescendant',
  'aria-flowto',
  'aria-errormessage',
  'list',
  'form',
  'headers',
] as const;

/** hast stores known attributes under DOM property names; unknown ones keep their own name. */
const PROPERTY_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  srcset: 'srcSet',
  'http-equiv': 'httpEquiv',
  formaction: 'formAction',
  'xlink:href': 'xLinkHref',
  'accept-charset': 'acceptCharset',
  popovertarget: 'popoverTarget',
  commandfor: 'commandFor',
  'aria-controls': 'ariaControls',
  'aria-labelledby': 'ariaLabelledBy',
  'aria-describedby': 'ariaDescribedBy',
  'aria-details': 'ariaDetails',
  'aria-owns': 'ariaOwns',
  'aria-activedescendant': 'ariaActiveDescendant',
  'aria-flowto': 'ariaFlowTo',
  'aria-errormessage': 'ariaErrorMessage',
};

/** The name hast stores an HTML attribute under. */
export const propertyName = (name: string): string => PROPERTY_NAMES[name] ?? name;

/**
 * Reads an attribute from a hast element by its HTML name, whichever form hast stored it in.
 * Space-separated list attributes come back joined with single spaces.
 */
export function attribute(node: Element, name: string): string | undefined {
  const props = node.properties;
  const value = props[propertyName(name)] ?? props[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  if (value === true) return '';
  return String(value);
}

/** Splits a `srcset` into its URLs. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** Collects the anchors, links and id references of one page from its HTML. */
export function collectRefs(html: string): PageRefs {
  return collectRefsFromTree(fromHtml(html));
}

/** {@link collectRefs} for an already parsed page. */
export function collectRefsFromTree(tree: Root): PageRefs {
  const refs: PageRefs = { anchors: [], links: [], idrefs: [] };
  let deferred: string[] | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!deferred && attribute(node, 'class')?.split(/\s+/).includes(DEFERRED_CLASS)) deferred = [];
    const id = attribute(node, 'id');
    const name = node.tagName === 'a' ? attribute(node, 'name') : undefined;
    for (const anchor of [id, name]) {
      if (!anchor) continue;
      refs.anchors.push(anchor);
      deferred?.push(anchor);
    }
    for (const attr of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = attribute(node, attr);
      if (value === undefined) continue;
      const from = `${node.tagName}[${attr}]`;
      if (attr === 'srcset') for (const url of srcsetUrls(value)) refs.links.push({ href: url, from });
      else refs.links.push({ href: value.trim(), from });
    }
    for (const attr of IDREF_ATTRIBUTES) {
      const value = attribute(node, attr);
      if (!value) continue;
      for (const ref of value.split(/\s+/).filter(Boolean))
        refs.idrefs.push({ id: ref, from: `${node.tagName}[${attr}]` });
    }
  });
  if (deferred) refs.deferred = deferred;
  return refs;
}

/** Makes a base path start and end with `/`. */
export function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * The URL path a built file is served at: `lessons/x/index.html` → `/base/lessons/x/`,
 * `404.html` → `/base/404.html`.
 */
export function pageUrl(file: string, base = '/'): string {
  const root = normaliseBase(base);
  if (file === 'index.html') return root;
  if (file.endsWith('/index.html')) return `${root}${file.slice(0, -'index.html'.length)}`;
  return `${root}${file}`;
}

/** An origin no real link can have, so that "same origin" means "this site". */
const SITE_ORIGIN = 'http://gloss.invalid';

/** Fragments a browser resolves without a matching id. */
function isSpecialFragment(fragment: string): boolean {
  return fragment === '' || fragment === 'top' || fragment.startsWith(':~:');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Checks every link, `#fragment` and same-page id reference of the built site. External
 * `http(s)` links, `mailto:`, `tel:` and `data:` URLs are not followed.
 * @param site every built page's refs, and the list of every built file
 * @param base the base path the site was built for (`/` or e.g. `/gloss/`)
 */
export function checkLinks(site: SiteRefs, base = '/'): BrokenLink[] {
  const root = normaliseBase(base);
  const broken: BrokenLink[] = [];
  for (const [file, refs] of site.pages) {
    const here = new URL(pageUrl(file, root), SITE_ORIGIN);
    const ids = new Set(refs.anchors);
    for (const { href, from } of refs.links) {
      const report = (reason: string): void => {
        broken.push({ file, href, from, reason });
      };
      if (href === '') {
        report('the URL is empty; remove the attribute or point it at a page');
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, here);
      } catch {
        report('this is not a valid URL');
        continue;
      }
      if (url.protocol === 'javascript:') {
        report('javascript: URLs are not allowed (the Content-Security-Policy blocks them); use a button');
        continue;
      }
      if (url.origin !== SITE_ORIGIN) continue;
      const path = decode(url.pathname);
      if (!path.startsWith(root)) {
        report(`it points outside the base path "${root}"; build links with href() from src/data/paths.ts`);
        continue;
      }
      const rel = path.slice(root.length);
      let target: string;
      if (rel === '' || rel.endsWith('/')) target = `${rel}index.html`;
      else if (site.files.has(rel)) target = rel;
      else if (site.files.has(`${rel}/index.html`)) {
        report(`the page exists but the link lacks its trailing slash; link to "${url.pathname}/"`);
        continue;
      } else {
        report(`no file "${rel}" in the build`);
        continue;
      }
      if (!site.files.has(target)) {
        report(`no page "${target}" in the build`);
        continue;
      }
      const fragment = decode(url.hash.slice(1));
      const targetRefs = site.pages.get(target);
      if (isSpecialFragment(fragment) || !targetRefs) continue;
      const targetIds = target === file ? ids : new Set(targetRefs.anchors);
      if (!targetIds.has(fragment)) report(`"${target}" has no element with id="${fragment}"`);
      else if (targetRefs.deferred?.includes(fragment))
        report(
          `id="${fragment}" in "${target}" is at or below a section marked ${DEFERRED_CLASS}, whose height is only known once it is drawn, so the link would land off target; take the class off the sections above it`,
        );
    }
    for (const { id, from } of refs.idrefs) {
      if (!ids.has(id)) broken.push({ file, href: id, from, reason: `no element with id="${id}" on this page` });
    }
  }
  return broken;
}

/** One line per broken link, ready for a test failure message. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string[] {
  return broken.map((b) => `${b.file}: ${b.from} "${b.href}": ${b.reason}`);
}
