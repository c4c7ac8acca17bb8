/**
 * A class's results from the completion codes its students sent: read every pasted line and
 * dropped JSON file, report each one that cannot be used (and why) without dropping the rest,
 * and compute the class table, the share of credit per question and per skill, and the hardest
 * questions. Pure: the results page runs it in the browser and nothing leaves the device.
 */
import { inflateSync } from 'fflate';
import * as z from 'zod/mini';
import type { Assignment } from './assignment';
import { localIsoDate } from './assignment-session';
import { answerText, plainText, type AnswerWords } from './answer-text';
import { agreedCount, claimClassStats, type ClaimClassStat } from './claim-agreement';
import { scoreSet, skillResults, validateAnswer, type Answer, type Question, type SetResult } from './quiz';
import {
  codeKey,
  decodeCompletion,
  normaliseName,
  RESULT_FILE_FORMAT,
  type CodeErrorKind,
  type Completion,
} from './result-code';

export { RESULT_FILE_FORMAT, type ResultFile } from './result-code';

/** Where a code came from: a line of the pasted text or a dropped file. */
export type ResultSource = { type: 'line'; line: number } | { type: 'file'; name: string };

/** One code to read, with where it came from. */
export interface CodeEntry {
  /** Where it came from, for messages. */
  source: ResultSource;
  /** The code as given. */
  code: string;
}

/** Problems besides those of a single code. */
export type ProblemKind = CodeErrorKind | 'file' | 'earlier-attempt' | 'score';

/** A line or file that was not used as given, and why. */
export interface ResultProblem {
  /** Where it came from. */
  source: ResultSource;
  /** What is wrong. */
  kind: ProblemKind;
  /** `error`: not used; `note`: used, but worth knowing. */
  severity: 'error' | 'note';
  /** A readable explanation in English. */
  message: string;
  /** A value the message refers to (a score, an id, characters…). */
  detail: string;
  /** The other line or file it refers to (the first copy of a duplicate, the later attempt). */
  other?: ResultSource;
}

/** One attempt, read from one code. */
export interface AttemptRow {
  /** Where the code came from. */
  source: ResultSource;
  /** The code's fingerprint (`codeKey`), the key for a name the teacher gives it. */
  code: string;
  /** Name or initials: the teacher's fix if there is one, else the code's; '' when neither gives one. */
  student: string;
  /** Whether the name came from the teacher, not the code. */
  renamed: boolean;
  /** Attempt number. */
  attempt: number;
  /** When it was submitted, by the student's clock (ISO 8601); absent in format 1 codes. */
  submitted?: string | undefined;
  /** Submitted after the due date (by the student's clock, on this device's calendar). */
  late: boolean;
  /** Scores recomputed from the answers (the code's own score is only checked against it). */
  result: SetResult;
  /** The answers, one per question. */
  answers: (Answer | null)[];
  /** The claim sort's agreement bytes, when the code carries them (`src/lib/claim-agreement.ts`). */
  claims?: number[] | undefined;
}

/** One student's row in the class table: the attempt that counts, and all of them. */
export interface StudentRow extends AttemptRow {
  /** Every attempt read for this student, by attempt number (the counted one among them). */
  attempts: AttemptRow[];
}

/** How the class is read: which attempt counts, names the teacher gave, and the calendar used for lateness. */
export interface ClassOptions {
  /** Which attempt counts: the best score (the later on a tie) or the latest. Default: latest. */
  counts?: 'best' | 'latest';
  /** Names the teacher gave, by code fingerprint. */
  names?: Readonly<Record<string, string>>;
  /** The calendar date (`YYYY-MM-DD`) of a moment, on the teacher's device by default. */
  localDate?: (iso: string) => string;
}

/** How the class did on one question. */
export interface QuestionStat {
  /** Question id. */
  id: string;
  /** Position in the assignment, from 1. */
  number: number;
  /** Mean credit over the students, 0 to 1. */
  mean: number;
  /** Students with full credit. */
  right: number;
  /** Whether it is among the hardest questions. */
  hardest: boolean;
}

/** How the class did on one skill. */
export interface SkillStat {
  /** Skill id. */
  skill: string;
  /** Mean credit on the skill's questions, 0 to 1. */
  mean: number;
  /** How many of the assignment's questions practise it. */
  questions: number;
}

/** Everything the results page shows. */
export interface ClassResults {
  /** One row per student (the attempt that counts, with all of them), in the order their codes were given. */
  rows: StudentRow[];
  /** One entry per question, in assignment order. */
  questions: QuestionStat[];
  /** One entry per skill, in the order skills first appear. */
  skills: SkillStat[];
  /** Ids of the hardest questions, hardest first. */
  hardest: string[];
  /** Everything not used as given, in input order. */
  problems: ResultProblem[];
  /** Per claim of the claim sort, how many students judged it as the key does (empty without it). */
  claims: ClaimClassStat[];
}

/** How many questions are flagged as the hardest (fewer if fewer scored below full credit). */
export const HARDEST_COUNT = 3;

/** The fields of a result file the page uses; built on first use (see `decodeAssignment`). */
const resultFileSchema = () =>
  z.object({
    format: z.literal(RESULT_FILE_FORMAT),
    version: z.literal(1),
    code: z.string(),
    assignment: z.string(),
  });

const sourceText = (s: ResultSource): string => (s.type === 'line' ? `Line ${s.line}` : `File ${s.name}`);

/**
 * Splits pasted text and dropped files into codes to read. Blank lines are skipped; each file
 * must be a result file (its `assignment` links are returned so the page can offer them).
 */
export function collectCodes(
  pasted: string,
  files: readonly { name: string; text: string }[] = [],
): { codes: CodeEntry[]; problems: ResultProblem[]; links: { assignment: string; file: string }[] } {
  const codes: CodeEntry[] = [];
  const problems: ResultProblem[] = [];
  const links: { assignment: string; file: string }[] = [];
  pasted.split(/\r\n?|\n/).forEach((line, i) => {
    if (line.trim() !== '') codes.push({ source: { type: 'line', line: i + 1 }, code: line.trim() });
  });
  for (const file of files) {
    const source: ResultSource = { type: 'file', name: file.name };
    let raw: unknown;
    try {
      raw = JSON.parse(file.text);
    } catch {
      raw = undefined;
    }
    const parsed = resultFileSchema().safeParse(raw);
    if (!parsed.success) {
      problems.push({
        source,
        kind: 'file',
        severity: 'error',
        message: `${sourceText(source)} is not a Gloss result file: choose the .json file a student downloaded from their result screen.`,
        detail: file.name,
      });
      continue;
    }
    codes.push({ source, code: parsed.data.code });
    if (!links.some((l) => l.assignment === parsed.data.assignment)) {
      links.push({ assignment: parsed.data.assignment, file: file.name });
    }
  }
  return { codes, problems, links };
}

/** Why a decoded code does not fit the assignment, if it does not. */
function mismatch(
  c: Completion,
  assignment: Assignment,
  questions: readonly Question[],
): { kind: 'other-assignment' } | { kind: 'answers'; reason: string } | undefined {
  if (c.assignment !== assignment.id) return { kind: 'other-assignment' };
  if (c.answers.length !== questions.length) {
    return {
      kind: 'answers',
      reason: `it has ${c.answers.length} answers but the assignment has ${questions.length} questions`,
    };
  }
  for (const [i, q] of questions.entries()) {
    const a = c.answers[i];
    if (a === null || a === undefined) continue;
    const valid = validateAnswer(q, a);
    if (!valid.success)
      return { kind: 'answers', reason: `the answer to question ${i + 1} does not fit it (${valid.error})` };
  }
  return undefined;
}

const nameKey = (name: string): string => name.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * Reads the codes for one assignment and computes the class results. `questions` are the
 * assignment's questions in its order (see `assignedQuestionIds`).
 */
export function classResults(
  assignment: Assignment,
  questions: readonly Question[],
  codes: readonly CodeEntry[],
  earlierProblems: readonly ResultProblem[] = [],
  options: ClassOptions = {},
): ClassResults {
  const { counts = 'latest', names = {}, localDate = (iso: string) => localIsoDate(new Date(iso)) } = options;
  const better = (x: AttemptRow, y: AttemptRow): boolean =>
    counts === 'best' && x.result.score !== y.result.score ? x.result.score > y.result.score : x.attempt > y.attempt;
  const problems: ResultProblem[] = [...earlierProblems];
  const seen = new Map<string, ResultSource>();
  const byStudent = new Map<string, StudentRow>();
  const rows: StudentRow[] = [];
  const error = (source: ResultSource, kind: ProblemKind, message: string, detail = ''): void => {
    problems.push({ source, kind, severity: 'error', message: `${sourceText(source)}: ${message}`, detail });
  };

  for (const { source, code } of codes) {
    const key = codeKey(code);
    const first = seen.get(key);
    if (first) {
      problems.push({
        source,
        kind: 'duplicate',
        severity: 'error',
        message: `${sourceText(source)}: the same code as ${sourceText(first).toLowerCase()}; it is counted once.`,
        detail: sourceText(first),
        other: first,
      });
      continue;
    }
    const decoded = decodeCompletion(code, inflateSync);
    if (!decoded.ok) {
      error(source, decoded.error.kind, decoded.error.message, decoded.error.detail);
      continue;
    }
    seen.set(key, source);
    const c = decoded.completion;
    const wrong = mismatch(c, assignment, questions);
    if (wrong?.kind === 'other-assignment') {
      error(
        source,
        'other-assignment',
        `this code is for another assignment (${c.assignment}), not “${assignment.title}” (${assignment.id}).`,
        c.assignment,
      );
      continue;
    }
    if (wrong?.kind === 'answers') {
      error(source, 'answers', `this code does not match the assignment's questions: ${wrong.reason}.`, wrong.reason);
      continue;
    }
    const answers = Object.fromEntries(questions.map((q, i) => [q.id, c.answers[i] ?? undefined]));
    const result = scoreSet(questions, answers);
    if (Math.abs(Math.round(result.score * 100) / 100 - c.score) > 0.011) {
      problems.push({
        source,
        kind: 'score',
        severity: 'note',
        message: `${sourceText(source)}: the score in the code (${c.score}) is not the score of its answers (${Math.round(result.score * 100) / 100}); the table shows the score of the answers.`,
        detail: String(c.score),
      });
    }
    const fixed = Object.hasOwn(names, key) ? normaliseName(names[key] ?? '') : '';
    const late = assignment.due !== null && c.submitted !== undefined && localDate(c.submitted) > assignment.due;
    const row: StudentRow = {
      source,
      code: key,
      student: fixed === '' ? c.student : fixed,
      renamed: fixed !== '',
      attempt: c.attempt,
      submitted: c.submitted,
      late,
      result,
      answers: c.answers,
      ...(c.claims === undefined ? {} : { claims: c.claims }),
      attempts: [],
    };
    // A code with no name is its own student until the teacher names it.
    const who = row.student === '' ? `code:${key}` : nameKey(row.student);
    const other = byStudent.get(who);
    if (other) {
      const all = [...other.attempts, attemptOf(row)].sort((x, y) => x.attempt - y.attempt);
      const kept = better(row, other) ? row : other;
      const dropped = kept === row ? other : row;
      problems.push({
        source: dropped.source,
        kind: 'earlier-attempt',
        severity: 'note',
        message: `${sourceText(dropped.source)}: another attempt by ${row.student} (attempt ${dropped.attempt}); the table counts attempt ${kept.attempt} from ${sourceText(kept.source).toLowerCase()}.`,
        detail: sourceText(kept.source),
        other: kept.source,
      });
      const merged = { ...kept, attempts: all };
      byStudent.set(who, merged);
      rows[rows.indexOf(other)] = merged;
      continue;
    }
    const only = { ...row, attempts: [attemptOf(row)] };
    byStudent.set(who, only);
    rows.push(only);
  }

  const stats: QuestionStat[] = questions.map((q, i) => {
    const scores = rows.map((r) => r.result.questions[i]?.score ?? 0);
    return {
      id: q.id,
      number: i + 1,
      mean: scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length,
      right: rows.filter((r) => r.result.questions[i]?.correct).length,
      hardest: false,
    };
  });
  const hardest =
    rows.length === 0
      ? []
      : [...stats]
          .filter((s) => s.mean < 1)
          .sort((a, b) => a.mean - b.mean || a.number - b.number)
          .slice(0, HARDEST_COUNT)
          .map((s) => s.id);
  for (const s of stats) s.hardest = hardest.includes(s.id);
  const skills = skillResults(
    questions,
    stats.map((s) => ({ score: s.mean })),
  ).map((s) => ({ skill: s.skill, mean: s.score, questions: s.questions }));
  problems.sort((a, b) => order(a.source) - order(b.source));
  return { rows, questions: stats, skills, hardest, problems, claims: claimClassStats(rows.map((r) => r.claims)) };
}

/** An attempt without its student's list of attempts. */
const attemptOf = (r: StudentRow): AttemptRow => ({
  source: r.source,
  code: r.code,
  student: r.student,
  renamed: r.renamed,
  attempt: r.attempt,
  submitted: r.submitted,
  late: r.late,
  result: r.result,
  answers: r.answers,
  ...(r.claims === undefined ? {} : { claims: r.claims }),
});

/** Pasted lines first, in line order, then files in the order given (stable sort keeps it). */
const order = (s: ResultSource): number => (s.type === 'line' ? s.line : Number.MAX_SAFE_INTEGER);

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * Whether a spreadsheet could run a cell as a formula: it starts with =, +, -, @, tab or carriage
 * return, or does once leading white space (including non-breaking spaces and line feeds) and
 * quotes are skipped and full-width signs (“＝”, “＋”) read as their plain forms, as some
 * spreadsheets do when they import.
 */
export function looksLikeFormula(text: string): boolean {
  if (/^[=+\-@\t\r]/.test(text)) return true;
  const lead = text.normalize('NFKC').replace(/^[\s"'\u200b\u2060\ufeff]+/u, '');
  return /^[=+\-@]/.test(lead);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, with quotes
 * doubled. Text a spreadsheet would run as a formula ({@link looksLikeFormula}) gets a leading
 * apostrophe, so a student named "=HYPERLINK(…)" stays a name.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: cells joined by commas, rows by CRLF, with a final CRLF. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Column headings of the class CSV (from en.json). */
export interface CsvLabels {
  /** "Student". */
  student: string;
  /** "Attempt". */
  attempt: string;
  /** "Score". */
  score: string;
  /** "Out of". */
  max: string;
  /** "Percent". */
  percent: string;
  /** Heading of a question's score column, e.g. "Q{n} score ({id})". */
  questionScore: (n: number, id: string) => string;
  /** Heading of a question's answer column. */
  questionAnswer: (n: number, id: string) => string;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The columns the results page adds to the class CSV: submission time, lateness, rubric marks, claim sort. */
export interface CsvExtras {
  /** Headings and words. */
  labels: {
    /** "Submitted (student's clock, UTC)". */
    submitted: string;
    /** "Late". */
    late: string;
    /** "yes" and "no", for the late column. */
    yes: string;
    no: string;
    /** Heading of an open question's rubric column. */
    rubric: (n: number, id: string) => string;
    /** "Claims agreeing with the key". */
    claims: string;
  };
  /** The rubric level the teacher chose for a row's open answer, in words, or '' when not marked. */
  rubric: (row: StudentRow, question: Question) => string;
}

/**
 * The class table as CSV: one row per student with the score, then each question's credit
 * (0 to 1) and the answer in words. With `extras` (as the results page writes it): the submission
 * time (student's clock, ISO 8601 in UTC, empty for old codes) and whether it was late after the
 * percent, each open question's rubric mark after its answer, and the claim sort's agreement
 * ("agreed/asked") last when any code carries it.
 */
export function classCsv(
  results: ClassResults,
  questions: readonly Question[],
  labels: CsvLabels,
  words: AnswerWords,
  extras?: CsvExtras,
): string {
  const x = extras?.labels;
  const claims = x !== undefined && results.rows.some((r) => r.claims !== undefined);
  const header = [
    labels.student,
    labels.attempt,
    labels.score,
    labels.max,
    labels.percent,
    ...(x ? [x.submitted, x.late] : []),
    ...questions.flatMap((q, i) => [
      labels.questionScore(i + 1, q.id),
      labels.questionAnswer(i + 1, q.id),
      ...(x && q.type === 'open' ? [x.rubric(i + 1, q.id)] : []),
    ]),
    ...(x && claims ? [x.claims] : []),
  ];
  const body = results.rows.map((row) => [
    row.student,
    row.attempt,
    round2(row.result.score),
    row.result.max,
    Math.round((row.result.score / Math.max(1, row.result.max)) * 100),
    ...(x ? [row.submitted ?? '', row.late ? x.yes : x.no] : []),
    ...questions.flatMap((q, i) => [
      round2(row.result.questions[i]?.score ?? 0),
      answerText(q, row.answers[i], words),
      ...(extras && q.type === 'open' ? [extras.rubric(row, q)] : []),
    ]),
    ...(claims
      ? [row.claims === undefined ? '' : `${String(agreedCount(row.claims))}/${String(row.claims.length * 4)}`]
      : []),
  ]);
  return toCsv([header, ...body]);
}

/** A question's prompt as one line of plain text, for table headings and exports. */
export const promptLine = (q: Question): string => plainText(q.prompt);
