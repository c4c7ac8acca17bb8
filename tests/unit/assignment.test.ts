import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTEMPTS_MAX,
  CLASS_MAX,
  TITLE_MAX,
  assignedQuestionIds,
  assignmentProblems,
  decodeAssignment,
  encodeAssignment,
  isIsoDate,
  type Assignment,
  type LinkErrorKind,
} from '../../src/lib/assignment';
import { CROCKFORD, crc32, toBase32, toBase64url, uint32Bytes, utf8 } from '../../src/lib/codes';
import { INDEX, LESSON } from '../helpers/teach';

const lesson = INDEX.lessons.find((l) => l.id === LESSON);
const sets = lesson?.sets ?? [];
const firstSet = sets[0];
const lastSet = sets.at(-1);

const sample: Assignment = {
  id: 'K3M9QX2A',
  lesson: LESSON,
  sets: firstSet ? [firstSet.id] : [],
  questions: lastSet?.questions.slice(0, 2) ?? [],
  title: 'Week 3: who is speaking?',
  className: '9B',
  due: '2025-03-14',
  mode: 'assessment',
  shuffle: true,
  attempts: 2,
  showNotes: true,
  showClaims: false,
};

const KINDS: readonly LinkErrorKind[] = [
  'empty',
  'incomplete',
  'version',
  'checksum',
  'invalid',
  'unknown-lesson',
  'unknown-set',
  'unknown-question',
];

const arbDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any assignment the builder could make, with text from the whole of Unicode. */
const arbBase = fc.record({
  id: fc.string({ unit: fc.constantFrom(...Array.from(CROCKFORD)), minLength: 8, maxLength: 8 }),
  lesson: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/),
  sets: fc.array(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,6}){0,2}$/), { maxLength: 6 }),
  questions: fc.array(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,6}){0,2}$/), { minLength: 1, maxLength: 12 }),
  title: fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: TITLE_MAX })
    .filter((s) => s.length <= TITLE_MAX && s.trim() !== ''),
  className: fc.string({ unit: 'grapheme', maxLength: CLASS_MAX }).filter((s) => s.length <= CLASS_MAX),
  due: fc.option(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  mode: fc.constantFrom('practice' as const, 'assessment' as const),
  shuffle: fc.boolean(),
  attempts: fc.integer({ min: 0, max: ATTEMPTS_MAX }),
  showNotes: fc.boolean(),
  showClaims: fc.boolean(),
});
const arbAssignment: fc.Arbitrary<Assignment> = fc
  .tuple(
    arbBase,
    fc.option(arbDate, { nil: undefined }),
    fc.constantFrom(undefined, 'after' as const, 'never' as const),
    fc.boolean(),
  )
  .map(([a, from, reveal, claimSort]): Assignment => ({
    ...a,
    ...(from === undefined ? {} : { showAnswersFrom: from }),
    ...(reveal === undefined ? {} : { reveal }),
    ...(claimSort ? { claimSort } : {}),
  }));

/** Random text, and random text shaped like a link (so it gets past the first checks). */
const linkish = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .tuple(
      fc.string({
        unit: fc.constantFrom(...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
        maxLength: 160,
      }),
      fc.string({ unit: fc.constantFrom(...Array.from(CROCKFORD)), minLength: 7, maxLength: 7 }),
    )
    .map(([payload, check]) => `1.${payload}.${check}`),
);

describe('assignment links', () => {
  it('round-trip through the URL fragment', () => {
    const encoded = encodeAssignment(sample);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9A-Z]{7}$/);
    expect(decodeAssignment(encoded, INDEX)).toEqual({ ok: true, assignment: sample });
    // A whole URL, with a base path and surrounding spaces, reads the same.
    expect(decodeAssignment(`  https://school.example/gloss/assign/#${encoded}\n`, INDEX)).toEqual({
      ok: true,
      assignment: sample,
    });
  });

  it('write version 2 only for the reveal setting and the claim sort, and read both versions', () => {
    expect(encodeAssignment({ ...sample, reveal: 'now', claimSort: false })).toBe(encodeAssignment(sample));
    for (const extra of [{ reveal: 'after' }, { reveal: 'never' }, { claimSort: true }] as const) {
      const link = encodeAssignment({ ...sample, ...extra });
      expect(link).toMatch(/^2\./);
      expect(decodeAssignment(link, INDEX)).toEqual({ ok: true, assignment: { ...sample, ...extra } });
    }
    const both = { ...sample, reveal: 'after' as const, claimSort: true };
    expect(decodeAssignment(encodeAssignment(both), INDEX)).toEqual({ ok: true, assignment: both });
  });

  it('refuse version 2 flags in a version 1 link, and two reveal settings at once', () => {
    const forge = (version: number, flags: number): string => {
      const json = JSON.stringify([sample.id, LESSON, sample.sets, [], 'T', '', '', flags, 1]);
      const body = `${version}.${toBase64url(utf8(json))}`;
      return `${body}.${toBase32(Uint8Array.from(uint32Bytes(crc32(utf8(body)))))}`;
    };
    expect(decodeAssignment(forge(2, 16 | 32), INDEX)).toMatchObject({ ok: true, assignment: { reveal: 'after' } });
    expect(decodeAssignment(forge(1, 16), INDEX)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(decodeAssignment(forge(2, 32 | 64), INDEX)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: 'The link could not be read (options: two reveal settings at once).' },
    });
    expect(decodeAssignment(forge(2, 128), INDEX)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it('stay short enough to share', () => {
    expect(encodeAssignment({ ...sample, questions: [] }).length).toBeLessThan(200);
  });

  it('property: every valid assignment round-trips', () => {
    fc.assert(
      fc.property(arbAssignment, (a) => {
        expect(assignmentProblems(a)).toEqual([]);
        expect(decodeAssignment(encodeAssignment(a))).toEqual({ ok: true, assignment: a });
      }),
      { numRuns: 300 },
    );
  });

  it('property: random text never throws and always gives a typed error', () => {
    fc.assert(
      fc.property(linkish, (text) => {
        const result = decodeAssignment(text, INDEX);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(KINDS).toContain(result.error.kind);
          expect(result.error.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: any payload with valid check symbols is read safely', () => {
    const sign = (bytes: Uint8Array): string => {
      const body = `1.${toBase64url(bytes)}`;
      return `${body}.${toBase32(Uint8Array.from(uint32Bytes(crc32(utf8(body)))))}`;
    };
    const payloads = fc.oneof(
      fc.jsonValue().map((v) => utf8(JSON.stringify(v))),
      fc.uint8Array({ maxLength: 80 }),
      arbAssignment.map((a) => utf8(JSON.stringify([a.id, a.lesson, a.sets, a.questions, a.title, 99]))),
    );
    fc.assert(
      fc.property(payloads, (bytes) => {
        const result = decodeAssignment(sign(bytes), INDEX);
        if (result.ok) return;
        expect(KINDS).toContain(result.error.kind);
        expect(result.error.kind).not.toBe('checksum');
      }),
      { numRuns: 300 },
    );
  });

  it('property: a truncated link never decodes', () => {
    fc.assert(
      fc.property(arbAssignment, fc.nat(), (a, cut) => {
        const encoded = encodeAssignment(a);
        const at = cut % encoded.length;
        const result = decodeAssignment(encoded.slice(0, at));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(KINDS).toContain(result.error.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a changed character is caught, or changes nothing', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%';
    fc.assert(
      fc.property(arbAssignment, fc.nat(), fc.constantFrom(...Array.from(alphabet)), (a, pos, ch) => {
        const encoded = encodeAssignment(a);
        const at = pos % encoded.length;
        const mutated = encoded.slice(0, at) + ch + encoded.slice(at + 1);
        const result = decodeAssignment(mutated);
        // The check symbols are read case-insensitively, so "a" for "A" there is no change at all.
        if (result.ok) expect(result.assignment).toEqual(a);
        else expect(KINDS).toContain(result.error.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('say what is wrong, in words', () => {
    const encoded = encodeAssignment(sample);
    const [version = '', payload = '', check = ''] = encoded.split('.');
    const flip = (s: string, i: number): string => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const error = (text: string) => {
      const r = decodeAssignment(text, INDEX);
      return r.ok ? undefined : r.error;
    };
    expect(error('')).toMatchObject({
      kind: 'empty',
      message: 'The link has no assignment in it: the part after “#” is missing.',
    });
    expect(error(`${version}.${payload}`)).toMatchObject({
      kind: 'incomplete',
      message: 'The link is incomplete: part of it is missing, probably cut off when it was copied.',
    });
    expect(error(`${version}.${flip(payload, 10)}.${check}`)).toMatchObject({
      kind: 'checksum',
      message: 'The link was changed or cut short: its check characters do not match the rest of it.',
    });
    expect(error(`${version}.${payload.slice(0, -3)}.${check}`)?.kind).toBe('checksum');
    expect(error(`3.${payload}.${check}`)).toMatchObject({
      kind: 'version',
      detail: '3',
      message: 'The link was made by a newer version of Gloss (format 3); this site reads formats 1 to 2.',
    });
    // A version 1 link whose number is changed to 2 fails its check, as the check covers the version.
    expect(error(`2.${payload}.${check}`)?.kind).toBe('checksum');
    expect(error(encodeAssignment({ ...sample, lesson: 'no-such-lesson' }))).toMatchObject({
      kind: 'unknown-lesson',
      detail: 'no-such-lesson',
      message:
        'The link is for a lesson this site does not have (“no-such-lesson”). It may come from another copy of Gloss.',
    });
    expect(error(encodeAssignment({ ...sample, sets: ['no-such-set'] }))).toMatchObject({
      kind: 'unknown-set',
      detail: 'no-such-set',
      lesson: LESSON,
    });
    expect(error(encodeAssignment({ ...sample, questions: ['no-such-question'] }))).toMatchObject({
      kind: 'unknown-question',
      detail: 'no-such-question',
      lesson: LESSON,
      message:
        'The link names a question this lesson does not have (“no-such-question”). The lesson may have changed since the link was made.',
    });
  });

  it('reject a well-formed payload that is not an assignment, naming the field', () => {
    // Re-encode by hand with a bad field: the check symbols are right, the content is not.
    const bad = encodeAssignment({ ...sample, title: '' });
    expect(decodeAssignment(bad)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: 'title', message: 'The link could not be read (title: the title is empty).' },
    });
    const noQuestions = encodeAssignment({ ...sample, sets: [], questions: [] });
    expect(decodeAssignment(noQuestions)).toMatchObject({ ok: false, error: { kind: 'invalid', detail: 'questions' } });
    const badDate = encodeAssignment({ ...sample, due: '2025-02-30' });
    expect(decodeAssignment(badDate)).toMatchObject({ ok: false, error: { kind: 'invalid', detail: 'due date' } });
  });

  it('carry the "show answers from" date, and read links made without it the same as before', () => {
    const withDate = { ...sample, showAnswersFrom: '2025-03-21' };
    expect(decodeAssignment(encodeAssignment(withDate), INDEX)).toEqual({ ok: true, assignment: withDate });
    // Without the date the payload has its nine original fields, so the link is exactly as before.
    const [, payload = ''] = encodeAssignment(sample).split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toHaveLength(9);
    expect(decodeAssignment(encodeAssignment(sample), INDEX)).toEqual({ ok: true, assignment: sample });
    const bad = encodeAssignment({ ...sample, showAnswersFrom: '2025-13-01' });
    expect(decodeAssignment(bad)).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        detail: 'show answers from',
        message: 'The link could not be read (show answers from: expected a date like 2025-03-14).',
      },
    });
    expect(assignmentProblems({ ...sample, showAnswersFrom: 'soon' })).toEqual(['showAnswersFrom']);
  });

  it('keep text from the link as text', () => {
    const xss = { ...sample, title: '<img src=x onerror=alert(1)>', className: '"><script>alert(1)</script>' };
    const decoded = decodeAssignment(encodeAssignment(xss), INDEX);
    expect(decoded).toEqual({ ok: true, assignment: xss });
  });

  it('list the assigned questions in order, each once', () => {
    const ids = assignedQuestionIds(
      { ...sample, questions: [...(firstSet?.questions.slice(0, 1) ?? []), 'gone'] },
      INDEX,
    );
    expect(ids).toEqual(firstSet?.questions);
  });

  it('check dates and the builder’s fields', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(assignmentProblems({ ...sample, title: ' ', sets: [], questions: [], attempts: 11, id: 'short' })).toEqual([
      'id',
      'questions',
      'title',
      'attempts',
    ]);
  });
});
