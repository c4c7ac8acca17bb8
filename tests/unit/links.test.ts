import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  collectRefs,
  formatBrokenLinks,
  normaliseBase,
  pageUrl,
  type PageRefs,
  type SiteRefs,
} from '../../src/lib/links';
import { listFiles, listPages } from '../gates/site';

const FIXTURE = 'tests/fixtures/gates/links-site';

/** Reads a fixture site the way the gate reads dist/. */
function readSite(root: string): SiteRefs {
  const pages = new Map<string, PageRefs>();
  for (const file of listPages(root)) pages.set(file, collectRefs(readFileSync(join(root, file), 'utf8')));
  return { pages, files: new Set(listFiles(root)) };
}

/** A one-page-at-a-time site built in memory. */
function site(pages: Record<string, string>, assets: string[] = []): SiteRefs {
  const map = new Map(Object.entries(pages).map(([file, html]) => [file, collectRefs(html)] as const));
  return { pages: map, files: new Set([...map.keys(), ...assets]) };
}

describe('pageUrl', () => {
  it('maps built files to the URLs they are served at', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('lessons/x/index.html')).toBe('/lessons/x/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(pageUrl('about/index.html', '/gloss')).toBe('/gloss/about/');
  });

  it('normalises base paths', () => {
    expect(normaliseBase('gloss')).toBe('/gloss/');
    expect(normaliseBase('/')).toBe('/');
  });
});

describe('collectRefs', () => {
  it('finds ids, links of every kind and same-page id references', () => {
    const refs = collectRefs(
      '<a name="old" href="/a/">x</a><h3 id="p1">1</h3><img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt="">' +
        '<astro-island component-url="/c.js" renderer-url="/r.js"></astro-island>' +
        '<button popovertarget="gl-term-tass" aria-controls="a b">t</button><label for="q">q</label>',
    );
    expect(refs.anchors).toEqual(['old', 'p1']);
    expect(refs.links.map((l) => `${l.from} ${l.href}`)).toEqual([
      'a[href] /a/',
      'img[src] /i.png',
      'img[srcset] /i.png',
      'img[srcset] /i2.png',
      'astro-island[component-url] /c.js',
      'astro-island[renderer-url] /r.js',
    ]);
    expect(refs.idrefs.map((r) => `${r.from} ${r.id}`)).toEqual([
      'button[popovertarget] gl-term-tass',
      'button[aria-controls] a',
      'button[aria-controls] b',
      'label[for] q',
    ]);
  });
});

describe('checkLinks on a fixture site with deliberately broken links', () => {
  const result = checkLinks(readSite(FIXTURE));
  const broken = formatBrokenLinks(result);

  it('reports every broken link, anchor and id reference, with the file and the href', () => {
    expect(broken).toEqual([
      'about/index.html: a[href] "demo/": no page "about/demo/index.html" in the build',
      'index.html: link[href] "/_astro/missing.css": no file "_astro/missing.css" in the build',
      'index.html: a[href] "/lessons/demo/#p9": "lessons/demo/index.html" has no element with id="p9"',
      'index.html: a[href] "/lessons/missing/": no page "lessons/missing/index.html" in the build',
      'index.html: a[href] "/about": the page exists but the link lacks its trailing slash; link to "/about/"',
      'index.html: a[href] "#nowhere": "index.html" has no element with id="nowhere"',
      'index.html: astro-island[renderer-url] "/_astro/gone.js": no file "_astro/gone.js" in the build',
      'index.html: button[popovertarget] "gl-term-missing": no element with id="gl-term-missing" on this page',
      'lessons/demo/index.html: a[href] "../../glossary/#tass": no page "glossary/index.html" in the build',
    ]);
  });

  it('does not report links that resolve, external links or mail links', () => {
    const reported = new Set(result.map((b) => b.href));
    const fine = ['/about/', '/lessons/demo/#p2', '/lessons/demo/#caf%C3%A9', '#local', '#', '#top', 'q1'];
    const ignored = ['https://example.org/', 'mailto:someone@example.org', '/_astro/a.css', '/_astro/Island.js'];
    for (const href of [...fine, ...ignored, '../lessons/demo/#p1', '../index.html'])
      expect(reported).not.toContain(href);
  });
});

describe('checkLinks under a base path', () => {
  const pages = {
    'index.html':
      '<a href="/gloss/lessons/x/#p1">ok</a><a href="/lessons/x/">outside</a><a href="lessons/x/#p2">rel</a>',
    'lessons/x/index.html': '<h3 id="p1">1</h3><a href="../../">home</a><a href="/gloss/favicon.svg">icon</a>',
  };

  it('resolves links under the base and reports links that escape it', () => {
    expect(formatBrokenLinks(checkLinks(site(pages, ['favicon.svg']), '/gloss/'))).toEqual([
      'index.html: a[href] "/lessons/x/": it points outside the base path "/gloss/"; build links with href() from src/data/paths.ts',
      'index.html: a[href] "lessons/x/#p2": "lessons/x/index.html" has no element with id="p2"',
    ]);
  });

  it('reports empty and javascript: URLs', () => {
    const result = checkLinks(site({ 'index.html': '<a href="">e</a><a href="javascript:void(0)">j</a>' }));
    expect(result.map((b) => b.reason)).toEqual([
      'the URL is empty; remove the attribute or point it at a page',
      'javascript: URLs are not allowed (the Content-Security-Policy blocks them); use a button',
    ]);
  });
});

describe('checkLinks and deferred sections', () => {
  const lesson =
    '<h3 id="p1">1</h3><section class="gl-card gl-defer" id="claims"><h2 id="claims-title">Claims</h2></section>' +
    '<h2 id="sources">Sources</h2>';

  it('reports a link that lands in or below a deferred section, on another page or the same one', () => {
    const result = checkLinks(
      site({
        'index.html': '<a href="/lessons/x/#p1">ok</a><a href="/lessons/x/#claims-title">in</a>',
        'lessons/x/index.html': `${lesson}<a href="#sources">below</a><a href="#p1">above</a>`,
      }),
    );
    expect(formatBrokenLinks(result)).toEqual([
      'index.html: a[href] "/lessons/x/#claims-title": id="claims-title" in "lessons/x/index.html" is at or below a section marked gl-defer, whose height is only known once it is drawn, so the link would land off target; take the class off the sections above it',
      'lessons/x/index.html: a[href] "#sources": id="sources" in "lessons/x/index.html" is at or below a section marked gl-defer, whose height is only known once it is drawn, so the link would land off target; take the class off the sections above it',
    ]);
  });

  it('counts the deferred section itself and everything after it, and nothing on a page without one', () => {
    expect(collectRefs(lesson).deferred).toEqual(['claims', 'claims-title', 'sources']);
    expect(collectRefs('<h2 class="gl-deferred" id="a">A</h2>').deferred).toBeUndefined();
  });
});
