/**
 * Rewrites a built site's root-relative URLs (`/gloss/lessons/x/`) into relative ones
 * (`../../lessons/x/index.html`), so the same files work opened from disk (`file://`), from a
 * USB stick, or served under any path.
 *
 * Astro can only emit root-relative URLs, so `scripts/export.mjs` runs this over a copy of the
 * built site. Pure (string in, string out); `scripts/export.mjs` imports it straight from Node,
 * so this file uses erasable TypeScript only and imports no other file of the project.
 *
 * Inline `<style>` text that changes gets its Content-Security-Policy hash updated too, or the
 * browser would refuse it; inline scripts are never changed (their URLs come from attributes).
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';
// With its extension: scripts/export.mjs loads this module with Node's own type stripping, which
// does not resolve extensionless imports.
import { URL_ATTRIBUTES, propertyName } from './links.ts';

/** Options shared by the rewriters. */
export interface RelativeOptions {
  /** The base path the site was built for (`/`, `/gloss/`). Only URLs under it are rewritten. */
  base: string;
  /** Path of the file being rewritten, relative to the site root (`lessons/x/index.html`). */
  file: string;
  /**
   * Point directory URLs at their `index.html` (`lessons/x/` → `lessons/x/index.html`): a file
   * browser has no directory index, so `file://` needs it. Defaults to true.
   */
  indexFiles?: boolean;
}

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * The relative form of one URL, or the URL unchanged when it is not a root-relative URL under
 * the base (absolute URLs, `//host` URLs, `#fragments`, `data:` and already-relative URLs).
 */
export function toRelativeUrl(url: string, options: RelativeOptions): string {
  const base = normaliseBase(options.base);
  const indexFiles = options.indexFiles ?? true;
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  let rest: string;
  if (url.startsWith(base)) rest = url.slice(base.length);
  else if (`${url}/` === base || url.startsWith(`${base.slice(0, -1)}?`) || url.startsWith(`${base.slice(0, -1)}#`))
    rest = url.slice(base.length - 1);
  else return url;

  const cut = rest.search(/[?#]/);
  let path = cut === -1 ? rest : rest.slice(0, cut);
  const tail = cut === -1 ? '' : rest.slice(cut);
  if (indexFiles && (path === '' || path.endsWith('/'))) path += 'index.html';

  const fromDir = options.file
    .replace(/\\/g, '/')
    .replace(/^\.?\/+/, '')
    .split('/')
    .slice(0, -1);
  const target = path.split('/');
  let common = 0;
  // The last target segment is a file name (or empty for a directory), never a shared directory.
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const up = '../'.repeat(fromDir.length - common);
  const down = target.slice(common).join('/');
  const relative = `${up}${down}`;
  if (relative === '') return tail.startsWith('#') ? tail : `./${tail}`;
  return `${relative}${tail}`;
}

/** Rewrites `url(...)` and `@import "..."` references in a stylesheet or a `style` attribute. */
export function rewriteCss(css: string, options: RelativeOptions): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote: string, url: string) => {
      const next = toRelativeUrl(url, { ...options, indexFiles: false });
      return next === url ? whole : `url(${quote}${next}${quote})`;
    })
    .replace(/@import\s+(['"])([^'"]+)\1/g, (whole, quote: string, url: string) => {
      const next = toRelativeUrl(url, { ...options, indexFiles: false });
      return next === url ? whole : `@import ${quote}${next}${quote}`;
    });
}

/** Rewrites each URL of a `srcset` value, keeping the width/density descriptors. */
export function rewriteSrcset(srcset: string, options: RelativeOptions): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const match = /^(\s*)(\S+)(.*)$/s.exec(candidate);
      if (!match) return candidate;
      const [, lead = '', url = '', descriptor = ''] = match;
      return `${lead}${toRelativeUrl(url, { ...options, indexFiles: false })}${descriptor}`;
    })
    .join(',');
}

/**
 * hast property names that hold a single URL, from the one table of URL attributes (`srcset`
 * holds several and is rewritten on its own).
 */
const URL_PROPERTIES = new Set(
  Object.values(URL_ATTRIBUTES)
    .flat()
    .filter((name) => name !== 'srcset')
    .map(propertyName),
);

/**
 * True for attributes that hold a URL: the standard ones, `*-url` attributes (island
 * `component-url`), and `data-*` attributes named for a URL or a module, which is how inline
 * scripts get their modules' hashed URLs (`data-sw-url`, `data-module`, `data-preview-src`).
 */
function isUrlProperty(name: string): boolean {
  return URL_PROPERTIES.has(name) || /-url$/.test(name) || /^data\w*(Url|Module|Src|Href)$/.test(name);
}

/** Only links a reader follows get `index.html`; assets and island modules are never directories. */
function wantsIndex(element: Element, name: string): boolean {
  return (name === 'href' || name === 'action' || name === 'formAction') && element.tagName !== 'link';
}

/** The CSP hash source of an inline script's or style's text (`'sha256-…'`). */
function cspSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Rewrites one element; returns the [old, new] CSP hash sources of any inline style it changed. */
function rewriteElement(element: Element, options: RelativeOptions): [string, string][] {
  const props = element.properties;
  for (const [name, value] of Object.entries(props)) {
    if (typeof value !== 'string') continue;
    if (name === 'srcSet' || name === 'imageSrcSet') props[name] = rewriteSrcset(value, options);
    else if (name === 'style') props[name] = rewriteCss(value, options);
    else if (isUrlProperty(name)) {
      props[name] = toRelativeUrl(value, {
        ...options,
        indexFiles: wantsIndex(element, name) && options.indexFiles !== false,
      });
    }
  }
  if (element.tagName === 'meta' && typeof props['content'] === 'string') {
    const refresh = Array.isArray(props['httpEquiv']) ? props['httpEquiv'].join(' ') : props['httpEquiv'];
    if (typeof refresh === 'string' && refresh.toLowerCase() === 'refresh') {
      props['content'] = props['content'].replace(
        /(url=)(\S+)/i,
        (_whole, key: string, url: string) => `${key}${toRelativeUrl(url, options)}`,
      );
    }
  }
  const changed: [string, string][] = [];
  if (element.tagName === 'style') {
    const before = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    for (const child of element.children) {
      if (child.type === 'text') child.value = rewriteCss(child.value, options);
    }
    const after = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (after !== before) changed.push([cspSource(before), cspSource(after)]);
  }
  return changed;
}

function visit(node: Nodes, options: RelativeOptions, changed: [string, string][], policies: Element[]): void {
  if (node.type === 'element') {
    changed.push(...rewriteElement(node, options));
    const equiv = node.properties['httpEquiv'];
    const name = Array.isArray(equiv) ? equiv.join(' ') : equiv;
    if (node.tagName === 'meta' && typeof name === 'string' && name.toLowerCase() === 'content-security-policy') {
      policies.push(node);
    }
    if (node.content) visit(node.content, options, changed, policies);
  }
  if ('children' in node) for (const child of node.children) visit(child, options, changed, policies);
}

/**
 * Rewrites every root-relative URL under the base in an HTML page: links, scripts, styles,
 * images, `srcset`, inline `style` and `<style>`, island module URLs (`component-url`) and
 * `data-*-url`/`data-module` attributes. Inline script code is left alone.
 */
export function rewriteHtml(html: string, options: RelativeOptions): string {
  const tree: Root = fromHtml(html);
  const changed: [string, string][] = [];
  const policies: Element[] = [];
  visit(tree, options, changed, policies);
  for (const policy of policies) {
    let content = policy.properties['content'];
    if (typeof content !== 'string') continue;
    for (const [before, after] of changed) content = content.split(before).join(after);
    policy.properties['content'] = content;
  }
  return toHtml(tree, { allowDangerousHtml: true, allowDangerousCharacters: true });
}
