/**
 * Which YAML content files get a JSON Schema, from which zod schema: the list `npm run schemas`
 * writes to .vscode/schemas/ and .vscode/settings.json wires to the files. Markdown and MDX
 * frontmatter is not covered (the YAML extension only reads .yaml files); `npm run
 * check:content` checks it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { claimsFileSchema } from '../schemas/claims';
import { guideSchema } from '../schemas/guide';
import { lateralFileSchema } from '../schemas/lateral';
import { planSchema } from '../schemas/plan';
import { mapSchema } from '../schemas/map';
import { quizSetSchema } from '../schemas/quiz';
import { skillSchema } from '../schemas/skill';
import { sourceSchema } from '../schemas/source';
import { timelineSchema } from '../schemas/timeline';
import { readSchemaDocs, toJsonSchema } from './json-schemas';

/** One generated schema: its file name in .vscode/schemas/, the files it checks, and the schema. */
export interface ContentJsonSchema {
  name: string;
  /** Glob of the content files, relative to the project root. */
  files: string;
  schema: object;
}

/** Where the generated schemas are written, relative to the project root. */
export const JSON_SCHEMA_DIR = '.vscode/schemas';

/** Folders whose zod schemas carry the field comments that become descriptions. */
const SCHEMA_SOURCE_DIRS = ['src/schemas', 'src/lib/questions'];

/** Builds every content JSON Schema, reading field descriptions from src/schemas/*.ts under `root`. */
export function contentJsonSchemas(root: string): ContentJsonSchema[] {
  // Schema parts may also live with the code they belong to (question types in src/lib/questions/).
  const docs = SCHEMA_SOURCE_DIRS.flatMap((dir) => {
    const path = join(root, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => readSchemaDocs(readFileSync(join(path, f), 'utf8')));
  });
  const described = (name: string, files: string, schema: z.ZodType, what: string): ContentJsonSchema => ({
    name,
    files,
    schema: toJsonSchema(schema, docs, `${what} Generated from src/schemas/ by "npm run schemas"; do not edit.`),
  });
  return [
    described('source', 'content/sources/*.yaml', sourceSchema, 'One bibliography entry (content/sources/<id>.yaml).'),
    described(
      'timeline',
      'content/timeline/*/*.yaml',
      timelineSchema,
      'One timeline event (content/timeline/<lesson>/<id>.yaml).',
    ),
    described(
      'claims',
      'content/claims/*.yaml',
      claimsFileSchema,
      'The claims of one lesson (content/claims/<lesson>.yaml).',
    ),
    described(
      'quiz',
      'content/quizzes/*/*.yaml',
      quizSetSchema,
      'One question set of a lesson (content/quizzes/<lesson>/<id>.yaml).',
    ),
    described(
      'skills',
      'content/skills.yaml',
      z.array(skillSchema),
      'The reading skills that questions practise (content/skills.yaml).',
    ),
    described(
      'guide',
      'content/guides/*.yaml',
      guideSchema,
      'The before/after-reading guide of one lesson (content/guides/<lesson>.yaml).',
    ),
    described(
      'plan',
      'content/lessons/*.plan.yaml',
      planSchema,
      'The teacher plan and core path of one lesson (content/lessons/<lesson>.plan.yaml).',
    ),
    described(
      'map',
      'content/maps/*.yaml',
      mapSchema,
      'The map of one lesson: countries, border lengths and overlays (content/maps/<lesson>.yaml).',
    ),
    described(
      'lateral',
      'content/lessons/*.lateral.yaml',
      lateralFileSchema,
      'The lateral-reading tasks of one lesson (content/lessons/<lesson>.lateral.yaml).',
    ),
  ];
}

/** The text of a generated schema file: stable, so regenerating unchanged schemas changes nothing. */
export function jsonSchemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The `yaml.schemas` setting for .vscode/settings.json: schema file → the content files it checks. */
export function yamlSchemasSetting(schemas: readonly ContentJsonSchema[]): Record<string, string> {
  return Object.fromEntries(schemas.map((s) => [`./${JSON_SCHEMA_DIR}/${s.name}.schema.json`, s.files]));
}
