/**
 * Quiz progress: what a learner answered in the lesson quizzes on this device, one instance of the
 * generic versioned store (`versioned.ts`) under `STORE_KEY`. This module is the only owner of that
 * key. Inside a readable document every valid part is kept and every invalid one dropped (each drop
 * is reported as a problem); an unreadable one is set aside under a backup key (see `versioned.ts`).
 *
 * Shape (version 1):
 * ```json
 * { "version": 1,
 *   "lessons": { "<lesson id>": { "quizzes": { "<set id>": { "questions": {
 *     "<question id>": { "answer": { "type": "single", "choice": 2 }, "submitted": true } } } } } } }
 * ```
 * New kinds of lesson progress go in new top-level keys with their own tolerant reader in
 * `readProgress`. Assignments are the exception: a teacher's link is its own unit of work with
 * attempts, so it is its own document (`assignments.ts`). Top-level keys this version does not
 * know are kept as they are, so an older copy of the site (served offline) does not delete a newer
 * feature's data.
 */
import { isAnswer, type Answer } from '../quiz';
import {
  createVersionedStore,
  isRecord,
  parseDocument,
  readRecord,
  serializeDocument,
  withEntry,
  type DocumentSpec,
  type Migration,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key of the store. */
export const STORE_KEY = 'gloss:progress';

/** The version this code writes. Bump it and add a step to `MIGRATIONS` when the shape changes. */
export const STORE_VERSION = 1;

/** A question's saved state: the latest answer and whether it has been checked. */
export interface QuestionProgress {
  /** The answer, in authored indices (see `Answer` in `quiz.ts`). */
  answer: Answer;
  /** Whether the learner has checked it; a checked answer is final until the set is reset. */
  submitted: boolean;
}

/** Saved progress in one quiz set. */
export interface SetProgress {
  /** Saved answers by question id. */
  questions: Record<string, QuestionProgress>;
}

/** Saved progress in one lesson. */
export interface LessonProgress {
  /** Quiz sets by set id (the file name under `content/quizzes/<lesson>/`). */
  quizzes: Record<string, SetProgress>;
}

/** Everything the store holds. */
export interface Progress {
  /** Shape version; always `STORE_VERSION` after reading. */
  version: typeof STORE_VERSION;
  /** Progress by lesson id. */
  lessons: Record<string, LessonProgress>;
  /** Top-level keys this version does not know, kept untouched and written back. */
  preserved: Record<string, unknown>;
}

export type { Migration, StorageLike };

/**
 * Upgrade steps by the version they upgrade from. Version 0 is data without a `version` field
 * (written by hand or by a pre-release build); its fields are those of version 1.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (data) => ({ ...data, version: 1 }),
};

/** The outcome of reading stored progress. */
export interface ParsedProgress {
  /** The valid part of what was stored (empty if nothing was). */
  progress: Progress;
  /** What was dropped and why, for logs and tests; empty when the data was fine. */
  problems: string[];
  /**
   * False when the data was written by a newer version: overwriting it would lose that version's
   * progress, so changes should stay in memory.
   */
  writable: boolean;
}

/** A fresh, empty store. */
export function emptyProgress(): Progress {
  return { version: STORE_VERSION, lessons: {}, preserved: {} };
}

/** A saved answer: exactly `answer` (a well-formed `Answer`) and `submitted` (a boolean). */
const isQuestionProgress = (x: unknown): x is QuestionProgress =>
  isRecord(x) && Object.keys(x).length === 2 && typeof x['submitted'] === 'boolean' && isAnswer(x['answer']);

function readSet(value: unknown, path: string, problems: string[]): SetProgress | undefined {
  if (!isRecord(value)) {
    problems.push(`${path}: expected an object, dropped`);
    return undefined;
  }
  const questions = readRecord(value['questions'], `${path}.questions`, problems, (entry, p) => {
    if (isQuestionProgress(entry)) return entry;
    problems.push(`${p}: not a saved answer, dropped`);
    return undefined;
  });
  return { questions };
}

function readLesson(value: unknown, path: string, problems: string[]): LessonProgress | undefined {
  if (!isRecord(value)) {
    problems.push(`${path}: expected an object, dropped`);
    return undefined;
  }
  return { quizzes: readRecord(value['quizzes'], `${path}.quizzes`, problems, (e, p) => readSet(e, p, problems)) };
}

/** Quiz progress as a document of the generic store. */
export const PROGRESS_DOCUMENT: DocumentSpec<Progress> = {
  key: STORE_KEY,
  name: 'progress',
  version: STORE_VERSION,
  migrations: MIGRATIONS,
  empty: emptyProgress,
  read: ({ lessons, ...preserved }, problems) => ({
    version: STORE_VERSION,
    lessons: readRecord(lessons, 'lessons', problems, (e, p) => readLesson(e, p, problems)),
    preserved,
  }),
  write: (progress) => ({ ...progress.preserved, lessons: progress.lessons }),
};

/**
 * Reads stored progress from its JSON text. Never throws: invalid JSON, a non-object, an
 * unknown or newer version give an empty store; old versions are upgraded with `migrations`;
 * inside a valid document, every invalid entry is dropped and every valid one kept.
 */
export function parseProgress(
  raw: string | null | undefined,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParsedProgress {
  const { value, problems, status } = parseDocument(raw, PROGRESS_DOCUMENT, migrations);
  return { progress: value, problems, writable: status !== 'newer' };
}

/** The JSON text to store. */
export function serializeProgress(progress: Progress): string {
  return serializeDocument(progress, PROGRESS_DOCUMENT);
}

/** The saved progress of one quiz set, if any. */
export function getSetProgress(progress: Progress, lesson: string, set: string): SetProgress | undefined {
  const quizzes = Object.hasOwn(progress.lessons, lesson) ? progress.lessons[lesson]?.quizzes : undefined;
  return quizzes && Object.hasOwn(quizzes, set) ? quizzes[set] : undefined;
}

/** A copy of `progress` with one set's progress replaced; `undefined` removes the set. */
export function withSetProgress(
  progress: Progress,
  lesson: string,
  set: string,
  value: SetProgress | undefined,
): Progress {
  const lessonProgress = Object.hasOwn(progress.lessons, lesson) ? progress.lessons[lesson] : undefined;
  const quizzes = withEntry(lessonProgress?.quizzes ?? {}, set, value);
  return { ...progress, lessons: withEntry(progress.lessons, lesson, { ...lessonProgress, quizzes }) };
}

/** A copy of `progress` with one question's state replaced; `undefined` removes it. */
export function withQuestionProgress(
  progress: Progress,
  lesson: string,
  set: string,
  question: string,
  value: QuestionProgress | undefined,
): Progress {
  const questions = withEntry(getSetProgress(progress, lesson, set)?.questions ?? {}, question, value);
  return withSetProgress(progress, lesson, set, { questions });
}

/** A live progress store (see `VersionedStore`). */
export type ProgressStore = VersionedStore<Progress>;

/**
 * The progress store over a storage object. Any failure of storage (missing, blocked, full) keeps
 * the quiz working for the rest of the visit; it never throws.
 */
export function createProgressStore(
  storage: StorageLike | null,
  key: string = STORE_KEY,
  options: StoreOptions = {},
): ProgressStore {
  return createVersionedStore(storage, { ...PROGRESS_DOCUMENT, key }, options);
}
