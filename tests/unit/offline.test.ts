import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MANIFEST_ICONS,
  MAX_PRECACHE_FILE_BYTES,
  THEME_COLORS,
  buildPrecacheManifest,
  formatBytes,
  isHashed,
  isIgnored,
  normaliseBase,
  precacheUrl,
  webAppManifest,
  type SiteFile,
} from '../../src/lib/offline';

const file = (path: string, size = 100, revision: string | null = `rev-${path}`): SiteFile => ({
  path,
  size,
  revision,
});

describe('isIgnored', () => {
  it('keeps the service worker, source maps and dotfiles out of the precache', () => {
    for (const path of [
      'sw.js',
      'workbox-4f2a1c.js',
      '_astro/client.abc.js.map',
      '.DS_Store',
      'lessons/.hidden',
      'Thumbs.db',
    ]) {
      expect(isIgnored(path), path).toBe(true);
    }
  });
  it('precaches pages, assets, the manifest and the whole Pagefind bundle', () => {
    for (const path of [
      'index.html',
      '404.html',
      'lessons/x/index.html',
      '_astro/Base.DHoK_-Ad.css',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/fragment/en_53ae379.pf_fragment',
      'pagefind/index/en_c28f5c8.pf_index',
      'lessons/sw.js/index.html',
      'lessons/x/exports/check-claims.qti.zip',
      'lessons/x/exports/check-claims.gift',
    ]) {
      expect(isIgnored(path), path).toBe(false);
    }
  });
});

describe('isHashed', () => {
  it('recognises names that change with their content', () => {
    expect(isHashed('_astro/Base.DHoK_-Ad.css')).toBe(true);
    expect(isHashed('_astro/register-offline-BOoZ3bpZ.js')).toBe(true);
    expect(isHashed('pagefind/fragment/en_53ae379.pf_fragment')).toBe(true);
    expect(isHashed('pagefind/index/en_c28f5c8.pf_index')).toBe(true);
    expect(isHashed('pagefind/filter/en_1a2b3c4d.pf_filter')).toBe(true);
    expect(isHashed('pagefind/pagefind.en_c1a17bf558.pf_meta')).toBe(true);
  });
  it('treats stable names as needing a revision', () => {
    for (const path of [
      'index.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'favicon.svg',
    ]) {
      expect(isHashed(path), path).toBe(false);
    }
  });
});

describe('normaliseBase and precacheUrl', () => {
  it('normalises base paths, with "" and "./" meaning relative to the worker', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/gloss')).toBe('/gloss/');
    expect(normaliseBase('gloss/')).toBe('/gloss/');
    expect(normaliseBase('')).toBe('');
    expect(normaliseBase('./')).toBe('');
  });
  it('maps file paths to URLs under the base', () => {
    expect(precacheUrl('index.html', '/')).toBe('/index.html');
    expect(precacheUrl('lessons/x/index.html', '/gloss/')).toBe('/gloss/lessons/x/index.html');
    expect(precacheUrl('lessons/x/index.html', './')).toBe('lessons/x/index.html');
    expect(precacheUrl('./_astro/a.css', '/')).toBe('/_astro/a.css');
  });
  it('uses Windows separators as "/" and percent-encodes each segment', () => {
    expect(precacheUrl('lessons\\x\\index.html', '/')).toBe('/lessons/x/index.html');
    expect(precacheUrl('images/café photo.png', '/')).toBe('/images/caf%C3%A9%20photo.png');
  });
});

describe('buildPrecacheManifest', () => {
  const files = [
    file('lessons/x/index.html', 2000),
    file('index.html', 1000),
    file('sw.js', 500),
    file('_astro/Base.DHoK_-Ad.css', 300, 'abc'),
    file('pagefind/fragment/en_53ae379.pf_fragment', 50, 'def'),
    file('pagefind/pagefind.js', 40),
  ];

  it('lists every page and asset but the worker, sorted, with revisions only where names are stable', () => {
    const { entries, warnings, totalBytes } = buildPrecacheManifest(files, { base: '/gloss/' });
    expect(entries).toEqual([
      { url: '/gloss/_astro/Base.DHoK_-Ad.css', revision: null, size: 300 },
      { url: '/gloss/index.html', revision: 'rev-index.html', size: 1000 },
      { url: '/gloss/lessons/x/index.html', revision: 'rev-lessons/x/index.html', size: 2000 },
      { url: '/gloss/pagefind/fragment/en_53ae379.pf_fragment', revision: null, size: 50 },
      { url: '/gloss/pagefind/pagefind.js', revision: 'rev-pagefind/pagefind.js', size: 40 },
    ]);
    expect(warnings).toEqual([]);
    expect(totalBytes).toBe(3390);
  });

  it('writes URLs relative to the worker for the export bundle', () => {
    const { entries } = buildPrecacheManifest([file('index.html'), file('lessons/x/index.html')], { base: './' });
    expect(entries.map((e) => e.url)).toEqual(['index.html', 'lessons/x/index.html']);
  });

  it('leaves out files over the size limit and says which, how big and how to fix it', () => {
    const { entries, warnings } = buildPrecacheManifest(
      [file('index.html', 10), file('media/talk.mp4', 3 * 1024 * 1024)],
      {
        base: '/',
        maxFileBytes: 1024 * 1024,
      },
    );
    expect(entries.map((e) => e.url)).toEqual(['/index.html']);
    expect(warnings).toEqual([
      'offline: media/talk.mp4 is 3.0 MB, over the 1.0 MB precache limit, so it will not be available offline. ' +
        'Make the file smaller, or raise MAX_PRECACHE_FILE_BYTES in src/lib/offline.ts.',
    ]);
  });

  it('has a default limit big enough for Pagefind and lesson photos', () => {
    expect(MAX_PRECACHE_FILE_BYTES).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const { entries } = buildPrecacheManifest([file('pagefind/wasm.en.pagefind', 2 * 1024 * 1024)], { base: '/' });
    expect(entries).toHaveLength(1);
  });

  it('gives the same manifest whatever order the files come in', () => {
    const a = buildPrecacheManifest(files, { base: '/' });
    const b = buildPrecacheManifest([...files].reverse(), { base: '/' });
    expect(b).toEqual(a);
  });
});

describe('formatBytes', () => {
  it('formats sizes for the build log', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.0 MB');
  });
});

describe('webAppManifest', () => {
  const manifest = webAppManifest({ name: 'Gloss', shortName: 'Gloss', description: 'A reader.', lang: 'en' });

  it('uses URLs relative to the manifest, so it is right under any base path', () => {
    expect(manifest['start_url']).toBe('./');
    expect(manifest['scope']).toBe('./');
    for (const icon of MANIFEST_ICONS) expect(icon.src.startsWith('/')).toBe(false);
  });

  it('names the site and lists an SVG icon, PNG icons of 192 and 512 px and a maskable icon', () => {
    expect(manifest).toMatchObject({ name: 'Gloss', short_name: 'Gloss', display: 'standalone', lang: 'en' });
    expect(MANIFEST_ICONS.map((i) => `${i.sizes} ${i.type} ${i.purpose}`)).toEqual([
      'any image/svg+xml any',
      '192x192 image/png any',
      '512x512 image/png any',
      '512x512 image/png maskable',
    ]);
  });

  it('ships every icon it lists in public/, at the size it claims', () => {
    for (const icon of MANIFEST_ICONS) {
      const path = new URL(`../../public/${icon.src}`, import.meta.url);
      expect(existsSync(path), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const png = readFileSync(path);
        const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
        expect(size, icon.src).toBe(icon.sizes);
      }
    }
  });

  it('uses the page background colours of src/styles/global.css', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const [, light, dark] = /--gl-bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css) ?? [];
    expect(light?.toLowerCase()).toBe(THEME_COLORS.light);
    expect(dark?.toLowerCase()).toBe(THEME_COLORS.dark);
    expect(manifest['background_color']).toBe(THEME_COLORS.light);
    expect(manifest['theme_color']).toBe(THEME_COLORS.light);
  });
});
