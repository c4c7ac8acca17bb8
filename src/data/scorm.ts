/**
 * The SCO's script and style sheet, bundled at build time from the same source as the site (the
 * question registry's scoring and the islands' answer controls), so a package scores exactly as
 * Gloss does. Served as `/teach/scorm/sco.js` and `sco.css`; the builder fetches them from the
 * same origin and puts them in the zip.
 *
 * esbuild bundles them into single files, because the package may load nothing from elsewhere.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** The project root: builds and tests run from it (see tests/unit/fixture-build.test.ts). */
const root = (): string => process.cwd();

/**
 * Vite's `import.meta.glob('./*.suffix', { eager: true })` (the question views' registry, in
 * src/islands/questions/index.ts) for esbuild: the call becomes an object of the matching
 * modules, imported statically. Only that form is used in the code the SCO bundles.
 */
export function eagerGlob(source: string, dir: string): string {
  let n = 0;
  const imports: string[] = [];
  const code = source.replace(
    /import\.meta\.glob(?:<[^>]*>)?\(\s*'\.\/\*([^'*/]+)'\s*,\s*\{\s*eager:\s*true\s*\}\s*\)/g,
    (_whole, suffix: string) => {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort();
      const entries = files.map((f) => {
        const name = `__glob${String(n++)}`;
        imports.push(`import * as ${name} from './${f}';`);
        return `${JSON.stringify(`./${f}`)}: ${name}`;
      });
      return `{ ${entries.join(', ')} }`;
    },
  );
  return `${imports.join('\n')}\n${code}`;
}

const globPlugin: Plugin = {
  name: 'gloss-eager-glob',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]islands[\\/].*\.tsx?$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.glob')) return undefined;
      return { contents: eagerGlob(source, dirname(path)), loader: path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

let script: Promise<string> | undefined;
let style: Promise<string> | undefined;

/** The SCO script: React, the answer controls and the SCORM runtime, in one minified file. */
export function scoScript(): Promise<string> {
  script ??= build({
    entryPoints: [join(root(), 'src/islands/scorm/main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [globPlugin],
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return script;
}

/** The SCO style sheet: the site's base and quiz styles and the SCO's own, in one file. */
export function scoStyle(): Promise<string> {
  style ??= build({
    entryPoints: [join(root(), 'src/styles/sco.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return style;
}
