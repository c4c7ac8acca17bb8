import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSourceText, type SourceText } from '../../src/lib/article';

/** Project root. */
export const ROOT = new URL('../../', import.meta.url).pathname;
/** The built site under test (matches playwright.config.ts). */
export const DIST = resolve(ROOT, process.env['GLOSS_DIST'] ?? 'dist');

/** Every lesson in the project's content, with its primary-source text. */
export function lessons(): { slug: string; source: SourceText }[] {
  const dir = join(ROOT, 'content/lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const slug = f.replace(/\.mdx$/, '');
      return { slug, source: parseSourceText(readFileSync(join(dir, `${slug}.source.txt`), 'utf8')) };
    });
}

/** URL paths of every HTML page in the built site (e.g. "/", "/about/", "/404.html"). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return walk(path);
      return d.name.endsWith('.html') ? [path] : [];
    });
  return walk(DIST)
    .map((file) => `/${relative(DIST, file)}`.replace(/index\.html$/, ''))
    .sort();
}

/** The text of each article paragraph on the page, with every reader-layer addition removed. */
export async function paragraphTexts(page: Page): Promise<string[]> {
  return page.locator('p[data-paragraph]').evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as Element;
      for (const layer of copy.querySelectorAll('[data-layer]')) layer.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    }),
  );
}
