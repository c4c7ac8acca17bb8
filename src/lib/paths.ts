/**
 * Joins a site-relative path to the base path the site is built for, so the same pages work
 * at `/` and under a sub-path such as `/gloss/`. Keeps fragments and queries intact.
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${rest}`;
}
