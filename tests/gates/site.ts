/**
 * Reading a built site for the quality gates: which pages exist (discovered, never listed by
 * hand, so new pages are gated the moment they are built) and what they contain.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseBase, pageUrl } from '../../src/lib/links';

/** The built site under test: $GLOSS_DIST, as for the build and the browser tests, else `dist`. */
export const DIST = resolve(process.env['GLOSS_DIST'] ?? 'dist');

/** The base path the site was built for ($BASE_PATH, as in astro.config.mjs). */
export const BASE = normaliseBase(process.env['BASE_PATH'] ?? '/');

/** Every file under `root`, relative to it, with `/` separators, sorted. */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** Every built HTML page under `root`, relative to it (`index.html`, `lessons/x/index.html`, …). */
export function listPages(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith('.html'));
}

/** A built page's path and the URL path it is served at. */
export interface BuiltPage {
  /** Path relative to the site root, e.g. `lessons/x/index.html`. */
  file: string;
  /** URL path under the base, e.g. `/lessons/x/`. */
  url: string;
}

/** Every built page of $GLOSS_DIST with its URL. */
export function builtPages(root = DIST, base = BASE): BuiltPage[] {
  return listPages(root).map((file) => ({ file, url: pageUrl(file, base) }));
}

/** Reads a built file as text. */
export function readBuilt(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** The lesson pages (`lessons/<slug>/index.html`), found from the build. */
export function lessonPages(root = DIST): string[] {
  return listPages(root).filter((file) => /^lessons\/[^/]+\/index\.html$/.test(file));
}
