import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { URL_ATTRIBUTES } from '../../src/lib/links';
import { rewriteCss, rewriteHtml, rewriteSrcset, toRelativeUrl } from '../../src/lib/relative-urls';

const at = (file: string, base = '/') => ({ base, file });

describe('toRelativeUrl', () => {
  it('points directory links at index.html, relative to the page', () => {
    expect(toRelativeUrl('/', at('index.html'))).toBe('index.html');
    expect(toRelativeUrl('/about/', at('index.html'))).toBe('about/index.html');
    expect(toRelativeUrl('/', at('lessons/x/index.html'))).toBe('../../index.html');
    expect(toRelativeUrl('/glossary/', at('lessons/x/index.html'))).toBe('../../glossary/index.html');
    expect(toRelativeUrl('/lessons/x/timeline/', at('lessons/x/index.html'))).toBe('timeline/index.html');
    expect(toRelativeUrl('/lessons/x/', at('lessons/x/timeline/index.html'))).toBe('../index.html');
    expect(toRelativeUrl('/lessons/y/', at('lessons/x/index.html'))).toBe('../y/index.html');
  });

  it('keeps fragments and queries', () => {
    expect(toRelativeUrl('/glossary/#csto', at('lessons/x/index.html'))).toBe('../../glossary/index.html#csto');
    expect(toRelativeUrl('/lessons/x/#p3', at('lessons/x/index.html'))).toBe('index.html#p3');
    expect(toRelativeUrl('/search/?q=CSTO', at('about/index.html'))).toBe('../search/index.html?q=CSTO');
  });

  it('leaves directory URLs as directories when asked (served sites, assets)', () => {
    const options = { ...at('lessons/x/index.html'), indexFiles: false };
    expect(toRelativeUrl('/about/', options)).toBe('../../about/');
    expect(toRelativeUrl('/', options)).toBe('../../');
    expect(toRelativeUrl('/lessons/x/', options)).toBe('./');
    expect(toRelativeUrl('/lessons/x/#p3', options)).toBe('#p3');
    expect(toRelativeUrl('/', { ...at('index.html'), indexFiles: false })).toBe('./');
  });

  it('rewrites files, not just pages', () => {
    expect(toRelativeUrl('/_astro/Base.abc.css', at('lessons/x/index.html'))).toBe('../../_astro/Base.abc.css');
    expect(toRelativeUrl('/_astro/font.woff2', at('_astro/Base.abc.css'))).toBe('font.woff2');
    expect(toRelativeUrl('/sw.js', at('404.html'))).toBe('sw.js');
  });

  it('strips the base path the site was built for', () => {
    expect(toRelativeUrl('/gloss/about/', at('lessons/x/index.html', '/gloss/'))).toBe('../../about/index.html');
    expect(toRelativeUrl('/gloss/', at('about/index.html', '/gloss'))).toBe('../index.html');
    expect(toRelativeUrl('/gloss', at('about/index.html', '/gloss/'))).toBe('../index.html');
    expect(toRelativeUrl('/gloss#top', at('index.html', '/gloss/'))).toBe('index.html#top');
  });

  it('leaves alone anything that is not a root-relative URL under the base', () => {
    for (const url of [
      'https://example.org/a',
      '//cdn.example/x.js',
      '#p1',
      'about/',
      '../x',
      'mailto:a@b.c',
      'data:image/png;base64,AAAA',
      '',
    ]) {
      expect(toRelativeUrl(url, at('lessons/x/index.html'))).toBe(url);
    }
    expect(toRelativeUrl('/glossary/', at('index.html', '/gloss/'))).toBe('/glossary/');
    expect(toRelativeUrl('/glossy/', at('index.html', '/gloss/'))).toBe('/glossy/');
  });
});

describe('rewriteCss', () => {
  it('rewrites url() in any quoting and @import, never adding index.html', () => {
    const css = `a{background:url(/_astro/a.png)}b{background:url("/icons/b.svg")}c{src:url('/_astro/f.woff2') format("woff2")}@import "/_astro/x.css";d{background:url(data:image/png;base64,AA)}`;
    expect(rewriteCss(css, at('_astro/Base.css'))).toBe(
      `a{background:url(a.png)}b{background:url("../icons/b.svg")}c{src:url('f.woff2') format("woff2")}@import "x.css";d{background:url(data:image/png;base64,AA)}`,
    );
  });
});

describe('rewriteSrcset', () => {
  it('rewrites each candidate and keeps descriptors', () => {
    expect(rewriteSrcset('/_astro/a.png 1x, /_astro/b.png 2x', at('lessons/x/index.html'))).toBe(
      '../../_astro/a.png 1x, ../../_astro/b.png 2x',
    );
  });
});

describe('rewriteHtml', () => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/gloss/_astro/a.css"><link rel="manifest" href="/gloss/manifest.webmanifest"><script data-sw-url="/gloss/sw.js" data-register-url="/gloss/_astro/r.js" data-module="/gloss/_astro/m.js" data-base="/gloss/" data-template="/gloss/ {x}">if (a < b) x.href = "/gloss/y/";</script><style>h1{background:url(/gloss/icons/i.svg)}</style></head><body><a href="/gloss/">Home</a> <a href="/gloss/glossary/#csto">CSTO</a> <a href="https://kabulnow.com/">Source</a> <a href="#p1">¶1</a><img src="/gloss/_astro/p.webp" srcset="/gloss/_astro/p.webp 1x, /gloss/_astro/p2.webp 2x" alt="" style="background:url('/gloss/_astro/bg.png')"><astro-island component-url="/gloss/_astro/Quiz.js" renderer-url="/gloss/_astro/client.js" props="{&quot;a&quot;:[0,&quot;/gloss/x/&quot;]}"><p>Question</p></astro-island><template><a href="/gloss/about/">About</a></template><form action="/gloss/search/"><input name="q"></form></body></html>`;
  const out = rewriteHtml(page, at('lessons/x/index.html', '/gloss/'));

  it('makes links, assets, island modules and data-*-url attributes relative', () => {
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('href="../../manifest.webmanifest"');
    expect(out).toContain('data-sw-url="../../sw.js"');
    expect(out).toContain('data-register-url="../../_astro/r.js"');
    expect(out).toContain('data-module="../../_astro/m.js"');
    expect(out).toContain('<a href="../../index.html">Home</a>');
    expect(out).toContain('<a href="../../glossary/index.html#csto">CSTO</a>');
    expect(out).toContain('src="../../_astro/p.webp"');
    expect(out).toContain('srcset="../../_astro/p.webp 1x, ../../_astro/p2.webp 2x"');
    expect(out).toContain('component-url="../../_astro/Quiz.js"');
    expect(out).toContain('renderer-url="../../_astro/client.js"');
    expect(out).toContain('<a href="../../about/index.html">About</a>');
    expect(out).toContain('action="../../search/index.html"');
    expect(out).toContain('url(../../icons/i.svg)');
    expect(out).toMatch(/style="background:url\((&#x27;|')..\/..\/_astro\/bg.png(&#x27;|')\)"/);
  });

  it('leaves external links, fragments, script code, island props and other data attributes alone', () => {
    expect(out).toContain('href="https://kabulnow.com/"');
    expect(out).toContain('href="#p1"');
    expect(out).toContain('data-base="/gloss/" data-template="/gloss/ {x}"');
    expect(out).toContain('if (a < b) x.href = "/gloss/y/";');
    expect(out).toContain('/gloss/x/');
    expect(out).not.toMatch(/(href|src|action)="\/gloss\//);
  });
});

describe('rewriteHtml and the link check share one table of URL attributes', () => {
  // Every attribute the link check follows is rewritten too: one element per table entry.
  const cases = Object.entries(URL_ATTRIBUTES).flatMap(([tag, attrs]) =>
    attrs.map((attr) => ({ tag, attr, value: attr === 'srcset' ? '/gloss/a.png 1x' : '/gloss/a.png' })),
  );
  it.each(cases)('<$tag $attr> is made relative', ({ tag, attr, value }) => {
    const svg = tag === 'use' || tag === 'image';
    const element = `<${tag} ${attr}="${value}"></${tag}>`;
    const body = svg ? `<svg xmlns:xlink="http://www.w3.org/1999/xlink">${element}</svg>` : element;
    const out = rewriteHtml(
      `<!doctype html><html><head></head><body>${body}</body></html>`,
      at('x/index.html', '/gloss/'),
    );
    expect(out).not.toContain('/gloss/a.png');
    expect(out).toContain('../a.png');
  });
});

describe('rewriteHtml and the Content-Security-Policy', () => {
  const sha = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const style = 'h1{background:url(/icons/i.svg)}';
  const script = 'document.documentElement.classList.add("js")';

  it('updates the hash of an inline style it changes, and keeps script hashes', () => {
    const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${sha(script)}; style-src 'self' ${sha(style)}"><script>${script}</script><style>${style}</style></head><body></body></html>`;
    const out = rewriteHtml(page, at('about/index.html'));
    const rewritten = 'h1{background:url(../icons/i.svg)}';
    expect(out).toContain(`<style>${rewritten}</style>`);
    expect(out).toContain(sha(rewritten));
    expect(out).not.toContain(sha(style));
    expect(out).toContain(sha(script));
    expect(out).toContain(`<script>${script}</script>`);
  });
});
