/**
 * The site's Content-Security-Policy, and a static audit of built pages against it.
 *
 * Astro (`security.csp`, set by src/integrations/csp.ts) writes the policy into a `<meta>` on every page and
 * hashes the scripts and styles it bundles; this module supplies the rest of the policy and the
 * hashes of our own `is:inline` scripts, which Astro does not hash. The audit re-checks the built
 * HTML (every inline script and style allowed by hash, no inline handlers or style attributes,
 * nothing loaded from another origin), so a mismatch fails a test rather than a reader's page.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { URL_ATTRIBUTES, attribute } from './links';

/** A CSP hash source as Astro's config expects it (without the quotes). */
export type CspHash = `sha256-${string}`;

/**
 * Every directive besides `script-src` and `style-src` (which Astro writes). Nothing may come from
 * another origin; `data:` images are allowed because they are part of the page itself.
 * `frame-ancestors`, `report-uri` and `sandbox` are left out: browsers ignore them in a `<meta>`
 * policy and warn on the console.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * `script-src` sources: our own bundled modules, and `'wasm-unsafe-eval'` because Pagefind's
 * search runs as WebAssembly (the keyword allows compiling wasm, not JavaScript `eval`).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src` sources: our own stylesheets; Astro adds hashes for the styles it inlines. */
export const STYLE_SOURCES = ["'self'"] as const;

/** The CSP hash of a script's or style's exact text, as the browser computes it. */
export function cspHash(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The bodies of the `<script is:inline>` (or `<style is:inline>`) elements in an Astro
 * component's source. Astro emits them byte for byte, so their hashes are the hashes the browser
 * computes; the CSP audit of the built pages confirms it.
 */
export function inlineBodies(astroSource: string, tag: 'script' | 'style'): string[] {
  // A self-closing element (`<script is:inline set:html={code} />`) has no body here; its text is
  // hashed where it is made (src/lib/inline-script.ts).
  const pattern = new RegExp(`<${tag}\\b[^>]*\\bis:inline\\b[^>]*(?<!/)>([\\s\\S]*?)</${tag}>`, 'g');
  return [...astroSource.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** The Astro `security.csp` option object (kept structural so this module needs no Astro types). */
export interface AstroCspOptions {
  /** Directives besides script-src and style-src. */
  directives: (typeof CSP_DIRECTIVES)[number][];
  /** script-src sources and extra hashes. */
  scriptDirective: { resources: string[]; hashes: CspHash[] };
  /** style-src sources and extra hashes. */
  styleDirective: { resources: string[]; hashes: CspHash[] };
}

/**
 * The site's CSP configuration for Astro.
 * @param inline the exact text of every inline script and style Astro does not hash itself
 */
export function siteCsp(inline: { scripts: readonly string[]; styles: readonly string[] }): AstroCspOptions {
  return {
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [...new Set(inline.scripts.map(cspHash))] },
    styleDirective: { resources: [...STYLE_SOURCES], hashes: [...new Set(inline.styles.map(cspHash))] },
  };
}

/** Parses a policy into directive name → source list. Later duplicates are ignored, as browsers do. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The sources that govern a fetch, following the CSP fallback chain. */
function effective(policy: Map<string, string[]>, chain: readonly string[]): string[] | undefined {
  for (const name of chain) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

const SCRIPT_ELEM = ['script-src-elem', 'script-src', 'default-src'] as const;
const STYLE_ELEM = ['style-src-elem', 'style-src', 'default-src'] as const;
const STYLE_ATTR = ['style-src-attr', 'style-src', 'default-src'] as const;

/** The raw text of a script or style element, as the browser hashes it. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Script types the browser executes (an inline JSON or template block is not a script). */
function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/**
 * Elements whose URL attributes (the one table, in src/lib/links.ts) the browser does not fetch as
 * the page loads: links a reader follows, form targets, citations, and island modules, which a
 * script imports later (and script-src governs).
 */
const NOT_FETCHED_ON_LOAD = new Set(['a', 'area', 'form', 'button', 'blockquote', 'q', 'del', 'ins', 'astro-island']);

/** Elements and attributes that make the browser fetch something as the page loads. */
const SUBRESOURCES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(URL_ATTRIBUTES)
    .filter(([tag]) => !NOT_FETCHED_ON_LOAD.has(tag))
    .map(([tag, attrs]) => [tag, attrs.filter((attr) => attr !== 'formaction')]),
);

/** `<link rel>` values that only describe a relation and fetch nothing. */
const NON_FETCHING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'next', 'prev', 'search']);

/** True when a URL is absolute or protocol-relative, that is, may point at another origin. */
function isOffsite(url: string): boolean {
  const u = url.trim();
  return u.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(u) ? !/^(data|blob|about):/i.test(u) : false;
}

/** Tokens a policy may contain; anything else (a host, `https:`, `*`) would allow another origin. */
function isAllowedSource(source: string): boolean {
  return (
    /^'(self|none|wasm-unsafe-eval|report-sample)'$/.test(source) ||
    /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source) ||
    source === 'data:'
  );
}

/**
 * Audits one built page against its own Content-Security-Policy and the rule that nothing is
 * loaded from another origin. Returns one message per problem (empty when the page is clean).
 */
export function auditCsp(html: string): string[] {
  return auditCspTree(fromHtml(html));
}

/** {@link auditCsp} for an already parsed page. */
export function auditCspTree(tree: Root): string[] {
  const problems: string[] = [];
  const metas: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'meta' && attribute(node, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      metas.push(attribute(node, 'content') ?? '');
    }
  });
  if (metas.length === 0) {
    return [
      'no <meta http-equiv="content-security-policy">: keep the glossCsp() integration (src/integrations/csp.ts) in astro.config.mjs',
    ];
  }
  if (metas.length > 1) problems.push(`${metas.length} CSP <meta> tags; the browser enforces all of them, keep one`);
  const policy = parsePolicy(metas[0] ?? '');

  for (const [name, sources] of policy) {
    for (const source of sources) {
      if (!isAllowedSource(source)) problems.push(`CSP ${name} allows ${source}; only 'self', hashes and data: images`);
    }
    if (name !== 'img-src' && sources.includes('data:')) problems.push(`CSP ${name} allows data:; only img-src may`);
  }
  if (!policy.has('default-src')) problems.push('CSP has no default-src; add "default-src \'self\'"');
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push('CSP must set "object-src \'none\'"');
  if (!policy.has('base-uri')) problems.push('CSP has no base-uri; add "base-uri \'self\'"');

  const scriptSources = new Set(effective(policy, SCRIPT_ELEM) ?? []);
  const styleSources = new Set(effective(policy, STYLE_ELEM) ?? []);
  const styleAttrSources = new Set(effective(policy, STYLE_ATTR) ?? []);

  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName;
    if (tag === 'script' && attribute(node, 'src') === undefined && isExecutable(attribute(node, 'type'))) {
      const hash = cspHash(textOf(node));
      if (!scriptSources.has(`'${hash}'`)) {
        problems.push(`inline <script> is not allowed by the CSP (its hash '${hash}' is not in script-src)`);
      }
    }
    if (tag === 'style') {
      const hash = cspHash(textOf(node));
      if (!styleSources.has(`'${hash}'`)) {
        problems.push(`inline <style> is not allowed by the CSP (its hash '${hash}' is not in style-src)`);
      }
    }
    const style = attribute(node, 'style');
    if (style !== undefined && !styleAttrSources.has("'unsafe-inline'")) {
      problems.push(
        `<${tag} style="${style}"> is blocked by the CSP; use a class or a CSS custom property set from CSS`,
      );
    }
    for (const name of Object.keys(node.properties)) {
      if (/^on[A-Z]/.test(name)) {
        problems.push(`<${tag} ${name.toLowerCase()}> is an inline event handler, which the CSP blocks`);
      }
    }
    const rels = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (tag === 'link' && rels.every((rel) => NON_FETCHING_RELS.has(rel))) return;
    for (const attr of SUBRESOURCES[tag] ?? []) {
      const value = attribute(node, attr);
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        if (isOffsite(url)) problems.push(`<${tag} ${attr}="${url}"> loads from another origin`);
      }
    }
  });
  return problems;
}
