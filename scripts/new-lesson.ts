// `npm run new:lesson -- <article.txt> [--slug <id>] [--content <folder>]`: makes
// content/lessons/<slug>.mdx and <slug>.source.txt from a plain-text article (an optional
// "Photo: …" line, the headline, then the paragraphs, separated by blank lines), so the article
// is pasted once. The work is done by src/lib/new-lesson.ts; this script reads and writes files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { newLessonFromArticle } from '../src/lib/new-lesson';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    content: { type: 'string', default: process.env['GLOSS_CONTENT_DIR'] ?? 'content' },
  },
});
const [article] = positionals;
if (article === undefined || !existsSync(article)) {
  console.error(
    `new:lesson: ${article === undefined ? 'name the article file' : `there is no file "${article}"`}. ` +
      'Usage: npm run new:lesson -- path/to/article.txt [--slug lesson-id]',
  );
  process.exit(2);
}

let lesson;
try {
  lesson = newLessonFromArticle(readFileSync(article, 'utf8'), values.slug);
} catch (error) {
  console.error(`new:lesson: ${article}: ${(error as Error).message}`);
  process.exit(1);
}
const dir = join(values.content, 'lessons');
const mdxFile = join(dir, `${lesson.slug}.mdx`);
const sourceFile = join(dir, `${lesson.slug}.source.txt`);
for (const file of [mdxFile, sourceFile]) {
  if (existsSync(file)) {
    console.error(`new:lesson: ${file} already exists; nothing was written. Choose another id with --slug.`);
    process.exit(1);
  }
}
mkdirSync(dir, { recursive: true });
writeFileSync(sourceFile, lesson.sourceText);
writeFileSync(mdxFile, lesson.mdx);
console.log(`new:lesson: wrote ${sourceFile} and ${mdxFile}.
Next: fill in every "TODO" in ${mdxFile}, add the article to content/sources/, then run
"npm run check:content" until it reports no problems (docs/authoring.md, "Add a lesson").`);
// MDX reads { } < > as code and tags; an article that uses them needs them escaped by hand.
if (/[{}<>]/.test(lesson.mdx.slice(lesson.mdx.indexOf('\n---\n') + 5))) {
  console.warn(
    `new:lesson: the article contains { } < or >, which MDX reads as code or tags. Check ${mdxFile} with "npm run check:content".`,
  );
}
