/**
 * The assignment link: everything a teacher chose, carried in the URL fragment of `/assign/`, so
 * no server ever stores it (and the fragment is never sent to one).
 *
 * Format (versions 1 and 2): `<version>.<payload>.<check>`
 * - `<version>` is `1`, or `2` when the link uses a flag above 8 (below): a copy of Gloss that
 *   knows only version 1 then says the link is from a newer version instead of misreading it;
 * - `<payload>` is base64url (no padding) of the UTF-8 JSON array
 *   `[id, lesson, sets, questions, title, className, due, flags, attempts, showAnswersFrom?]`,
 *   where `due` is `YYYY-MM-DD` or `""`, `flags` adds 1 for assessment mode, 2 for shuffle, 4 to
 *   show the notes and 8 to show the claims layer; version 2 adds 16 for the "Check it yourself"
 *   claim sort, 32 to reveal Gloss's notes and claims key only after the student submits and 64 to
 *   never reveal them in the assignment (neither: at once, as in version 1); the optional last `showAnswersFrom` is a
 *   `YYYY-MM-DD` date (written only when set, so links without it read the same in older copies);
 * - `<check>` is the CRC-32 of `<version>.<payload>` in Crockford base32 (7 symbols), so a changed,
 *   added or missing character is caught before the payload is even read.
 *
 * Decoding never throws: every failure is a typed {@link LinkError} with a readable message.
 */
import * as z from 'zod/mini';
import {
  crc32,
  fromBase64url,
  fromUtf8,
  normaliseBase32,
  toBase32,
  toBase64url,
  uint32Bytes,
  utf8,
  type DecodeError,
} from './codes';

/** The newest link format this code writes (and the newest it reads). */
export const LINK_VERSION = 2;
/** The first link format, still written for assignments that use none of version 2's flags. */
const LINK_VERSION_1 = 1;

/** Longest assignment title, in characters. */
export const TITLE_MAX = 100;
/** Longest class name, in characters. */
export const CLASS_MAX = 60;
/** Most attempts a teacher can allow (0 means no limit). */
export const ATTEMPTS_MAX = 10;
/** Most sets plus questions one link can name. */
export const ITEMS_MAX = 200;

/** How the student gets feedback. */
export type AssignmentMode = 'practice' | 'assessment';

/**
 * When the assignment shows Gloss's notes and claims key: at once, after the student submits
 * (in an assessment, only once the right answers may show too), or never.
 */
export type RevealSetting = 'now' | 'after' | 'never';
/** The reveal settings, in the builder's order. */
export const revealSettings = ['now', 'after', 'never'] as const;

/** An assignment, as the teacher built it. */
export interface Assignment {
  /** Random id (8 Crockford base32 symbols); completion codes carry it to match them up. */
  id: string;
  /** Lesson id. */
  lesson: string;
  /** Whole question sets chosen, by set id, in the order chosen. */
  sets: string[];
  /** Single questions chosen besides the sets, by question id. */
  questions: string[];
  /** Title shown to students (plain text). */
  title: string;
  /** Class name shown to students (plain text, may be empty). */
  className: string;
  /** Due date as `YYYY-MM-DD`, or null for none. */
  due: string | null;
  /** Practice: feedback after each question. Assessment: feedback after submitting all. */
  mode: AssignmentMode;
  /** Whether each student gets the questions in their own order. */
  shuffle: boolean;
  /** Attempts allowed; 0 means no limit. */
  attempts: number;
  /** Whether the lesson link opens with the margin notes shown. */
  showNotes: boolean;
  /** Whether the lesson link opens with the claims layer shown. */
  showClaims: boolean;
  /**
   * Assessment mode: from this date (`YYYY-MM-DD`, on the student's device) the right answers and
   * explanations show even with attempts left. Absent: they show once the last attempt is used.
   */
  showAnswersFrom?: string | undefined;
  /** When Gloss's notes and claims key show in the assignment; absent means `now` (links of version 1). */
  reveal?: RevealSetting | undefined;
  /** Whether the "Check it yourself" claim sort is part of the assignment; absent means no. */
  claimSort?: boolean | undefined;
}

/** What can be wrong with a link. */
export type LinkErrorKind =
  'empty' | 'incomplete' | 'version' | 'checksum' | 'invalid' | 'unknown-lesson' | 'unknown-set' | 'unknown-question';

/** Why a link could not be used; `message` is for logs and tests, `kind` and `detail` for the UI. */
export interface LinkError extends DecodeError<LinkErrorKind> {
  /** The lesson the link names, when it could be read, so the page can link back to it. */
  lesson?: string;
}

/** The outcome of decoding a link. */
export type LinkResult = { ok: true; assignment: Assignment } | { ok: false; error: LinkError };

/** The lessons, sets and questions a link may name (built from the site's content). */
export interface ContentIndex {
  /** Every lesson with its sets, each listing its question ids in order. */
  lessons: readonly { id: string; sets: readonly { id: string; questions: readonly string[] }[] }[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASSIGNMENT_ID = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** Whether `YYYY-MM-DD` is a real calendar date. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const idSchema = () => z.string().check(z.regex(ID, 'expected a lowercase id like "source-check"'));
const textSchema = (max: number) => z.string().check(z.maxLength(max, `expected at most ${max} characters`));

/** The payload array, field by field; names in `FIELDS` describe each position in errors. */
let schema: ReturnType<typeof makeSchema> | undefined;
/** Built on first use, so pages that only encode links (the builder) do not load zod. */
const payloadSchema = (): ReturnType<typeof makeSchema> => (schema ??= makeSchema());
function makeSchema() {
  return z.tuple([
    z.string().check(z.regex(ASSIGNMENT_ID, 'expected 8 letters and digits')),
    idSchema(),
    z.array(idSchema()).check(z.maxLength(ITEMS_MAX, 'too many sets')),
    z.array(idSchema()).check(z.maxLength(ITEMS_MAX, 'too many questions')),
    textSchema(TITLE_MAX).check(z.minLength(1, 'the title is empty')),
    textSchema(CLASS_MAX),
    z.string().check(z.refine((s) => s === '' || isIsoDate(s), 'expected a date like 2025-03-14')),
    z.int().check(z.gte(0, 'expected flags from 0 to 127'), z.lte(127, 'expected flags from 0 to 127')),
    z.int().check(z.gte(0, `expected 0 to ${ATTEMPTS_MAX}`), z.lte(ATTEMPTS_MAX, `expected 0 to ${ATTEMPTS_MAX}`)),
    z.string().check(z.refine((s) => s === '' || isIsoDate(s), 'expected a date like 2025-03-14')),
  ]);
}

const FIELDS = [
  'id',
  'lesson',
  'sets',
  'questions',
  'title',
  'class',
  'due date',
  'options',
  'attempts',
  'show answers from',
] as const;
/** Fields before the optional `showAnswersFrom`; a link of this length (every link before it) reads as "not set". */
const REQUIRED_FIELDS = 9;

const FLAG_ASSESSMENT = 1;
const FLAG_SHUFFLE = 2;
const FLAG_NOTES = 4;
const FLAG_CLAIMS = 8;
const FLAG_CLAIM_SORT = 16;
const FLAG_REVEAL_AFTER = 32;
const FLAG_REVEAL_NEVER = 64;
/** The flags a version 1 link may use. */
const FLAGS_V1 = 15;

const checkOf = (text: string): string => toBase32(Uint8Array.from(uint32Bytes(crc32(utf8(text)))));

/**
 * The URL fragment (without `#`) that carries an assignment. The assignment is assumed valid
 * (the builder only makes valid ones; {@link assignmentProblems} says what is not).
 */
export function encodeAssignment(a: Assignment): string {
  const flags =
    (a.mode === 'assessment' ? FLAG_ASSESSMENT : 0) |
    (a.shuffle ? FLAG_SHUFFLE : 0) |
    (a.showNotes ? FLAG_NOTES : 0) |
    (a.showClaims ? FLAG_CLAIMS : 0) |
    (a.claimSort === true ? FLAG_CLAIM_SORT : 0) |
    (a.reveal === 'after' ? FLAG_REVEAL_AFTER : 0) |
    (a.reveal === 'never' ? FLAG_REVEAL_NEVER : 0);
  const json = JSON.stringify([
    a.id,
    a.lesson,
    a.sets,
    a.questions,
    a.title,
    a.className,
    a.due ?? '',
    flags,
    a.attempts,
    // Only when set, so an assignment without it makes the very same link as before.
    ...(a.showAnswersFrom === undefined ? [] : [a.showAnswersFrom]),
  ]);
  // Version 1 when it is enough, so an assignment without the new options makes the same link as before.
  const version = flags > FLAGS_V1 ? LINK_VERSION : LINK_VERSION_1;
  const body = `${version}.${toBase64url(utf8(json))}`;
  return `${body}.${checkOf(body)}`;
}

const fail = (kind: LinkErrorKind, message: string, detail = '', lesson?: string): LinkResult => ({
  ok: false,
  error: lesson === undefined ? { kind, message, detail } : { kind, message, detail, lesson },
});

/**
 * Reads an assignment from a link, a URL fragment or the bare code, and (given `index`) checks
 * that its lesson, sets and questions exist on this site. Never throws.
 */
export function decodeAssignment(input: string, index?: ContentIndex): LinkResult {
  const hash = input.lastIndexOf('#');
  const text = (hash >= 0 ? input.slice(hash + 1) : input).trim();
  if (text === '') {
    return fail('empty', 'The link has no assignment in it: the part after “#” is missing.');
  }
  const parts = text.split('.');
  const [version, payload, check] = parts;
  if (version !== undefined && /^\d+$/.test(version) && Number(version) > LINK_VERSION) {
    return fail(
      'version',
      `The link was made by a newer version of Gloss (format ${version}); this site reads formats 1 to ${LINK_VERSION}.`,
      version,
    );
  }
  if (parts.length !== 3 || (version !== '1' && version !== '2') || !payload || !check) {
    return fail('incomplete', 'The link is incomplete: part of it is missing, probably cut off when it was copied.');
  }
  const { clean, invalid } = normaliseBase32(check);
  if (invalid.length > 0 || clean !== checkOf(`${version}.${payload}`)) {
    return fail(
      'checksum',
      'The link was changed or cut short: its check characters do not match the rest of it.',
      check,
    );
  }
  const bytes = fromBase64url(payload);
  const json = bytes && fromUtf8(bytes);
  let raw: unknown;
  try {
    raw = json === undefined ? undefined : JSON.parse(json);
  } catch {
    raw = undefined;
  }
  // Links made before `showAnswersFrom` existed (or without it) have one field fewer.
  if (Array.isArray(raw) && raw.length === REQUIRED_FIELDS) raw = [...(raw as unknown[]), ''];
  const parsed = payloadSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = typeof issue?.path[0] === 'number' ? FIELDS[issue.path[0]] : undefined;
    const detail = at ?? 'assignment';
    const reason = at === undefined ? 'it is not an assignment' : `${at}: ${issue?.message ?? 'invalid'}`;
    return fail('invalid', `The link could not be read (${reason}).`, detail);
  }
  const [id, lesson, sets, questions, title, className, due, flags, attempts, showAnswersFrom] = parsed.data;
  if ((version === '1' && flags > FLAGS_V1) || (flags & FLAG_REVEAL_AFTER && flags & FLAG_REVEAL_NEVER)) {
    const range = version === '1' ? 'expected flags from 0 to 15' : 'two reveal settings at once';
    return fail('invalid', `The link could not be read (options: ${range}).`, 'options', lesson);
  }
  if (sets.length + questions.length === 0) {
    return fail('invalid', 'The link could not be read (it names no questions).', 'questions', lesson);
  }
  const assignment: Assignment = {
    id,
    lesson,
    sets,
    questions,
    title,
    className,
    due: due === '' ? null : due,
    mode: flags & FLAG_ASSESSMENT ? 'assessment' : 'practice',
    shuffle: (flags & FLAG_SHUFFLE) !== 0,
    attempts,
    showNotes: (flags & FLAG_NOTES) !== 0,
    showClaims: (flags & FLAG_CLAIMS) !== 0,
    ...(showAnswersFrom === '' ? {} : { showAnswersFrom }),
    // Only when set, so a version 1 link decodes to exactly what it did before.
    ...(flags & FLAG_REVEAL_AFTER ? { reveal: 'after' as const } : {}),
    ...(flags & FLAG_REVEAL_NEVER ? { reveal: 'never' as const } : {}),
    ...(flags & FLAG_CLAIM_SORT ? { claimSort: true } : {}),
  };
  if (!index) return { ok: true, assignment };
  const problem = checkAgainst(assignment, index);
  return problem ? { ok: false, error: problem } : { ok: true, assignment };
}

/** What in an assignment does not exist in the content, if anything. */
function checkAgainst(a: Assignment, index: ContentIndex): LinkError | undefined {
  const lesson = index.lessons.find((l) => l.id === a.lesson);
  if (!lesson) {
    return {
      kind: 'unknown-lesson',
      message: `The link is for a lesson this site does not have (“${a.lesson}”). It may come from another copy of Gloss.`,
      detail: a.lesson,
    };
  }
  const set = a.sets.find((s) => !lesson.sets.some((x) => x.id === s));
  if (set !== undefined) {
    return {
      kind: 'unknown-set',
      message: `The link names a question set this lesson does not have (“${set}”). The lesson may have changed since the link was made.`,
      detail: set,
      lesson: a.lesson,
    };
  }
  const known = new Set(lesson.sets.flatMap((s) => s.questions));
  const question = a.questions.find((q) => !known.has(q));
  if (question !== undefined) {
    return {
      kind: 'unknown-question',
      message: `The link names a question this lesson does not have (“${question}”). The lesson may have changed since the link was made.`,
      detail: question,
      lesson: a.lesson,
    };
  }
  return undefined;
}

/**
 * The question ids an assignment asks, in order: each chosen set's questions, then the single
 * questions, each once. Ids the index does not know are skipped.
 */
export function assignedQuestionIds(a: Assignment, index: ContentIndex): string[] {
  const lesson = index.lessons.find((l) => l.id === a.lesson);
  const ids = [...a.sets.flatMap((s) => lesson?.sets.find((x) => x.id === s)?.questions ?? []), ...a.questions];
  const known = new Set(lesson?.sets.flatMap((s) => s.questions) ?? []);
  return [...new Set(ids)].filter((id) => known.has(id));
}

/** What is wrong with an assignment before it is encoded (for the builder's form); empty if nothing. */
export function assignmentProblems(a: Assignment): string[] {
  const problems: string[] = [];
  if (!ASSIGNMENT_ID.test(a.id)) problems.push('id');
  if (!ID.test(a.lesson)) problems.push('lesson');
  if (a.sets.length + a.questions.length === 0) problems.push('questions');
  if (a.title.trim() === '' || a.title.length > TITLE_MAX) problems.push('title');
  if (a.className.length > CLASS_MAX) problems.push('className');
  if (a.due !== null && !isIsoDate(a.due)) problems.push('due');
  if (a.showAnswersFrom !== undefined && !isIsoDate(a.showAnswersFrom)) problems.push('showAnswersFrom');
  if (!Number.isInteger(a.attempts) || a.attempts < 0 || a.attempts > ATTEMPTS_MAX) problems.push('attempts');
  return problems;
}
