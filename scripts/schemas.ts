// `npm run schemas`: writes a JSON Schema per kind of YAML content file to .vscode/schemas/, from
// the zod schemas and their field comments (src/lib/content-json-schemas.ts), and wires them to
// the content files in .vscode/settings.json (`yaml.schemas`, read by VS Code's YAML extension).
// Run it after changing a schema in src/schemas/; tests/unit/json-schemas.test.ts says when to.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  JSON_SCHEMA_DIR,
  contentJsonSchemas,
  jsonSchemaText,
  yamlSchemasSetting,
} from '../src/lib/content-json-schemas';

const root = process.cwd();
const schemas = contentJsonSchemas(root);
mkdirSync(join(root, JSON_SCHEMA_DIR), { recursive: true });
for (const s of schemas) writeFileSync(join(root, JSON_SCHEMA_DIR, `${s.name}.schema.json`), jsonSchemaText(s.schema));

// Other settings in the file are kept; only `yaml.schemas` is this script's.
const settingsFile = join(root, '.vscode/settings.json');
const settings = existsSync(settingsFile)
  ? (JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>)
  : {};
settings['yaml.schemas'] = yamlSchemasSetting(schemas);
writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`schemas: wrote ${schemas.length} JSON Schemas to ${JSON_SCHEMA_DIR}/ and .vscode/settings.json.`);
