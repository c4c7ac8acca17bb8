/**
 * JSON Schemas for the YAML content files, made from the zod schemas in src/schemas/, so an
 * editor (VS Code with the Red Hat YAML extension, .vscode/settings.json) checks a file as it is
 * typed and shows each field's description on hover. The descriptions are the JSDoc comments on
 * the schema fields: they stay written once, next to the field, and reach the editor from there.
 * `npm run schemas` writes the files; a unit test fails when they are out of date.
 */
import ts from 'typescript';
import { z } from 'zod';

/** The JSDoc comments of one `z.object({ … })` literal: field name → description. */
interface ObjectDocs {
  keys: string;
  docs: Map<string, string>;
  /**
   * Whether the literal spreads in fields this file cannot see (a question module's `...base`,
   * handed in as a parameter): then `keys` holds only its own fields, and it is matched to a zod
   * object that has all of them, with the spread fields described by the literal they come from.
   */
  partial: boolean;
}

/** A JSDoc block's text without its comment markers, lines joined by spaces. */
function docText(comment: string): string {
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** The last JSDoc block right before `node`, if any. */
function jsdocOf(node: ts.Node, text: string): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).pop();
  return last === undefined ? undefined : docText(text.slice(last.pos, last.end));
}

/** Descriptions found in one schema source file: per object literal, and per exported schema. */
export interface SchemaDocs {
  objects: ObjectDocs[];
  /** Exported constant name → its JSDoc ("One timeline event (…)"). */
  exports: Map<string, string>;
}

/** Reads the JSDoc of every field of every object literal, and of every exported constant. */
export function readSchemaDocs(sourceText: string): SchemaDocs {
  const file = ts.createSourceFile('schema.ts', sourceText, ts.ScriptTarget.Latest, true);
  const objects: ObjectDocs[] = [];
  const exports = new Map<string, string>();
  /** Object literals held in constants, for fields spread into a schema (`...baseQuestion`). */
  const named = new Map<string, { keys: string[]; docs: Map<string, string> }>();
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const docs = new Map<string, string>();
      const keys: string[] = [];
      let partial = false;
      for (const property of node.properties) {
        if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
          const spread = named.get(property.expression.text);
          if (spread === undefined) partial = true;
          keys.push(...(spread?.keys ?? []));
          for (const [key, doc] of spread?.docs ?? []) docs.set(key, doc);
          continue;
        }
        // `paragraph,` (a schema handed in by name) is a field like `paragraph: paragraph`.
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const key = property.name.getText(file).replace(/^['"]|['"]$/g, '');
        keys.push(key);
        const doc = jsdocOf(property, sourceText);
        if (doc !== undefined) docs.set(key, doc);
      }
      if (docs.size > 0) objects.push({ keys: [...keys].sort().join(','), docs, partial });
      if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
        named.set(node.parent.name.text, { keys, docs });
      }
    }
    if (ts.isVariableStatement(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      const doc = jsdocOf(node, sourceText);
      for (const declaration of node.declarationList.declarations) {
        if (doc !== undefined && ts.isIdentifier(declaration.name)) exports.set(declaration.name.text, doc);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { objects, exports };
}

/** The descriptions of several literals, the first one's winning where two describe a field. */
function mergeDocs(parts: readonly ObjectDocs[]): Map<string, string> {
  const docs = new Map<string, string>();
  for (const part of parts) for (const [key, text] of part.docs) if (!docs.has(key)) docs.set(key, text);
  return docs;
}

/** The part of a JSON Schema node that descriptions are written into. */
interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  [key: string]: unknown;
}

/**
 * The JSON Schema of `schema`, as authors write it (zod's input side: fields with defaults are
 * optional), with every field described from `docs`.
 * @param description what the file is, for the schema's own description
 */
export function toJsonSchema(schema: z.ZodType, docs: readonly SchemaDocs[], description: string): object {
  const objects = docs.flatMap((d) => d.objects);
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // Draft 7 is what every version of the Red Hat YAML extension reads.
    target: 'draft-7',
    // Refinements (a glossary entry's word limit) cannot be written in JSON Schema; the build checks them.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type !== 'object' || !('shape' in def)) return;
      const shapeKeys = Object.keys(def.shape).sort();
      const keys = shapeKeys.join(',');
      const node = jsonSchema as JsonSchemaNode;
      if (!node.properties) return;
      const exact = objects.find((o) => o.keys === keys);
      // No literal with exactly these fields: a partial literal (its own fields, the rest spread in
      // from elsewhere) plus the literals whose fields it spreads, the larger ones first.
      const within = (o: ObjectDocs): boolean => o.keys.split(',').every((k) => shapeKeys.includes(k));
      const parts = objects.filter(within).sort((a, b) => b.docs.size - a.docs.size);
      const found = exact ?? (parts.some((o) => o.partial) ? { docs: mergeDocs(parts) } : undefined);
      if (!found) return;
      for (const [key, text] of found.docs) {
        const property = node.properties[key];
        if (property) property.description = text;
      }
    },
  }) as JsonSchemaNode;
  return { ...json, description };
}
