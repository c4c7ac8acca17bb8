import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  JSON_SCHEMA_DIR,
  contentJsonSchemas,
  jsonSchemaText,
  yamlSchemasSetting,
} from '../../src/lib/content-json-schemas';
import { readSchemaDocs, toJsonSchema } from '../../src/lib/json-schemas';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Paths of every property in a JSON Schema that has no description. */
function undescribed(node: unknown, path = ''): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as Record<string, unknown>;
  const out: string[] = [];
  for (const [key, value] of Object.entries((n['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (typeof value['description'] !== 'string') out.push(`${path}.${key}`);
    out.push(...undescribed(value, `${path}.${key}`));
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
    const value = n[key];
    const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
    list.forEach((x, i) => out.push(...undescribed(x, `${path}.${key}[${i}]`)));
  }
  return out;
}

describe('field descriptions from JSDoc', () => {
  const source = `
const base = {
  /** Stable id. */
  id: z.string(),
};
/** A thing. */
export const thing = z.strictObject({
  ...base,
  /** How many,
   * at most ten. */
  count: z.number().default(1),
});`;

  it('reads every field comment, including fields spread in from a constant', () => {
    const docs = readSchemaDocs(source);
    expect(docs.exports.get('thing')).toBe('A thing.');
    const schema = z.strictObject({ id: z.string(), count: z.number().default(1) });
    expect(toJsonSchema(schema, [docs], 'A test file.')).toMatchObject({
      description: 'A test file.',
      properties: {
        id: { type: 'string', description: 'Stable id.' },
        count: { type: 'number', default: 1, description: 'How many, at most ten.' },
      },
      required: ['id'],
      additionalProperties: false,
    });
  });
});

describe('the committed editor schemas', () => {
  const schemas = contentJsonSchemas(ROOT);

  it('describe every field of every YAML content file', () => {
    for (const s of schemas) expect(undescribed(s.schema), s.name).toEqual([]);
  });

  it('are up to date with the zod schemas (run "npm run schemas" if not)', () => {
    for (const s of schemas) {
      const file = join(ROOT, JSON_SCHEMA_DIR, `${s.name}.schema.json`);
      expect(existsSync(file), `${file} is missing; run "npm run schemas"`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${file} is out of date; run "npm run schemas"`).toBe(
        jsonSchemaText(s.schema),
      );
    }
  });

  it('are wired to the content files in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(yamlSchemasSetting(schemas));
  });
});
