import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { mdxBodyParagraphs, mdxTermIds } from '../../src/lib/article';
import type { ContentInput, Entry } from '../../src/lib/content-types';
import { claimsFileSchema } from '../../src/schemas/claims';
import { glossarySchema, lessonTermsSchema } from '../../src/schemas/glossary';
import { guideSchema } from '../../src/schemas/guide';
import { lessonSchema } from '../../src/schemas/lesson';
import { noteSchema } from '../../src/schemas/note';
import { quizSetSchema } from '../../src/schemas/quiz';
import { skillSchema } from '../../src/schemas/skill';
import { sourceSchema } from '../../src/schemas/source';
import { timelineSchema, timelineTagsFileSchema } from '../../src/schemas/timeline';

/** Project root, for file paths in messages (matches what Astro reports). */
const ROOT = new URL('../../', import.meta.url).pathname;

function files(dir: string, ext: string, nested: boolean): string[] {
  if (!existsSync(dir)) return [];
  // Sorted, so "the first lesson" of a fixture is the same on every file system.
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return nested ? files(path, ext, false) : [];
    return d.name.endsWith(ext) ? [path] : [];
  });
}

function frontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter');
  return { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
}

function load<S extends z.ZodType>(dir: string, path: string, schema: S, nested: boolean): Entry<z.output<S>> {
  const raw = readFileSync(path, 'utf8');
  const data: unknown = path.endsWith('.yaml') ? parseYaml(raw) : frontmatter(raw).data;
  const rel = relative(dir, path).replace(/\.[^.]+$/, '');
  return { id: nested ? rel : (rel.split('/').pop() ?? rel), file: relative(ROOT, path), data: schema.parse(data) };
}

/**
 * Reads a content folder the way the site's collections do, validating with the same zod
 * schemas, so content rules can be unit-tested without an Astro build.
 */
export function loadContent(contentDir: string): ContentInput {
  const d = (name: string): string => join(contentDir, name);
  const skillsFile = d('skills.yaml');
  const skills = existsSync(skillsFile)
    ? (parseYaml(readFileSync(skillsFile, 'utf8')) as unknown[]).map((s) => {
        const data = skillSchema.parse(s);
        return { id: data.id, file: relative(ROOT, skillsFile), data };
      })
    : [];
  return {
    lessons: files(d('lessons'), '.mdx', false).map((path) => {
      const { data, body } = frontmatter(readFileSync(path, 'utf8'));
      const id = (path.split('/').pop() ?? '').replace(/\.mdx$/, '');
      return {
        id,
        file: relative(ROOT, path),
        data: lessonSchema.parse(data),
        paragraphs: mdxBodyParagraphs(body),
        termIds: mdxTermIds(body),
      };
    }),
    glossary: files(d('glossary'), '.md', false).map((p) => load(d('glossary'), p, glossarySchema, false)),
    lessonTerms: files(d('lessons'), '.terms.yaml', false).map((p) => ({
      ...load(d('lessons'), p, lessonTermsSchema, false),
      id: (p.split('/').pop() ?? '').replace(/\.terms\.yaml$/, ''),
    })),
    sources: files(d('sources'), '.yaml', false).map((p) => load(d('sources'), p, sourceSchema, false)),
    skills,
    // Events are in a folder per lesson; the lesson's tags file sits beside that folder.
    timeline: files(d('timeline'), '.yaml', true)
      .filter((p) => relative(d('timeline'), p).includes('/'))
      .map((p) => {
        const e = load(d('timeline'), p, timelineSchema, true);
        return { ...e, slug: e.id.split('/').pop() ?? e.id };
      }),
    timelineTags: files(d('timeline'), '.yaml', false).map((p) =>
      load(d('timeline'), p, timelineTagsFileSchema, false),
    ),
    notes: files(d('notes'), '.md', true).map((p) => load(d('notes'), p, noteSchema, true)),
    claims: files(d('claims'), '.yaml', false).map((p) => load(d('claims'), p, claimsFileSchema, false)),
    guides: files(d('guides'), '.yaml', false).map((p) => load(d('guides'), p, guideSchema, false)),
    quizzes: files(d('quizzes'), '.yaml', true).map((p) => load(d('quizzes'), p, quizSetSchema, true)),
  };
}
