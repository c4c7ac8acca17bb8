/**
 * The completion code: a student's result, small enough to copy into a message, that the teacher
 * pastes into the class results page. It is a receipt, not a proof: anyone who reads this file
 * can make one. Its checksum only catches copying mistakes.
 *
 * Bytes (version 1), then written in Crockford base32 in groups of four with dashes:
 * 1. the format version (1);
 * 2. the assignment id: 8 base32 symbols packed into 5 bytes;
 * 3. varints: the attempt number, the total score × 100, the name's byte length, then the name
 *    (UTF-8);
 * 4. a varint count of answers, then each answer: a type tag (0 none, else the type's `tag`:
 *    1 single, 2 multiple, 3 true/false, 4 categorise, 5 order, 6 evidence) and the bytes its
 *    module writes (`src/lib/questions/<type>.ts`, `encode`): indices as varints, with `null`
 *    stored as 0 and every index as index + 1 where a null is possible;
 * 5. the CRC-32 of everything before it (4 bytes).
 */
import { moduleByTag, moduleFor, type Answer } from './questions';
import {
  ByteReader,
  crc32,
  fromBase32,
  fromUtf8,
  normaliseBase32,
  pushVarint,
  toBase32,
  uint32Bytes,
  utf8,
  type DecodeError,
} from './codes';

/** The code format this module writes. */
export const CODE_VERSION = 1;
/** Longest student name or initials, in characters. */
export const NAME_MAX = 40;
/** Symbols per dash-separated group. */
const GROUP = 4;
/** Most answers, options or items a code may hold (anything larger is garbage). */
const LIST_MAX = 255;

/** A finished attempt, as a completion code carries it. */
export interface Completion {
  /** The assignment's id. */
  assignment: string;
  /** Name or initials, as the student typed it (normalised by {@link normaliseName}). */
  student: string;
  /** Which attempt this is, from 1. */
  attempt: number;
  /** Total credit earned, rounded to hundredths. */
  score: number;
  /** One answer per assigned question, in the assignment's order; null when not answered. */
  answers: (Answer | null)[];
}

/** What can be wrong with a code. */
export type CodeErrorKind =
  'empty' | 'characters' | 'checksum' | 'version' | 'malformed' | 'other-assignment' | 'answers' | 'duplicate';

/** Why a code was not accepted; `message` is for logs and tests, `kind` and `detail` for the UI. */
export type CodeError = DecodeError<CodeErrorKind>;

/** The outcome of reading a code. */
export type CodeResult = { ok: true; completion: Completion } | { ok: false; error: CodeError };

/** The `format` field of a downloaded result file. */
export const RESULT_FILE_FORMAT = 'gloss-result';

/** A downloaded result (the student's "Download JSON"). Only `code` and `assignment` are trusted. */
export interface ResultFile {
  /** Always {@link RESULT_FILE_FORMAT}. */
  format: typeof RESULT_FILE_FORMAT;
  /** File format version. */
  version: 1;
  /** The completion code: the result itself, with its checksum. */
  code: string;
  /** The assignment link's fragment, so the results page can open the assignment from the file. */
  assignment: string;
  /** Assignment title, for people reading the file. */
  title: string;
  /** Name or initials. */
  student: string;
  /** Attempt number. */
  attempt: number;
  /** Total credit. */
  score: number;
  /** Highest possible credit. */
  max: number;
  /** When it was finished (ISO 8601). */
  completed: string;
  /** Each question with the answer in words and its credit, for people reading the file. */
  questions: { id: string; prompt: string; answer: string; score: number }[];
}

/**
 * A name as it is stored: single spaces, trimmed, at most {@link NAME_MAX} characters as a reader
 * counts them (an emoji or an accented letter is one, however many code points it takes).
 */
export function normaliseName(name: string): string {
  const segments = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(
    name.normalize('NFC').replace(/\s+/g, ' ').trim(),
  );
  return Array.from(segments, (s) => s.segment)
    .slice(0, NAME_MAX)
    .join('')
    .trim();
}

function pushAnswer(out: number[], answer: Answer | null): void {
  const module = answer === null ? undefined : moduleFor(answer.type);
  if (answer === null || module === undefined) {
    out.push(0);
    return;
  }
  out.push(module.tag);
  const list = (xs: readonly number[]): void => {
    pushVarint(out, xs.length);
    for (const x of xs) pushVarint(out, x);
  };
  module.encode(answer, {
    varint: (n) => {
      pushVarint(out, n);
    },
    byte: (n) => {
      out.push(n & 0xff);
    },
    list,
    bytes: (b) => {
      pushVarint(out, b.length);
      out.push(...b);
    },
  });
}

/** Packs 8 base32 symbols into 5 bytes. */
const idBytes = (id: string): number[] => [...(fromBase32(normaliseBase32(id).clean) ?? new Uint8Array(5))];

/**
 * The completion code of a finished attempt, grouped with dashes. The assignment id must be
 * 8 base32 symbols (as the builder makes them) and the name normalised.
 */
export function encodeCompletion(c: Completion): string {
  const out: number[] = [CODE_VERSION, ...idBytes(c.assignment).slice(0, 5)];
  pushVarint(out, c.attempt);
  pushVarint(out, Math.round(c.score * 100));
  const name = utf8(normaliseName(c.student));
  pushVarint(out, name.length);
  out.push(...name);
  pushVarint(out, c.answers.length);
  for (const answer of c.answers) pushAnswer(out, answer);
  out.push(...uint32Bytes(crc32(Uint8Array.from(out))));
  const text = toBase32(Uint8Array.from(out));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

function readList(r: ByteReader): number[] | undefined {
  const n = r.varint();
  if (n === undefined || n > LIST_MAX) return undefined;
  const xs: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const x = r.varint();
    if (x === undefined) return undefined;
    xs.push(x);
  }
  return xs;
}

function readAnswer(r: ByteReader): Answer | null | undefined {
  const tag = r.byte();
  if (tag === 0) return null;
  const module = tag === undefined ? undefined : moduleByTag(tag);
  return module?.decode({
    varint: () => r.varint(),
    byte: () => r.byte(),
    list: () => readList(r),
    bytes: () => {
      const n = r.varint();
      return n === undefined ? undefined : r.take(n);
    },
  });
}

const codeFail = (kind: CodeErrorKind, message: string, detail = ''): CodeResult => ({
  ok: false,
  error: { kind, message, detail },
});

/** Reads a completion code (dashes, spaces and case do not matter). Never throws. */
export function decodeCompletion(input: string): CodeResult {
  const { clean, invalid } = normaliseBase32(input);
  if (invalid.length > 0) {
    const shown = invalid.map((c) => `“${c}”`).join(', ');
    return codeFail(
      'characters',
      `This is not a completion code: it contains ${shown}, which codes never use. Check it for typing mistakes.`,
      invalid.join(''),
    );
  }
  if (clean === '') return codeFail('empty', 'The code is empty.');
  const bytes = fromBase32(clean);
  const body = bytes?.slice(0, -4);
  const check = bytes?.slice(-4);
  if (!bytes || bytes.length < 10 || !body || !check || crc32(body) !== new DataView(check.buffer).getUint32(0)) {
    return codeFail(
      'checksum',
      'The code does not check out: a character is wrong, missing or extra. Copy it again from the result screen.',
    );
  }
  const r = new ByteReader(body);
  const version = r.byte();
  if (version !== CODE_VERSION) {
    return codeFail(
      'version',
      `The code was made by a different version of Gloss (format ${String(version)}); this site reads format ${CODE_VERSION}.`,
      String(version),
    );
  }
  const malformed = codeFail('malformed', 'The code checks out but its contents cannot be read.');
  const id = r.take(5);
  const attempt = r.varint();
  const score = r.varint();
  const nameLength = r.varint();
  const nameBytes = nameLength === undefined ? undefined : r.take(nameLength);
  const student = nameBytes && fromUtf8(nameBytes);
  const count = r.varint();
  if (!id || attempt === undefined || score === undefined || student === undefined || count === undefined) {
    return malformed;
  }
  if (count > LIST_MAX) return malformed;
  const answers: (Answer | null)[] = [];
  for (let i = 0; i < count; i += 1) {
    const answer = readAnswer(r);
    if (answer === undefined) return malformed;
    answers.push(answer);
  }
  if (r.remaining !== 0) return malformed;
  return {
    ok: true,
    completion: { assignment: toBase32(id), student, attempt, score: score / 100, answers },
  };
}

/** A code's fingerprint for spotting duplicates: its symbols without dashes or case. */
export const codeKey = (input: string): string => normaliseBase32(input).clean;
