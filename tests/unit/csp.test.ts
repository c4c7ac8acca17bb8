import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCsp, CSP_DIRECTIVES, cspHash, inlineBodies, parsePolicy, siteCsp } from '../../src/lib/csp';

const fixture = (name: string): string => readFileSync(`tests/fixtures/gates/${name}`, 'utf8');

describe('cspHash', () => {
  it('hashes text as the browser does (sha256, base64)', () => {
    // Known value: sha256 of the empty string.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('inlineBodies', () => {
  it('extracts is:inline scripts and styles byte for byte and skips bundled ones', () => {
    const source =
      '---\n---\n<script is:inline>\n  one();\n</script>\n<script>bundled()</script>\n<script is:inline type="module">two()</script>' +
      '<style is:inline>\n  @layer a, b;\n</style><style>.bundled{}</style>';
    expect(inlineBodies(source, 'script')).toEqual(['\n  one();\n', 'two()']);
    expect(inlineBodies(source, 'style')).toEqual(['\n  @layer a, b;\n']);
  });

  it('skips self-closing inline scripts, whose text comes from set:html', () => {
    const source = '<script is:inline set:html={code} />\n<p>x</p>\n<script is:inline>three()</script>';
    expect(inlineBodies(source, 'script')).toEqual(['three()']);
  });

  it('finds the inline style that declares the layer order in the real layout', () => {
    const bodies = inlineBodies(readFileSync('src/layouts/Base.astro', 'utf8'), 'style');
    expect(bodies.some((body) => body.includes('@layer'))).toBe(true);
  });
});

describe('siteCsp', () => {
  it('allows only this origin, wasm for search, and the given inline scripts and styles by hash', () => {
    const csp = siteCsp({ scripts: ['a()', 'a()', 'b()'], styles: ['@layer a;'] });
    expect(csp.scriptDirective).toEqual({
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: [cspHash('a()'), cspHash('b()')],
    });
    expect(csp.styleDirective).toEqual({ resources: ["'self'"], hashes: [cspHash('@layer a;')] });
    expect(csp.directives).toEqual([...CSP_DIRECTIVES]);
    expect(csp.directives.join(';')).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval'/);
  });
});

describe('parsePolicy', () => {
  it('splits directives and keeps the first of duplicates', () => {
    const policy = parsePolicy("default-src 'self';; script-src 'self' 'sha256-x'; script-src *");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-x'"]],
    ]);
  });
});

describe('auditCsp', () => {
  it('passes a page whose inline script and style are hashed and which loads only from itself', () => {
    expect(auditCsp(fixture('csp-good.html'))).toEqual([]);
  });

  it('reports every problem of a deliberately bad page', () => {
    expect(auditCsp(fixture('csp-bad.html'))).toEqual([
      "CSP script-src allows https://cdn.example.com; only 'self', hashes and data: images",
      "CSP script-src allows 'unsafe-inline'; only 'self', hashes and data: images",
      'CSP style-src allows data:; only img-src may',
      'CSP must set "object-src \'none\'"',
      'CSP has no base-uri; add "base-uri \'self\'"',
      `inline <script> is not allowed by the CSP (its hash '${cspHash("document.documentElement.classList.add('changed');")}' is not in script-src)`,
      `inline <style> is not allowed by the CSP (its hash '${cspHash('body{margin:1px}')}' is not in style-src)`,
      '<link href="https://fonts.example.com/font.css"> loads from another origin',
      '<h1 style="color: red"> is blocked by the CSP; use a class or a CSS custom property set from CSS',
      '<h1 onclick> is an inline event handler, which the CSP blocks',
      '<img src="//cdn.example.com/pixel.png"> loads from another origin',
      '<img srcset="https://cdn.example.com/b.png"> loads from another origin',
      '<script src="https://cdn.example.com/tracker.js"> loads from another origin',
    ]);
  });

  it('reports a page with no policy at all', () => {
    expect(auditCsp('<!doctype html><title>x</title><p>x</p>')).toEqual([
      'no <meta http-equiv="content-security-policy">: keep the glossCsp() integration (src/integrations/csp.ts) in astro.config.mjs',
    ]);
  });
});
