/**
 * Reads the verbatim source file a lesson names (`sourceFile`, next to the lesson), for the
 * article-integrity check. Shared by the build (src/data/site.ts) and `npm run check:content`,
 * so both check the same text. It reads the disk, so it takes paths, not Astro entries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LessonSource } from './content-types';

/**
 * @param lessonFile the lesson's path as written in messages (relative to `root`)
 * @param sourceFile the file name its frontmatter gives
 * @param root the folder `lessonFile` is relative to (the project root)
 */
export function readLessonSource(lessonFile: string, sourceFile: string, root = process.cwd()): LessonSource {
  const folder = dirname(lessonFile);
  const file = join(folder, sourceFile);
  const absolute = resolve(root, file);
  const available = existsSync(resolve(root, folder))
    ? readdirSync(resolve(root, folder)).filter((name) => name.endsWith('.txt'))
    : [];
  return { file, text: existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined, available };
}
