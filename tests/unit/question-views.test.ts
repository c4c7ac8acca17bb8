/** Every question type has a view, and build-time code never reaches into an island. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionTypes } from '../../src/lib/questions';
import { viewTypes } from '../../src/islands/questions';

const SRC = new URL('../../src/', import.meta.url).pathname;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );

describe('question views', () => {
  it('exist for exactly the registered types', () => {
    expect([...viewTypes()].sort()).toEqual([...questionTypes].sort());
  });

  it('are never imported by build-time code (src/lib, src/data)', () => {
    const offenders = [...files(join(SRC, 'lib')), ...files(join(SRC, 'data'))].filter((file) =>
      /from ['"][./]*\/islands\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
