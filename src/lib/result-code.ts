/**
 * The completion code: a student's result, small enough to copy into a message, that the teacher
 * pastes into the class results page. It is a receipt, not a proof: anyone who reads this file
 * can make one. Its checksum only catches copying mistakes.
 *
 * Format 2 (written now), base64url without padding, case-sensitive, no dashes:
 * 1. a format byte: 2 for a plain body, 3 for a body compressed with raw deflate (whichever is
 *    shorter is written); 4 and 5 the same for a body that ends with the claim sort (below), so a
 *    copy of Gloss that does not know the claim sort says so instead of misreading it;
 * 2. the body, plain or deflated (below);
 * 3. the CRC-32 of the format byte and the bytes as sent (4 bytes), so a changed character is
 *    caught before anything is inflated.
 *
 * The body: the assignment id (8 base32 symbols packed into 5 bytes); varints: the attempt number,
 * the total score × 100, the submission time on the student's clock (minutes since
 * {@link TIME_EPOCH} + 1, or 0 for none), the name's byte length, then the name (UTF-8); a varint
 * count of answers, then each answer: a type tag (0 none, else the type's `tag`: 1 single,
 * 2 multiple, 3 true/false, 4 categorise, 5 order, 6 evidence) and the bytes its module writes
 * (`src/lib/questions/<type>.ts`, `encode`): indices as varints, with `null` stored as 0 and every
 * index as index + 1 where a null is possible. Formats 4 and 5 then add the "Check it yourself"
 * claim sort: a varint count of claims and one byte per claim, in the key's order, saying for each
 * of its four questions whether the student agreed with Gloss's key (`src/lib/claim-agreement.ts`).
 *
 * Format 1 (older codes, still read): Crockford base32 in dash-separated groups of four, of the
 * bytes `1`, the body without the time, and the CRC-32 of both. Its first symbol is always `0`,
 * and a format 2 code's always `A`, so the first symbol tells them apart.
 */
import { moduleByTag, moduleFor, type Answer } from './questions';
import {
  ByteReader,
  crc32,
  fromBase32,
  fromBase64url,
  fromUtf8,
  normaliseBase32,
  pushVarint,
  toBase32,
  toBase64url,
  uint32Bytes,
  utf8,
  type DecodeError,
} from './codes';

/** The code format this module writes (its format byte is this, or this + 1 when deflated). */
export const CODE_VERSION = 2;
/** The format byte of a deflated format-2 code. */
const DEFLATED = 3;
/** The format byte of a plain code with the claim sort. */
const WITH_CLAIMS = 4;
/** The format byte of a deflated code with the claim sort (the highest this code reads). */
const WITH_CLAIMS_DEFLATED = 5;
/** The first format, Crockford base32; still read. */
const LEGACY_VERSION = 1;
/** Submission times count minutes from here (a recent start keeps the varint at 3 bytes). */
export const TIME_EPOCH = Date.UTC(2024, 0, 1);
/**
 * Longest format 2 code read, in characters (a code for 255 answers is far shorter): a pasted
 * novel is not inflated, so a crafted one cannot fill the memory.
 */
const TEXT_MAX = 8000;
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
  /**
   * When the attempt was finished, by the student's device clock, to the minute (ISO 8601 in UTC);
   * absent in format 1 codes. A student can set their clock: it is a claim, not a timestamp.
   */
  submitted?: string | undefined;
  /** One answer per assigned question, in the assignment's order; null when not answered. */
  answers: (Answer | null)[];
  /**
   * When the assignment has the claim sort: one agreement byte per claim, in the key's order
   * (`agreementBytes` in `src/lib/claim-agreement.ts`); absent otherwise.
   */
  claims?: number[] | undefined;
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
 * A name as it is stored and read: compatibility-normalised (NFKC: a full-width “＝” or “Ａ” becomes
 * “=” or “A”), every run of white space (tabs, line feeds, non-breaking and other Unicode spaces)
 * made one space, other control characters dropped, trimmed, and at most {@link NAME_MAX}
 * characters as a reader counts them (an emoji or an accented letter is one, however many code
 * points it takes). Applied when a code is written and again when one is read, so a hand-made code
 * cannot smuggle a line break or a disguised formula into the table or the CSV.
 */
export function normaliseName(name: string): string {
  const segments = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(
    name
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .replace(/\p{Cc}/gu, '')
      .trim(),
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

/** Minutes since {@link TIME_EPOCH} + 1 of an ISO time, or 0 when there is none (or it is unreadable). */
function timeField(iso: string | undefined): number {
  const ms = iso === undefined ? NaN : Date.parse(iso);
  if (!Number.isFinite(ms) || ms < TIME_EPOCH) return 0;
  return Math.floor((ms - TIME_EPOCH) / 60_000) + 1;
}

/** The body both formats share: id, attempt, score, (format 2: time), name, answers. */
function body(c: Completion, time: boolean): number[] {
  const out: number[] = idBytes(c.assignment).slice(0, 5);
  pushVarint(out, c.attempt);
  pushVarint(out, Math.round(c.score * 100));
  if (time) pushVarint(out, timeField(c.submitted));
  const name = utf8(normaliseName(c.student));
  pushVarint(out, name.length);
  out.push(...name);
  pushVarint(out, c.answers.length);
  for (const answer of c.answers) pushAnswer(out, answer);
  // Format 1 has no claim section; format 2 writes it under its own format bytes (4, 5).
  if (time && c.claims !== undefined) {
    pushVarint(out, c.claims.length);
    for (const b of c.claims) out.push(b & 0xff);
  }
  return out;
}

/** Raw deflate, e.g. fflate's `deflateSync`; passed in so the student's page can load it on demand. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;
/**
 * Raw inflate, e.g. fflate's `inflateSync` (may throw on bad data). Passed in, not imported: this
 * module is shared with the assignment page, which never reads a code, and an import here would
 * put fflate in that page's first load.
 */
export type Inflate = (bytes: Uint8Array) => Uint8Array;

/**
 * The completion code of a finished attempt (format 2: base64url, compressed with `deflate` when
 * one is given and that is shorter). The assignment id must be 8 base32 symbols (as the builder
 * makes them). Without `deflate` the code is longer but just as valid: the assignment page passes
 * it once fflate has loaded, so the deflate code (3 KB gzip) is not part of the island's own
 * budget and a student never waits for it.
 */
export function encodeCompletion(c: Completion, deflate?: Deflate): string {
  const plain = Uint8Array.from(body(c, true));
  const deflated = deflate?.(plain);
  const claims = c.claims !== undefined;
  const [format, data] =
    deflated !== undefined && deflated.length < plain.length
      ? [claims ? WITH_CLAIMS_DEFLATED : DEFLATED, deflated]
      : [claims ? WITH_CLAIMS : CODE_VERSION, plain];
  const out = [format, ...data];
  out.push(...uint32Bytes(crc32(Uint8Array.from(out))));
  return toBase64url(Uint8Array.from(out));
}

/**
 * A format 1 code (base32, in groups of four), as Gloss wrote them before format 2. Kept so the
 * tests can prove such codes still read, and to measure the two formats side by side.
 */
export function encodeLegacyCompletion(c: Completion): string {
  const out = [LEGACY_VERSION, ...body(c, false)];
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

const CHECKSUM_MESSAGE =
  'The code does not check out: a character is wrong, missing or extra. Copy it again from the result screen.';

/** Whether a code is in format 1 (base32): its first symbol, typed any way, is a zero. */
const isLegacy = (compact: string): boolean => /^[0oO]/.test(compact);

/**
 * Reads a completion code of either format (spaces and line breaks do not matter), with `inflate`
 * for compressed ones (without it, a compressed code is reported as unreadable). Never throws.
 */
export function decodeCompletion(input: string, inflate?: Inflate): CodeResult {
  const compact = input.replace(/\s+/g, '');
  if (compact === '') return codeFail('empty', 'The code is empty.');
  return isLegacy(compact) ? decodeLegacy(compact) : decodeCurrent(compact, inflate);
}

/** Format 2: base64url, case-sensitive. */
function decodeCurrent(text: string, inflate: Inflate | undefined): CodeResult {
  const invalid = [...new Set(Array.from(text).filter((c) => !/[A-Za-z0-9_-]/.test(c)))];
  if (invalid.length > 0) {
    const shown = invalid.map((c) => `“${c}”`).join(', ');
    return codeFail(
      'characters',
      `This is not a completion code: it contains ${shown}, which codes never use. Check it for typing mistakes.`,
      invalid.join(''),
    );
  }
  const bytes = text.length > TEXT_MAX ? undefined : fromBase64url(text);
  const sent = bytes?.slice(0, -4);
  const check = bytes?.slice(-4);
  if (!bytes || bytes.length < 6 || !sent || !check || crc32(sent) !== new DataView(check.buffer).getUint32(0)) {
    return codeFail('checksum', CHECKSUM_MESSAGE);
  }
  const format = sent[0] ?? 0;
  if (format < CODE_VERSION || format > WITH_CLAIMS_DEFLATED) return versionFail(format);
  const data = sent.slice(1);
  let plain: Uint8Array | undefined = data;
  if (format === DEFLATED || format === WITH_CLAIMS_DEFLATED) {
    try {
      plain = inflate?.(data);
    } catch {
      plain = undefined;
    }
  }
  return plain ? readBody(plain, true, format >= WITH_CLAIMS) : malformed();
}

/** Format 1: Crockford base32 (dashes, case and look-alike letters do not matter). */
function decodeLegacy(input: string): CodeResult {
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
  const sent = bytes?.slice(0, -4);
  const check = bytes?.slice(-4);
  if (!bytes || bytes.length < 10 || !sent || !check || crc32(sent) !== new DataView(check.buffer).getUint32(0)) {
    return codeFail('checksum', CHECKSUM_MESSAGE);
  }
  const version = sent[0];
  if (version !== LEGACY_VERSION) return versionFail(version);
  return readBody(sent.slice(1), false);
}

const versionFail = (version: number | undefined): CodeResult =>
  codeFail(
    'version',
    `The code was made by a different version of Gloss (format ${String(version)}); this site reads formats ${LEGACY_VERSION} to ${WITH_CLAIMS_DEFLATED}. Ask the student for the result file, or open the results page of the copy of Gloss the assignment came from.`,
    String(version),
  );

const malformed = (): CodeResult => codeFail('malformed', 'The code checks out but its contents cannot be read.');

/**
 * The body after the format byte; `time` says whether it carries a submission time (format 2),
 * `claims` whether it ends with the claim sort (formats 4 and 5).
 */
function readBody(body: Uint8Array, time: boolean, claims = false): CodeResult {
  const r = new ByteReader(body);
  const id = r.take(5);
  const attempt = r.varint();
  const score = r.varint();
  const minutes = time ? r.varint() : 0;
  const nameLength = r.varint();
  const nameBytes = nameLength === undefined ? undefined : r.take(nameLength);
  const student = nameBytes && fromUtf8(nameBytes);
  const count = r.varint();
  if (
    !id ||
    attempt === undefined ||
    score === undefined ||
    minutes === undefined ||
    student === undefined ||
    count === undefined
  ) {
    return malformed();
  }
  if (count > LIST_MAX) return malformed();
  const answers: (Answer | null)[] = [];
  for (let i = 0; i < count; i += 1) {
    const answer = readAnswer(r);
    if (answer === undefined) return malformed();
    answers.push(answer);
  }
  let agreement: number[] | undefined;
  if (claims) {
    const n = r.varint();
    const bytes = n === undefined || n > LIST_MAX ? undefined : r.take(n);
    if (!bytes) return malformed();
    agreement = [...bytes];
  }
  if (r.remaining !== 0) return malformed();
  const completion: Completion = {
    assignment: toBase32(id),
    student: normaliseName(student),
    attempt,
    score: score / 100,
    answers,
  };
  if (agreement) completion.claims = agreement;
  if (minutes > 0) completion.submitted = new Date(TIME_EPOCH + (minutes - 1) * 60_000).toISOString();
  return { ok: true, completion };
}

/**
 * A code's fingerprint for spotting duplicates: a format 2 code as it is (it is case-sensitive),
 * a format 1 code as its symbols without dashes or case.
 */
export function codeKey(input: string): string {
  const compact = input.replace(/\s+/g, '');
  return isLegacy(compact) ? normaliseBase32(compact).clean : compact;
}
