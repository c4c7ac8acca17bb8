/**
 * Reads a content folder the way the site's collections do (src/content.config.ts: the same
 * folders, ids and zod schemas), without an Astro build. `npm run check:content` and the unit
 * tests use it to run the same checker as the build (src/lib/content-check.ts) in seconds.
 * Schema errors are collected, not thrown, so one run reports every problem at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { claimsFileSchema } from '../schemas/claims';
import { glossarySchema, lessonTermsSchema } from '../schemas/glossary';
import { guideSchema } from '../schemas/guide';
import { lateralFileSchema } from '../schemas/lateral';
import { lessonSchema } from '../schemas/lesson';
import { mapSchema } from '../schemas/map';
import { noteSchema } from '../schemas/note';
import { planSchema } from '../schemas/plan';
import { quizSetSchema } from '../schemas/quiz';
import { skillSchema } from '../schemas/skill';
import { sourceSchema } from '../schemas/source';
import { timelineSchema, timelineTagsFileSchema } from '../schemas/timeline';
import { mdxBodyParagraphs, mdxTermIds } from './article';
import type { ContentInput, Entry } from './content-types';
import { placeholderProblems } from './content-integrity';
import { readLessonSource } from './lesson-source';
import type { ReferenceProblem } from './references';

/**
 * Files ending in `ext` in `dir` or, when `nested`, only one level down (`timeline/<lesson>/<id>.yaml`),
 * as the collections' glob patterns in src/content.config.ts read them: a lesson's timeline tags file
 * sits beside its events' folder and is not an event. Sorted, so the order is the same everywhere.
 */
function files(dir: string, ext: string, nested: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return nested ? files(path, ext, false) : [];
      return !nested && d.name.endsWith(ext) ? [path] : [];
    })
    .sort();
}

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  return { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
}

/** A zod issue path as the checker writes fields: `questions[0].options[1].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** What {@link loadContentFolder} found: the checker's input, and the files that did not even parse. */
export interface LoadedContent {
  input: ContentInput;
  /** Files that are not valid YAML or do not match their schema; they are left out of `input`. */
  problems: ReferenceProblem[];
}

/**
 * Reads every collection under `contentDir`.
 * @param root the folder file paths in messages are relative to (the project root, as Astro reports them)
 */
export function loadContentFolder(contentDir: string, root = process.cwd()): LoadedContent {
  const problems: ReferenceProblem[] = [];
  const rel = (path: string): string => relative(root, path);

  /** Validates `data` with `schema`, recording every schema issue with file, field and value. */
  const validate = <S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> | undefined => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return result.data;
    // The entry is left out of the check, so its placeholders are reported here, all of them.
    const placeholders = placeholderProblems(file, data);
    problems.push(...placeholders);
    for (const issue of result.error.issues) {
      const field = formatPath(issue.path) || '(the whole file)';
      const input = 'input' in issue ? issue.input : undefined;
      if (placeholders.some((p) => p.field === field)) continue;
      const value = input === undefined ? 'nothing' : JSON.stringify(input);
      problems.push({
        file,
        field,
        bad: value,
        message: `${file}: ${field}: ${issue.message} (found ${value}). The field is described in src/schemas/ and docs/authoring.md.`,
      });
    }
    return undefined;
  };

  /** Reads a YAML file or a Markdown file's frontmatter; records a problem when it does not parse. */
  const read = (path: string): { data: unknown; body: string } | undefined => {
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    try {
      if (/\.ya?ml$/.test(path)) return { data: parseYaml(text), body: '' };
      const split = splitFrontmatter(text);
      if (split) return split;
      problems.push({
        file,
        field: 'frontmatter',
        bad: text.slice(0, 20),
        message: `${file}: has no frontmatter. Start the file with a line "---", the fields, and another "---".`,
      });
    } catch (error) {
      problems.push({
        file,
        field: '(YAML)',
        bad: '',
        message: `${file}: is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
      });
    }
    return undefined;
  };

  /** Loads one collection; `nested` ids keep their folder ("<lesson>/<item>"), as in src/content.config.ts. */
  const collection = <S extends z.ZodType>(
    name: string,
    ext: string,
    schema: S,
    nested: boolean,
  ): (Entry<z.output<S>> & { body: string })[] => {
    const dir = join(contentDir, name);
    return files(dir, ext, nested).flatMap((path) => {
      const raw = read(path);
      if (!raw) return [];
      const data = validate(rel(path), schema, raw.data);
      if (data === undefined) return [];
      const id = relative(dir, path).replace(/\.[^.]+$/, '');
      return [{ id: nested ? id : (id.split('/').pop() ?? id), file: rel(path), data, body: raw.body }];
    });
  };

  /** An entry without its body, for collections whose body the checker does not read. */
  const entryOnly = <T>({ id, file, data }: Entry<T>): Entry<T> => ({ id, file, data });

  const skillsFile = join(contentDir, 'skills.yaml');
  const skillsRaw = existsSync(skillsFile) ? read(skillsFile) : undefined;
  const skills = Array.isArray(skillsRaw?.data)
    ? skillsRaw.data.flatMap((s: unknown, i: number) => {
        const data = validate(`${rel(skillsFile)}[${i}]`, skillSchema, s);
        return data === undefined ? [] : [{ id: data.id, file: rel(skillsFile), data }];
      })
    : [];

  const input: ContentInput = {
    lessons: collection('lessons', '.mdx', lessonSchema, false).map(({ body, ...entry }) => ({
      ...entry,
      paragraphs: mdxBodyParagraphs(body),
      termIds: mdxTermIds(body),
      source: readLessonSource(entry.file, entry.data.sourceFile, root),
    })),
    // `<slug>.terms.yaml` beside each lesson; its id is the lesson's slug.
    lessonTerms: collection('lessons', '.terms.yaml', lessonTermsSchema, false).map((e) => ({
      ...entryOnly(e),
      id: e.id.replace(/\.terms$/, ''),
    })),
    glossary: collection('glossary', '.md', glossarySchema, false).map(entryOnly),
    sources: collection('sources', '.yaml', sourceSchema, false).map(entryOnly),
    skills,
    timeline: collection('timeline', '.yaml', timelineSchema, true).map((e) => ({
      ...entryOnly(e),
      slug: e.id.split('/').pop() ?? e.id,
    })),
    timelineTags: collection('timeline', '.yaml', timelineTagsFileSchema, false).map(entryOnly),
    notes: collection('notes', '.md', noteSchema, true).map(({ body, ...e }) => ({ ...e, termIds: mdxTermIds(body) })),
    claims: collection('claims', '.yaml', claimsFileSchema, false).map(entryOnly),
    guides: collection('guides', '.yaml', guideSchema, false).map(entryOnly),
    quizzes: collection('quizzes', '.yaml', quizSetSchema, true).map(entryOnly),
    // `<slug>.plan.yaml` beside each lesson; its id is the lesson's slug.
    plans: collection('lessons', '.plan.yaml', planSchema, false).map((e) => ({
      ...entryOnly(e),
      id: e.id.replace(/\.plan$/, ''),
    })),
    maps: collection('maps', '.yaml', mapSchema, false).map(entryOnly),
    // `<slug>.lateral.yaml` beside each lesson; its id is the lesson's slug.
    lateral: collection('lessons', '.lateral.yaml', lateralFileSchema, false).map((e) => ({
      ...entryOnly(e),
      id: e.id.replace(/\.lateral$/, ''),
    })),
  };
  return { input, problems };
}
