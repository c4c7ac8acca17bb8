import { readFileSync, readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyInlineScript } from '../../src/lib/inline-script';

const INLINE = 'src/inline';
const files = readdirSync(INLINE).filter((file) => file.endsWith('.js'));

describe('minifyInlineScript', () => {
  it('drops comments and whitespace and keeps what the script does', () => {
    const source = `// Why this adds.\n(() => {\n  /* the sum */\n  const total = [1, 2, 3].reduce((a, b) => a + b, 0);\n  globalThis.out = total;\n})();\n`;
    const code = minifyInlineScript(source, 'sum.js');
    expect(code).not.toMatch(/Why this adds|the sum|\n$/);
    expect(code.length).toBeLessThan(source.length / 2);
    const scope: { out?: number } = {};
    runInNewContext(code, scope);
    expect(scope.out).toBe(6);
  });

  it('names the file when a script does not parse', () => {
    expect(() => minifyInlineScript('(() => {', 'broken.js')).toThrow(
      /^src\/inline\/broken\.js could not be minified for inlining; fix its syntax\./,
    );
  });

  it('minifies every script in src/inline, which components inline with set:html', () => {
    expect(files.length).toBeGreaterThan(0);
    const components = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => readFileSync(`src/${file}`, 'utf8'));
    for (const file of files) {
      const source = readFileSync(`${INLINE}/${file}`, 'utf8');
      const code = minifyInlineScript(source, file);
      expect(code.length, file).toBeLessThan(source.length);
      const comments = source.split('\n').filter((line) => /^\s*\/\/\s*\S/.test(line));
      expect(comments.length, `${file} explains itself in comments`).toBeGreaterThan(0);
      for (const comment of comments) expect(code, file).not.toContain(comment.trim().slice(2).trim());
      const user = components.find((c) => c.includes(`'../inline/${file}?raw'`));
      expect(user, `a component that imports src/inline/${file}`).toMatch(/<script is:inline[^>]*set:html=\{\w+\} \/>/);
    }
  });
});
