import { loadContentFolder } from '../../src/lib/content-files';
import type { ContentInput } from '../../src/lib/content-types';

/** Project root, for file paths in messages (matches what Astro reports). */
const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Reads a content folder the way the site's collections do, validating with the same zod
 * schemas (src/lib/content-files.ts, which `npm run check:content` uses too), so content rules
 * can be unit-tested without an Astro build. A schema error throws, naming every problem.
 */
export function loadContent(contentDir: string): ContentInput {
  const { input, problems } = loadContentFolder(contentDir, ROOT);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  return input;
}
