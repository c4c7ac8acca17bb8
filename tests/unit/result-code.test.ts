import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  CROCKFORD,
  crc32,
  fromBase32,
  fromBase64url,
  normaliseBase32,
  toBase32,
  toBase64url,
  uint32Bytes,
} from '../../src/lib/codes';
import { correctAnswer, type Answer } from '../../src/lib/quiz';
import {
  NAME_MAX,
  TIME_EPOCH,
  codeKey,
  decodeCompletion as decodeWith,
  encodeCompletion as encodePlain,
  encodeLegacyCompletion,
  normaliseName,
  type CodeErrorKind,
  type Completion,
} from '../../src/lib/result-code';

import { QUESTIONS } from '../helpers/teach';

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

/** A completion as format 1 carried it: no submission time. */
const arbLegacy: fc.Arbitrary<Completion> = fc.record({
  assignment: fc.string({ unit: fc.constantFrom(...Array.from(CROCKFORD)), minLength: 8, maxLength: 8 }),
  student: fc.string({ unit: 'grapheme', maxLength: 50 }).map(normaliseName),
  attempt: fc.integer({ min: 1, max: 1000 }),
  score: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  answers: fc.array(arbAnswer, { maxLength: 30 }),
});
/** Any completion, with a submission time to the minute (what the code keeps) or none, and a claim sort or none. */
const arbCompletion: fc.Arbitrary<Completion> = fc
  .tuple(
    arbLegacy,
    fc.option(fc.integer({ min: 0, max: 60_000_000 }), { nil: undefined }),
    fc.option(fc.array(fc.integer({ min: 0, max: 170 }), { maxLength: 40 }), { nil: undefined }),
  )
  .map(([c, minutes, claims]) => ({
    ...c,
    ...(minutes === undefined ? {} : { submitted: new Date(TIME_EPOCH + minutes * 60_000).toISOString() }),
    ...(claims === undefined ? {} : { claims }),
  }));

/** Codes as the results page reads them: with fflate's inflate. */
const decodeCompletion = (text: string) => decodeWith(text, inflateSync);

/** Codes as the assignment page writes them once fflate has loaded: deflated when that is shorter. */
const encodeCompletion = (c: Completion): string => encodePlain(c, (b) => deflateSync(b, { level: 9 }));

const OPEN_ANSWER = 'I would look for a second report of the meeting from another outlet.';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const sample: Completion = {
  assignment: 'K3M9QX2A',
  student: 'Ana María',
  attempt: 1,
  score: 2.5,
  submitted: '2026-03-14T09:41:00.000Z',
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
  it('round-trip, with the submission time, as one base64url word', () => {
    const code = encodeCompletion(sample);
    expect(code).toMatch(/^A[A-Za-z0-9_-]+$/);
    expect(decodeCompletion(code)).toEqual({ ok: true, completion: sample });
    // Copied from a wrapped block: line breaks and spaces do not matter.
    const wrapped = `  ${code.slice(0, 10)}\n${code.slice(10, 20)} ${code.slice(20)}\n`;
    expect(decodeCompletion(wrapped)).toEqual({ ok: true, completion: sample });
    expect(codeKey(wrapped)).toBe(codeKey(code));
    // The time is kept to the minute; seconds are dropped.
    const late = decodeCompletion(encodeCompletion({ ...sample, submitted: '2026-03-14T09:41:59.999Z' }));
    expect(late.ok && late.completion.submitted).toBe('2026-03-14T09:41:00.000Z');
  });

  it('still read format 1 codes, typed any way', () => {
    // Format 1 had no time: the code reads without one.
    const old: Completion = { ...sample, submitted: undefined };
    const code = encodeLegacyCompletion(old);
    expect(code).toMatch(/^0([0-9A-Z]{3}-)([0-9A-Z]{4}-)*[0-9A-Z]{1,4}$/);
    expect(decodeCompletion(code)).toEqual({ ok: true, completion: old });
    // Pasted in lower case, without dashes, with O for 0: still the same code.
    const typed = code.toLowerCase().replace(/-/g, '').replace(/0/g, 'o');
    expect(decodeCompletion(typed)).toEqual({ ok: true, completion: old });
    expect(codeKey(typed)).toBe(codeKey(code));
  });

  it('read the same without compression (before fflate has loaded)', () => {
    const long: Completion = { ...sample, answers: Array.from({ length: 30 }, () => ({ type: 'single', choice: 2 })) };
    const plain = encodePlain(long);
    expect(encodeCompletion(long).length).toBeLessThan(plain.length);
    expect(decodeCompletion(plain)).toEqual({ ok: true, completion: long });
    expect(decodeCompletion(encodeCompletion(long))).toEqual({ ok: true, completion: long });
  });

  it('stay short for a short quiz', () => {
    // Four answers, a name and the time: fewer characters than format 1 needed without the time.
    expect(encodeCompletion(sample).length).toBeLessThanOrEqual(52);
  });

  it('are shorter than format 1 for every question of the lesson (the figures are in docs/result-codes.md)', () => {
    // Every question answered right; the open question with a typical one-sentence answer.
    const answers = [...QUESTIONS.values()].map((q): Answer | null =>
      q.type === 'open' ? { type: 'open', text: OPEN_ANSWER } : correctAnswer(q),
    );
    const c: Completion = { assignment: 'K3M9QX2A', student: 'Ana María', attempt: 1, score: 10, answers };
    const before = encodeLegacyCompletion(c).length;
    const after = encodeCompletion({ ...c, submitted: sample.submitted }).length;
    console.info(
      `${String(answers.length)} questions: format 1 ${String(before)} characters, format 2 ${String(after)}`,
    );
    expect(answers.length).toBeGreaterThan(10);
    expect(after).toBeLessThan(before);
    expect(after).toBeLessThan(322);
  });

  it('carry the claim sort under their own format bytes, and stay pasteable with it and three open answers', () => {
    const plain = fromBase64url(encodePlain({ ...sample, claims: [85, 0, 170] }));
    expect(plain?.[0]).toBe(4);
    expect(decodeCompletion(encodeCompletion({ ...sample, claims: [85, 0, 170] }))).toEqual({
      ok: true,
      completion: { ...sample, claims: [85, 0, 170] },
    });
    expect(fromBase64url(encodePlain(sample))?.[0]).toBe(2);
    // Three open answers as long as the lesson’s model answers, and 23 claims (the lesson has 23), each sorted.
    const open = [...QUESTIONS.values()].flatMap((q) => (q.type === 'open' ? [q] : []));
    expect(open.length).toBeGreaterThanOrEqual(3);
    const claims = Array.from({ length: 23 }, (_, i) => (i % 3 === 0 ? 0b10011001 : 0b01010101));
    const c: Completion = {
      ...sample,
      answers: open.slice(0, 3).map((q): Answer => ({ type: 'open', text: q.model })),
      claims,
    };
    const code = encodeCompletion(c);
    const chars = open
      .slice(0, 3)
      .map((q) => q.model.length)
      .reduce((a, b) => a + b, 0);
    console.info(`claim sort (23 claims) + 3 open answers of ${String(chars)} characters: ${String(code.length)}`);
    expect(decodeCompletion(code)).toEqual({ ok: true, completion: c });
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(chars);
    // Three answers of two sentences each (what a student typically writes), for the docs.
    const short = encodeCompletion({
      ...c,
      answers: [
        'I would check the claim in ¶9 about the OIC meeting first. I would search for Shoigu in Delhi in April 2023 and read two outlets.',
        'Correction: Shoigu spoke at the SCO defence ministers meeting in New Delhi, not at the OIC. TASS reported it at the time.',
        'The 2024 Crocus attack supports the warning about ISIS-K. But the 15% figure comes only from his own ministry, so it is weak.',
      ].map((text): Answer => ({ type: 'open', text })),
    });
    console.info(`claim sort (23 claims) + 3 two-sentence answers: ${String(short.length)}`);
    // Without the claims, the same answers make a code only the claim section shorter.
    expect(encodeCompletion({ ...c, claims: undefined }).length).toBeLessThan(code.length);
  });

  it('property: every completion round-trips, and so does every format 1 code', () => {
    fc.assert(
      fc.property(arbCompletion, arbLegacy, (c, old) => {
        expect(decodeCompletion(encodeCompletion(c))).toEqual({ ok: true, completion: c });
        expect(decodeCompletion(encodeLegacyCompletion(old))).toEqual({ ok: true, completion: old });
      }),
      { numRuns: 300 },
    );
  });

  it('property: a changed, cut or added character is always caught, with a readable message', () => {
    fc.assert(
      fc.property(
        arbCompletion,
        fc.nat(),
        fc.constantFrom(...Array.from(B64URL)),
        fc.constantFrom('change', 'cut', 'add'),
        (c, pos, ch, how) => {
          const code = encodeCompletion(c);
          const at = pos % code.length;
          const changed =
            how === 'cut'
              ? code.slice(0, at) + code.slice(at + 1)
              : code.slice(0, at) + ch + code.slice(how === 'add' ? at : at + 1);
          fc.pre(changed !== code);
          const result = decodeCompletion(changed);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(KINDS).toContain(result.error.kind);
            expect(result.error.message).toMatch(/code.{20,}/);
          }
        },
      ),
      { numRuns: 400 },
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

  it('property: a cut or changed symbol of a format 1 code is always caught', () => {
    fc.assert(
      fc.property(arbLegacy, fc.nat(), fc.constantFrom(...Array.from(CROCKFORD)), fc.boolean(), (c, pos, ch, cut) => {
        const clean = normaliseBase32(encodeLegacyCompletion(c)).clean;
        const at = pos % clean.length;
        const changed = cut ? clean.slice(0, at) : clean.slice(0, at) + ch + clean.slice(at + 1);
        fc.pre(changed !== clean);
        const result = decodeCompletion(changed);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(KINDS).toContain(result.error.kind);
      }),
      { numRuns: 400 },
    );
  });

  it('property: two neighbouring symbols swapped are caught', () => {
    fc.assert(
      fc.property(arbCompletion, fc.nat(), (c, pos) => {
        const clean = encodeCompletion(c);
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
    expect(decodeCompletion(`${code}!*`)).toMatchObject({
      ok: false,
      error: {
        kind: 'characters',
        detail: '!*',
        message:
          'This is not a completion code: it contains “!”, “*”, which codes never use. Check it for typing mistakes.',
      },
    });
    expect(decodeCompletion(`${encodeLegacyCompletion(sample)}!U`)).toMatchObject({
      ok: false,
      error: { kind: 'characters', detail: '!U' },
    });
    // A well-formed code with a format byte this site does not know.
    const future = [9, 1, 2, 3];
    const bytes = Uint8Array.from([...future, ...uint32Bytes(crc32(Uint8Array.from(future)))]);
    expect(decodeCompletion(toBase64url(bytes))).toEqual({
      ok: false,
      error: {
        kind: 'version',
        detail: '9',
        message:
          'The code was made by a different version of Gloss (format 9); this site reads formats 1 to 5. Ask the student for the result file, or open the results page of the copy of Gloss the assignment came from.',
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

  it('normalise the name when a code is read, even in a code made by hand', () => {
    // A format 2 code written byte by byte, its name not normalised: NBSP, line feed, full-width ＝, a bell.
    const name = Array.from(new TextEncoder().encode('\u00a0\n＝cmd\u0007 '));
    const id = Array.from(fromBase32('K3M9QX2A') ?? []);
    const bytes = [2, ...id, 1, 0, 0, name.length, ...name, 0];
    const code = toBase64url(Uint8Array.from([...bytes, ...uint32Bytes(crc32(Uint8Array.from(bytes)))]));
    const read = decodeCompletion(code);
    expect(read.ok && read.completion.student).toBe('=cmd');
  });

  it('keep names tidy and short', () => {
    expect(normaliseName('  Ana \n  María ')).toBe('Ana María');
    expect(normaliseName('x'.repeat(100))).toHaveLength(NAME_MAX);
    expect(normaliseName('👩‍🏫'.repeat(50))).toBe('👩‍🏫'.repeat(NAME_MAX));
    expect(normaliseName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
