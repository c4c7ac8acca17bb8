import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD, fromBase32, fromBase64url, normaliseBase32, toBase32, toBase64url } from '../../src/lib/codes';
import type { Answer } from '../../src/lib/quiz';
import {
  NAME_MAX,
  codeKey,
  decodeCompletion,
  encodeCompletion,
  normaliseName,
  type CodeErrorKind,
  type Completion,
} from '../../src/lib/result-code';

const KINDS: readonly CodeErrorKind[] = ['empty', 'characters', 'checksum', 'version', 'malformed'];

const index = fc.integer({ min: 0, max: 40 });
const arbAnswer: fc.Arbitrary<Answer | null> = fc.oneof(
  fc.constant(null),
  index.map((choice): Answer => ({ type: 'single', choice })),
  index.map((choice): Answer => ({ type: 'evidence', choice })),
  fc.uniqueArray(index, { maxLength: 8 }).map((choices): Answer => ({ type: 'multiple', choices })),
  fc
    .record({ value: fc.option(fc.boolean(), { nil: null }), why: fc.option(index, { nil: null }) })
    .map((x): Answer => ({ type: 'truefalse', ...x })),
  fc
    .array(fc.option(index, { nil: null }), { maxLength: 10 })
    .map((buckets): Answer => ({ type: 'categorise', buckets })),
  fc.array(index, { maxLength: 10 }).map((order): Answer => ({ type: 'order', order })),
);

const arbCompletion: fc.Arbitrary<Completion> = fc.record({
  assignment: fc.string({ unit: fc.constantFrom(...Array.from(CROCKFORD)), minLength: 8, maxLength: 8 }),
  student: fc.string({ unit: 'grapheme', maxLength: 50 }).map(normaliseName),
  attempt: fc.integer({ min: 1, max: 1000 }),
  score: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  answers: fc.array(arbAnswer, { maxLength: 30 }),
});

const sample: Completion = {
  assignment: 'K3M9QX2A',
  student: 'Ana María',
  attempt: 1,
  score: 2.5,
  answers: [
    { type: 'single', choice: 2 },
    { type: 'truefalse', value: false, why: 1 },
    { type: 'multiple', choices: [0, 3] },
    null,
  ],
};

describe('byte helpers', () => {
  it('round-trip base64url and base32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
        expect(fromBase32(toBase32(bytes))).toEqual(bytes);
      }),
    );
  });

  it('read base32 the forgiving way: case, dashes, spaces and look-alike letters', () => {
    expect(normaliseBase32(' k3m9-qx2a ol ')).toEqual({ clean: 'K3M9QX2A01', invalid: [] });
    expect(normaliseBase32('AB!U')).toEqual({ clean: 'AB', invalid: ['!', 'U'] });
  });
});

describe('completion codes', () => {
  it('round-trip, grouped in fours with dashes', () => {
    const code = encodeCompletion(sample);
    expect(code).toMatch(/^([0-9A-Z]{4}-)+[0-9A-Z]{1,4}$/);
    expect(decodeCompletion(code)).toEqual({ ok: true, completion: sample });
    // Pasted in lower case, without dashes, with O for 0: still the same code.
    const typed = code.toLowerCase().replace(/-/g, '').replace(/0/g, 'o');
    expect(decodeCompletion(typed)).toEqual({ ok: true, completion: sample });
    expect(codeKey(typed)).toBe(codeKey(code));
  });

  it('stay short for a short quiz', () => {
    expect(encodeCompletion(sample).replace(/-/g, '').length).toBeLessThanOrEqual(60);
  });

  it('property: every completion round-trips', () => {
    fc.assert(
      fc.property(arbCompletion, (c) => {
        expect(decodeCompletion(encodeCompletion(c))).toEqual({ ok: true, completion: c });
      }),
      { numRuns: 300 },
    );
  });

  it('property: random text never throws and always gives a typed error', () => {
    const codeish = fc.string({ unit: fc.constantFrom(...Array.from(CROCKFORD), '-'), maxLength: 120 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), codeish), (text) => {
        const result = decodeCompletion(text);
        if (result.ok) return; // 1 in 4 billion: a random string with a matching CRC
        expect(KINDS).toContain(result.error.kind);
        expect(result.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 400 },
    );
  });

  it('property: a cut or changed symbol is always caught', () => {
    fc.assert(
      fc.property(
        arbCompletion,
        fc.nat(),
        fc.constantFrom(...Array.from(CROCKFORD)),
        fc.boolean(),
        (c, pos, ch, cut) => {
          const clean = normaliseBase32(encodeCompletion(c)).clean;
          const at = pos % clean.length;
          const changed = cut ? clean.slice(0, at) : clean.slice(0, at) + ch + clean.slice(at + 1);
          fc.pre(changed !== clean);
          const result = decodeCompletion(changed);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(KINDS).toContain(result.error.kind);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: two neighbouring symbols swapped are caught', () => {
    fc.assert(
      fc.property(arbCompletion, fc.nat(), (c, pos) => {
        const clean = normaliseBase32(encodeCompletion(c)).clean;
        const at = pos % (clean.length - 1);
        const swapped = clean.slice(0, at) + (clean[at + 1] ?? '') + (clean[at] ?? '') + clean.slice(at + 2);
        fc.pre(swapped !== clean);
        expect(decodeCompletion(swapped).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('say what is wrong, in words', () => {
    const code = encodeCompletion(sample);
    expect(decodeCompletion('   ')).toMatchObject({
      ok: false,
      error: { kind: 'empty', message: 'The code is empty.' },
    });
    expect(decodeCompletion(`${code}!U`)).toMatchObject({
      ok: false,
      error: {
        kind: 'characters',
        detail: '!U',
        message:
          'This is not a completion code: it contains “!”, “U”, which codes never use. Check it for typing mistakes.',
      },
    });
    const changed = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    expect(decodeCompletion(changed)).toMatchObject({
      ok: false,
      error: {
        kind: 'checksum',
        message:
          'The code does not check out: a character is wrong, missing or extra. Copy it again from the result screen.',
      },
    });
  });

  it('keep names tidy and short', () => {
    expect(normaliseName('  Ana \n  María ')).toBe('Ana María');
    expect(normaliseName('x'.repeat(100))).toHaveLength(NAME_MAX);
    expect(normaliseName('👩‍🏫'.repeat(50))).toBe('👩‍🏫'.repeat(NAME_MAX));
    expect(normaliseName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
