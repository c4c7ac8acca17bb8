import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../gates/html';

const fixture = (name: string): string => readFileSync(`tests/fixtures/gates/${name}`, 'utf8');

describe('the HTML validity gate (html-validate with .htmlvalidate.json)', () => {
  it('passes Astro-style output: void elements, islands, popovers', async () => {
    expect(await validateHtml(fixture('valid.html'), 'valid.html')).toEqual([]);
  });

  it('fails a deliberately invalid page, naming file, line, column and rule', async () => {
    const problems = await validateHtml(fixture('invalid.html'), 'invalid.html');
    const rules = new Set(problems.map((p) => p.split(' ')[1]));
    expect(rules).toEqual(
      new Set([
        'doctype-style:',
        'no-dup-id:',
        'no-implicit-button-type:',
        'wcag/h37:',
        'no-inline-style:',
        'element-permitted-content:',
      ]),
    );
    expect(problems).toContain('invalid.html:10:14 no-dup-id: Duplicate ID "dup"');
  });

  it('accepts the markup React writes when it renders an island on the server', async () => {
    const page =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>React</title></head><body><main>' +
      '<form noValidate=""><label for="a">Name <input id="a" type="text"/></label>' +
      '<button type="submit">Go</button></form></main></body></html>';
    expect(await validateHtml(page, 'react.html')).toEqual([]);
  });

  it('allows long titles (a lesson title is the article headline, word for word) but not endless ones', async () => {
    const page = (title: string): string =>
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>x</h1></main></body></html>`;
    expect(
      await validateHtml(
        page('Despite Cordial Diplomacy, Russia Worries About Threats from Afghanistan · Gloss'),
        'ok.html',
      ),
    ).toEqual([]);
    const problems = await validateHtml(page('x'.repeat(121)), 'long.html');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^long\.html:1:\d+ long-title: title text cannot be longer than 120 characters$/);
  });
});
