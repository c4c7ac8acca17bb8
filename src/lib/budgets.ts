/**
 * Byte budgets for the built site: what a page costs a reader on a slow connection, measured
 * deterministically from the files (gzip level 9, brotli quality 11) so the budgets are tests,
 * not timings. The budget numbers live in `budgets.json` at the top of the repository.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { attribute, normaliseBase, pageUrl } from './links';

/** The budgets, in bytes (see docs/quality-gates.md for how each is measured and why). */
export interface Budgets {
  /** The lesson page's HTML plus its render-blocking CSS, gzip. */
  lessonFirstPaintGzip: number;
  /** The same, brotli: the target for first paint. */
  lessonFirstPaintBrotli: number;
  /** JavaScript that runs on the lesson page before any interaction (inline and eager), gzip. */
  lessonJsBeforeInteractionGzip: number;
  /** One island's own JavaScript (its module and imports, less the shared framework), gzip. */
  islandGzip: number;
  /** The framework runtime shared by all islands (the renderer module and its imports), gzip. */
  frameworkGzip: number;
  /** Everything the lesson page can load (HTML, CSS, JS, images; not the search index), gzip. */
  lessonTotalGzip: number;
  /** The same for every other page, gzip. */
  pageTotalGzip: number;
  /**
   * The web fonts (woff2, already compressed) the lesson page downloads to show its text. A
   * reader's very first page loads none (it paints in the system faces, src/integrations/fonts.ts),
   * so this is what the lesson costs in fonts when it is opened after that: on a first visit to the
   * lesson itself, its second page view. Which faces a page loads depends on the text it shows, so
   * a browser test measures it (tests/e2e/every-page.spec.ts), not the static gates. The offline
   * precache downloads every face in the background; it is counted with the precache, not here.
   */
  lessonFontsFirstVisit: number;
}

/** Reads a built file by its path relative to the site root; undefined when there is none. */
export type ReadAsset = (file: string) => Uint8Array | undefined;

/** A page's static references, sorted by how they load. */
export interface PageAssets {
  /** Stylesheets that block rendering (`<link rel=stylesheet>` not limited to print). */
  blockingCss: string[];
  /** Stylesheets that do not block rendering (print-only). */
  otherCss: string[];
  /** The text of every inline script the browser runs. */
  inlineScripts: string[];
  /** Modules fetched as the page loads, whatever the reader does (`<script src>`, modulepreload). */
  eagerScripts: string[];
  /** Islands, by component module. */
  islands: { component: string; renderer: string | undefined; client: string }[];
  /** Images, icons and the manifest. */
  media: string[];
}

/** One island's measured cost. */
export interface IslandWeight {
  /** The island's component module, relative to the site root. */
  component: string;
  /** Its `client:` directive. */
  client: string;
  /** gzip bytes of the component module and its imports, less the framework's. */
  gzip: number;
  /** The files counted. */
  files: string[];
}

/** A page's measured cost. */
export interface PageWeight {
  /** The page, relative to the site root. */
  file: string;
  /** gzip bytes of the HTML. */
  htmlGzip: number;
  /** gzip bytes of the render-blocking CSS. */
  blockingCssGzip: number;
  /** HTML plus render-blocking CSS, gzip. */
  firstPaintGzip: number;
  /** HTML plus render-blocking CSS, brotli. */
  firstPaintBrotli: number;
  /** gzip bytes of the inline scripts (each compressed alone). */
  inlineJsGzip: number;
  /** Modules fetched without interaction (with their imports), relative to the site root. */
  eagerJs: string[];
  /** Inline scripts plus eager modules, gzip: the JavaScript before any interaction. */
  jsBeforeInteractionGzip: number;
  /** Each island's own code. */
  islands: IslandWeight[];
  /** The shared framework runtime's files, if the page has islands. */
  framework: string[];
  /** gzip bytes of the framework runtime. */
  frameworkGzip: number;
  /** Everything above plus other CSS and media, gzip, each file counted once. */
  totalGzip: number;
  /** References to files that are not in the build (the link gate reports them in full). */
  missing: string[];
}

/** gzip size at level 9, as a static host that pre-compresses would serve it. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** brotli size at quality 11, as a static host that pre-compresses would serve it. */
export function brotliSize(data: Uint8Array | string): number {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Script types the browser executes. */
function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** `client:` directives that load an island's code with no interaction and no scrolling. */
const EAGER_CLIENTS = new Set(['load', 'idle', 'media', 'only']);

/**
 * Resolves a URL written in a page to a built file, relative to the site root; undefined for
 * other origins and `data:` URLs.
 */
export function resolveAsset(href: string, pageFile: string, base = '/'): string | undefined {
  const root = normaliseBase(base);
  const origin = 'http://gloss.invalid';
  let url: URL;
  try {
    url = new URL(href, new URL(pageUrl(pageFile, root), origin));
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !url.pathname.startsWith(root)) return undefined;
  const rel = decodeURIComponent(url.pathname.slice(root.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** Sorts a page's references by how they load. Pure: reads only the HTML. */
export function pageAssets(tree: Root, pageFile: string, base = '/'): PageAssets {
  const assets: PageAssets = {
    blockingCss: [],
    otherCss: [],
    inlineScripts: [],
    eagerScripts: [],
    islands: [],
    media: [],
  };
  const add = (list: string[], href: string | undefined): void => {
    const file = href === undefined ? undefined : resolveAsset(href, pageFile, base);
    if (file !== undefined && !list.includes(file)) list.push(file);
  };
  visit(tree, 'element', (node: Element) => {
    const rels = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/);
    switch (node.tagName) {
      case 'link':
        if (rels.includes('stylesheet')) {
          const media = (attribute(node, 'media') ?? 'all').toLowerCase();
          const blocking = attribute(node, 'disabled') === undefined && !/^\s*print\s*$/.test(media);
          add(blocking ? assets.blockingCss : assets.otherCss, attribute(node, 'href'));
        } else if (rels.includes('modulepreload') || (rels.includes('preload') && attribute(node, 'as') === 'script')) {
          add(assets.eagerScripts, attribute(node, 'href'));
        } else if (rels.some((rel) => ['icon', 'apple-touch-icon', 'manifest'].includes(rel))) {
          add(assets.media, attribute(node, 'href'));
        }
        break;
      case 'script': {
        const src = attribute(node, 'src');
        if (src !== undefined) add(assets.eagerScripts, src);
        else if (isExecutable(attribute(node, 'type'))) assets.inlineScripts.push(textOf(node));
        break;
      }
      case 'img':
      case 'source':
      case 'video':
        add(assets.media, attribute(node, 'src'));
        add(assets.media, attribute(node, 'poster'));
        break;
      case 'astro-island': {
        const component = attribute(node, 'component-url');
        const file = component === undefined ? undefined : resolveAsset(component, pageFile, base);
        if (file === undefined || assets.islands.some((i) => i.component === file)) break;
        const renderer = attribute(node, 'renderer-url');
        assets.islands.push({
          component: file,
          renderer: renderer === undefined ? undefined : resolveAsset(renderer, pageFile, base),
          client: attribute(node, 'client') ?? 'unknown',
        });
        break;
      }
    }
  });
  return assets;
}

/** Relative module specifiers a built ES module imports statically (`import … from "./x.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    if (m[1]) found.add(m[1]);
  }
  return [...found];
}

/**
 * A module and everything it imports statically, as built files relative to the site root
 * (dynamic `import()` is left out: it loads later, on demand).
 */
export function moduleClosure(entry: string, read: ReadAsset): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const bytes = read(file);
    if (!bytes) continue;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const spec of staticImports(new TextDecoder().decode(bytes))) {
      queue.push(new URL(spec, `http://x/${dir}`).pathname.slice(1));
    }
  }
  return [...seen];
}

/**
 * Measures one built page.
 * @param pageFile the page, relative to the site root
 * @param html its HTML
 * @param read reads any other built file
 * @param base the base path the site was built for
 */
export function weighPage(pageFile: string, html: string, read: ReadAsset, base = '/'): PageWeight {
  const assets = pageAssets(fromHtml(html), pageFile, base);
  const missing: string[] = [];
  const gz = new Map<string, number>();
  const gzipOf = (file: string): number => {
    const known = gz.get(file);
    if (known !== undefined) return known;
    const bytes = read(file);
    if (!bytes) {
      if (!missing.includes(file)) missing.push(file);
      return 0;
    }
    const size = gzipSize(bytes);
    gz.set(file, size);
    return size;
  };
  const sum = (files: Iterable<string>): number => [...files].reduce((total, file) => total + gzipOf(file), 0);

  const htmlGzip = gzipSize(html);
  const blockingCssGzip = sum(assets.blockingCss);
  const blockingCssBrotli = assets.blockingCss.reduce((total, file) => {
    const bytes = read(file);
    return total + (bytes ? brotliSize(bytes) : 0);
  }, 0);

  const eager = new Set<string>();
  for (const script of assets.eagerScripts) for (const file of moduleClosure(script, read)) eager.add(file);

  const framework = new Set<string>();
  for (const island of assets.islands) {
    if (island.renderer) for (const file of moduleClosure(island.renderer, read)) framework.add(file);
  }
  const islands: IslandWeight[] = assets.islands.map((island) => {
    const files = moduleClosure(island.component, read).filter((file) => !framework.has(file));
    if (EAGER_CLIENTS.has(island.client)) {
      for (const file of [...files, ...framework]) eager.add(file);
    }
    return { component: island.component, client: island.client, gzip: sum(files), files };
  });

  const inlineJsGzip = assets.inlineScripts.reduce((total, code) => total + gzipSize(code), 0);
  const everything = new Set<string>([
    ...assets.blockingCss,
    ...assets.otherCss,
    ...eager,
    ...framework,
    ...islands.flatMap((island) => island.files),
    ...assets.media,
  ]);
  return {
    file: pageFile,
    htmlGzip,
    blockingCssGzip,
    firstPaintGzip: htmlGzip + blockingCssGzip,
    firstPaintBrotli: brotliSize(html) + blockingCssBrotli,
    inlineJsGzip,
    eagerJs: [...eager],
    jsBeforeInteractionGzip: inlineJsGzip + sum(eager),
    islands,
    framework: [...framework],
    frameworkGzip: sum(framework),
    totalGzip: htmlGzip + sum(everything),
    missing,
  };
}

/** True for the lesson pages, which carry the strictest budgets. */
export function isLessonPage(file: string): boolean {
  return /^lessons\/[^/]+\/index\.html$/.test(file);
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Compares measured pages with the budgets. Returns one message per budget exceeded, naming the
 * page, the measure, the size and the budget (empty when everything fits).
 */
export function overBudget(pages: readonly PageWeight[], budgets: Budgets): string[] {
  const problems: string[] = [];
  const check = (page: string, what: string, size: number, budget: number): void => {
    if (size > budget) {
      problems.push(`${page}: ${what} is ${size} B (${kib(size)}), over its budget of ${budget} B (${kib(budget)})`);
    }
  };
  for (const page of pages) {
    if (isLessonPage(page.file)) {
      check(page.file, 'HTML + render-blocking CSS (gzip)', page.firstPaintGzip, budgets.lessonFirstPaintGzip);
      check(page.file, 'HTML + render-blocking CSS (brotli)', page.firstPaintBrotli, budgets.lessonFirstPaintBrotli);
      check(
        page.file,
        'JavaScript before interaction (gzip)',
        page.jsBeforeInteractionGzip,
        budgets.lessonJsBeforeInteractionGzip,
      );
    }
    for (const island of page.islands)
      check(page.file, `island ${island.component} (gzip)`, island.gzip, budgets.islandGzip);
    check(page.file, 'framework runtime (gzip)', page.frameworkGzip, budgets.frameworkGzip);
    const totalBudget = isLessonPage(page.file) ? budgets.lessonTotalGzip : budgets.pageTotalGzip;
    check(page.file, 'total (gzip)', page.totalGzip, totalBudget);
  }
  return problems;
}

/** The measurements as a plain-text table, one page a line, for re-tuning the budgets. */
export function formatWeights(pages: readonly PageWeight[]): string {
  const lines = pages.map(
    (p) =>
      `${p.file}: first paint ${p.firstPaintGzip} gzip / ${p.firstPaintBrotli} br; JS before interaction ${p.jsBeforeInteractionGzip}; ` +
      `framework ${p.frameworkGzip}; total ${p.totalGzip}` +
      p.islands.map((i) => `; island ${i.component} (${i.client}) ${i.gzip}`).join(''),
  );
  return ['Page weights in bytes (gzip unless marked br):', ...lines].join('\n');
}
