import { describe, expect, it } from 'vitest';
import {
  checkIdRefs,
  checkParagraphRefs,
  checkPassageRefs,
  ContentReferenceError,
  formatUnknownId,
} from '../../src/lib/references';
import { closestId } from '../../src/lib/suggest';

const known = new Map([['glossary', new Set(['csto', 'etim', 'imu'])]]);

describe('closestId', () => {
  it('suggests the nearest id by edit distance, ignoring case', () => {
    expect(closestId('cst', ['csto', 'etim', 'imu'])).toBe('csto');
    expect(closestId('ETIM', ['csto', 'etim', 'imu'])).toBe('etim');
    expect(closestId('x', [])).toBeUndefined();
  });
});

describe('checkIdRefs', () => {
  it('reports file, field, bad id and the nearest valid id, with locked wording', () => {
    const problems = checkIdRefs(
      [{ file: 'content/timeline/l/e.yaml', field: 'actors[1]', target: 'glossary', value: 'cstoo' }],
      known,
    );
    expect(problems).toEqual([
      {
        file: 'content/timeline/l/e.yaml',
        field: 'actors[1]',
        bad: 'cstoo',
        suggestion: 'csto',
        message: 'content/timeline/l/e.yaml: actors[1] refers to unknown glossary id "cstoo". Did you mean "csto"?',
      },
    ]);
  });

  it('accepts ids that exist', () => {
    expect(checkIdRefs([{ file: 'f', field: 'x', target: 'glossary', value: 'imu' }], known)).toEqual([]);
  });

  it('says so when the target collection is empty', () => {
    expect(formatUnknownId({ file: 'f.md', field: 'sources[0]' }, 'source', 'abc')).toBe(
      'f.md: sources[0] refers to unknown source id "abc". No source ids exist yet.',
    );
  });

  it('throws on a collection the checker does not know, naming it', () => {
    expect(() => checkIdRefs([{ file: 'f', field: 'x', target: 'nope', value: 'a' }], known)).toThrow(
      'Reference checker has no collection called "nope".',
    );
  });
});

describe('checkParagraphRefs', () => {
  it('rejects anchors beyond the lesson and suggests the nearest one', () => {
    const problems = checkParagraphRefs(
      [
        { file: 'q.yaml', field: 'questions[0] (a).paragraphs[0]', lesson: 'l', value: 14 },
        { file: 'q.yaml', field: 'after', lesson: 'l', value: 3 },
      ],
      new Map([['l', 13]]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'q.yaml: questions[0] (a).paragraphs[0] refers to paragraph anchor "p14", but lesson "l" has paragraphs p1 to p13. Did you mean "p13"?',
    ]);
  });
});

describe('checkPassageRefs', () => {
  const paragraphs = new Map([['l', ['The cat sat.', 'The dog ran “fast”.']]]);
  it('accepts passages that occur word for word', () => {
    expect(
      checkPassageRefs([{ file: 'n.md', field: 'anchor', lesson: 'l', paragraph: 2, text: 'ran “fast”' }], paragraphs),
    ).toEqual([]);
  });
  it('points to the paragraph where a misplaced passage really is', () => {
    const [problem] = checkPassageRefs(
      [{ file: 'n.md', field: 'anchor', lesson: 'l', paragraph: 1, text: 'dog ran' }],
      paragraphs,
    );
    expect(problem?.message).toBe(
      'n.md: anchor quotes "dog ran", which is not in paragraph p1 of lesson "l". It occurs in p2: did you mean paragraph 2?',
    );
  });
  it('asks for an exact copy when the passage is nowhere (straight vs curly quotes)', () => {
    const [problem] = checkPassageRefs(
      [{ file: 'n.md', field: 'anchor', lesson: 'l', paragraph: 2, text: 'ran "fast"' }],
      paragraphs,
    );
    expect(problem?.message).toBe(
      'n.md: anchor quotes "ran "fast"", which is not in paragraph p2 of lesson "l". Copy the passage character for character, including curly quotes.',
    );
  });
});

describe('ContentReferenceError', () => {
  it('lists every problem in one message', () => {
    const error = new ContentReferenceError([
      { file: 'a', field: 'b', bad: 'c', message: 'first' },
      { file: 'd', field: 'e', bad: 'f', message: 'second' },
    ]);
    expect(error.message).toBe('Gloss found 2 broken content references:\n  - first\n  - second');
  });
});
