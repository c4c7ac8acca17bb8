/**
 * The one store for what a learner does on this device: a single versioned JSON document in
 * localStorage under `STORE_KEY`. Reading never throws: broken JSON, old versions and wrong shapes
 * are recovered by keeping every valid part and dropping the rest (each drop is reported as a
 * problem). Entries are checked by hand, not with zod, to keep the quiz island small (see
 * `answerShapeError`). The functions here are pure over strings; `createProgressStore` adds a
 * small wrapper around a storage object that keeps working in memory when storage is missing or
 * full.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1,
 *   "lessons": { "<lesson id>": { "quizzes": { "<set id>": { "questions": {
 *     "<question id>": { "answer": { "type": "single", "choice": 2 }, "submitted": true } } } } } } }
 * ```
 * New kinds of lesson progress go in new top-level keys with their own tolerant reader in
 * `parseProgress`. Assignments are the exception: a teacher's link is its own unit of work with
 * attempts, so it is a second document under `ASSIGNMENT_STORE_KEY`, at the end of this module. Top-level keys this version does not know are kept as they
 * are, so an older copy of the site (served offline) does not delete a newer feature's data.
 */
import { isAnswer, type Answer } from './quiz';

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

/** One upgrade step: turns the data of version N into version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

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

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A saved answer: exactly `answer` (a well-formed `Answer`) and `submitted` (a boolean). */
const isQuestionProgress = (x: unknown): x is QuestionProgress =>
  isRecord(x) && Object.keys(x).length === 2 && typeof x['submitted'] === 'boolean' && isAnswer(x['answer']);

/**
 * Reads each entry of an object with `read`, keeping the entries it accepts. A missing object is
 * fine; anything else that is not an object is reported and read as empty.
 */
function readRecord<T>(
  value: unknown,
  path: string,
  problems: string[],
  read: (entry: unknown, path: string) => T | undefined,
): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push(`${path}: expected an object, dropped`);
    return {};
  }
  // fromEntries defines own properties, so a "__proto__" key stays data and never a prototype.
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, entry]) => {
      const item = read(entry, `${path}.${key}`);
      return item === undefined ? [] : [[key, item] as const];
    }),
  );
}

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

/**
 * Reads stored progress from its JSON text. Never throws: invalid JSON, a non-object, an
 * unknown or newer version give an empty store; old versions are upgraded with `migrations`;
 * inside a valid document, every invalid entry is dropped and every valid one kept.
 */
export function parseProgress(
  raw: string | null | undefined,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParsedProgress {
  const problems: string[] = [];
  const fresh = (problem: string, writable = true): ParsedProgress => ({
    progress: emptyProgress(),
    problems: [problem],
    writable,
  });
  if (raw === null || raw === undefined || raw === '') return { progress: emptyProgress(), problems, writable: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fresh('stored progress is not valid JSON; starting afresh');
  }
  if (!isRecord(data)) return fresh('stored progress is not an object; starting afresh');
  const version = data['version'] ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fresh(`stored progress has an unknown version ${JSON.stringify(version)}; starting afresh`);
  }
  if (version > STORE_VERSION) {
    return fresh(`stored progress was written by a newer version (${version}); it is left untouched`, false);
  }
  let current: Record<string, unknown> = data;
  for (let v = version; v < STORE_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) return fresh(`no migration from version ${v}; starting afresh`);
    try {
      current = step(current);
    } catch (error) {
      return fresh(`migration from version ${v} failed (${String(error)}); starting afresh`);
    }
  }
  const { lessons, ...preserved } = current;
  delete preserved['version'];
  const progress: Progress = {
    version: STORE_VERSION,
    lessons: readRecord(lessons, 'lessons', problems, (e, p) => readLesson(e, p, problems)),
    preserved,
  };
  return { progress, problems, writable: true };
}

/** The JSON text to store. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ ...progress.preserved, version: STORE_VERSION, lessons: progress.lessons });
}

/** A copy of `record` with `key` set to `value`, or removed when `value` is undefined. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  const entries = Object.entries(record).filter(([k]) => k !== key);
  return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
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

// ---------------------------------------------------------------------------------------------
// A store over localStorage (or anything with the same two methods)

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A live store: read a snapshot, change it, and hear about changes. */
export interface ProgressStore {
  /** The current progress; the same object until the stored text changes (for useSyncExternalStore). */
  getSnapshot: () => Progress;
  /** Applies a change to the latest stored progress, saves it and notifies listeners. */
  update: (change: (progress: Progress) => Progress) => void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void;
  /** Re-reads storage and notifies listeners (another tab may have changed it). */
  refresh: () => void;
  /** Whether changes are being saved on the device (false when storage is unavailable or full). */
  isPersistent: () => boolean;
  /** Problems found in the stored data the last time it was read. */
  problems: () => readonly string[];
}

/**
 * Wraps a storage object. Any failure of storage (missing, blocked, full) switches the store to
 * memory, so the quiz keeps working for the rest of the visit; it never throws.
 */
export function createProgressStore(storage: StorageLike | null, key: string = STORE_KEY): ProgressStore {
  let backend: StorageLike | null = storage;
  let memory: string | null = null;
  let cache: { raw: string | null; parsed: ParsedProgress } | undefined;
  const listeners = new Set<() => void>();

  const readRaw = (): string | null => {
    if (backend) {
      try {
        return backend.getItem(key);
      } catch {
        backend = null;
      }
    }
    return memory;
  };
  const read = (): ParsedProgress => {
    const raw = readRaw();
    if (cache?.raw !== raw) cache = { raw, parsed: parseProgress(raw) };
    return cache.parsed;
  };
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  return {
    getSnapshot: () => read().progress,
    update(change) {
      const current = read();
      const text = serializeProgress(change(current.progress));
      if (backend && current.writable) {
        try {
          backend.setItem(key, text);
        } catch {
          backend = null;
        }
      } else {
        backend = null;
      }
      if (!backend) memory = text;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: notify,
    isPersistent: () => backend !== null,
    problems: () => read().problems,
  };
}

/**
 * The browser's localStorage if it can be used, else null (blocked by privacy settings, missing
 * in some embedded views, or throwing on access).
 */
export function localStorageOrNull(): StorageLike | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return null;
    const probe = `${STORE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Assignments: a second document under its own key, so quiz progress and assignments can change
// version on their own, kept in this module so all learner data has one place.

/**
 * ASSIGNMENTS. A student's progress in assignments on this device: one versioned JSON document in localStorage
 * under `ASSIGNMENT_STORE_KEY`, apart from the lesson quizzes' store (`store.ts`) so each can
 * change on its own. Reading never throws: broken JSON or a newer version gives an empty store,
 * and inside a valid document each assignment entry that fails the schema is dropped alone.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1, "assignments": { "<assignment id>": {
 *     "name": "Ana", "salt": "7Q2M", "attempts": [
 *       { "answers": { "<question id>": { "type": "single", "choice": 2 } },
 *         "checked": ["<question id>"], "finished": "2025-03-14T10:00:00.000Z" } ] } } }
 * ```
 */
/** The localStorage key. */
export const ASSIGNMENT_STORE_KEY = 'gloss:assignments';
/** The version this code writes. */
export const ASSIGNMENT_STORE_VERSION = 1;

/** One attempt at an assignment. */
export interface AttemptProgress {
  /** Answers by question id, in authored indices. */
  answers: Record<string, Answer>;
  /** Questions whose feedback has been shown (practice mode checks them one by one). */
  checked: string[];
  /** When the attempt was finished (ISO 8601), or null while it is open. */
  finished: string | null;
}

/** Progress in one assignment. */
export interface AssignmentProgress {
  /** Name or initials the student typed. */
  name: string;
  /** Random text that gives this device its own question order when the assignment shuffles. */
  salt: string;
  /** Attempts so far, oldest first; the last one is the current one. */
  attempts: AttemptProgress[];
}

/** Everything the store holds. */
export interface AssignmentStoreData {
  /** Progress by assignment id. */
  assignments: Record<string, AssignmentProgress>;
}

/** One stored attempt, or undefined if any part of it has the wrong shape. */
function readAttempt(x: unknown): AttemptProgress | undefined {
  if (!isRecord(x)) return undefined;
  const { answers, checked, finished } = x;
  if (!isRecord(answers) || !Object.values(answers).every(isAnswer)) return undefined;
  if (!Array.isArray(checked) || !checked.every((id) => typeof id === 'string')) return undefined;
  if (finished !== null && typeof finished !== 'string') return undefined;
  return { answers: Object.fromEntries(Object.entries(answers)) as Record<string, Answer>, checked, finished };
}

/**
 * One assignment's stored progress, or undefined if it has the wrong shape. Checked by hand, like
 * the quiz progress above, so the islands that import this module do not also bundle a schema library.
 */
function readAssignmentProgress(x: unknown): AssignmentProgress | undefined {
  if (!isRecord(x)) return undefined;
  const { name, salt, attempts } = x;
  if (typeof name !== 'string' || name.length > 200 || typeof salt !== 'string' || salt.length > 64) return undefined;
  if (!Array.isArray(attempts)) return undefined;
  const read = attempts.map(readAttempt);
  return read.every((a) => a !== undefined) ? { name, salt, attempts: read } : undefined;
}

/** An empty store. */
export const emptyAssignments = (): AssignmentStoreData => ({ assignments: {} });

/**
 * Reads the stored JSON. Never throws; returns what was valid and whether it may be written
 * back (not when a newer version wrote it, which would lose that version's data).
 */
export function parseAssignments(raw: string | null): { data: AssignmentStoreData; writable: boolean } {
  let json: unknown;
  try {
    json = raw ? JSON.parse(raw) : undefined;
  } catch {
    json = undefined;
  }
  const data = emptyAssignments();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { data, writable: true };
  const record = json as Record<string, unknown>;
  if (typeof record['version'] === 'number' && record['version'] > ASSIGNMENT_STORE_VERSION) {
    return { data, writable: false };
  }
  const entries = record['assignments'];
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { data, writable: true };
  // fromEntries defines own properties, so a "__proto__" key stays data and never a prototype.
  data.assignments = Object.fromEntries(
    Object.entries(entries).flatMap(([id, entry]) => {
      const progress = readAssignmentProgress(entry);
      return progress ? [[id, progress] as const] : [];
    }),
  );
  return { data, writable: true };
}

/** The JSON text to store. */
export const serializeAssignments = (data: AssignmentStoreData): string =>
  JSON.stringify({ version: ASSIGNMENT_STORE_VERSION, assignments: data.assignments });

/** The saved progress of one assignment, if any. */
export function getAssignmentProgress(data: AssignmentStoreData, id: string): AssignmentProgress | undefined {
  return Object.hasOwn(data.assignments, id) ? data.assignments[id] : undefined;
}

/** A copy of the store with one assignment's progress replaced. */
export function withAssignmentProgress(
  data: AssignmentStoreData,
  id: string,
  progress: AssignmentProgress,
): AssignmentStoreData {
  const others = Object.entries(data.assignments).filter(([key]) => key !== id);
  return { assignments: Object.fromEntries([...others, [id, progress]]) };
}

/** The part of the Web Storage API the assignment store uses (the same as the progress store's). */
export type KeyValueStorage = StorageLike;

/** A live store for `useSyncExternalStore`. */
export interface AssignmentStore {
  /** The current data; the same object until the stored text changes. */
  getSnapshot: () => AssignmentStoreData;
  /** Applies a change to the latest stored data, saves it and notifies listeners. */
  update: (change: (data: AssignmentStoreData) => AssignmentStoreData) => void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void;
  /** Whether changes are saved on the device (false when storage is missing, full or newer). */
  isPersistent: () => boolean;
}

/**
 * Wraps a storage object; when it is missing or fails, keeps the data in memory for the rest of
 * the visit. Never throws.
 */
export function createAssignmentStore(storage: KeyValueStorage | null): AssignmentStore {
  let backend = storage;
  let memory: string | null = null;
  let cache: { raw: string | null; parsed: ReturnType<typeof parseAssignments> } | undefined;
  const listeners = new Set<() => void>();
  const readRaw = (): string | null => {
    try {
      return backend ? backend.getItem(ASSIGNMENT_STORE_KEY) : memory;
    } catch {
      backend = null;
      return memory;
    }
  };
  const read = (): ReturnType<typeof parseAssignments> => {
    const raw = readRaw();
    if (cache?.raw !== raw) cache = { raw, parsed: parseAssignments(raw) };
    return cache.parsed;
  };
  return {
    getSnapshot: () => read().data,
    update(change) {
      const current = read();
      const text = serializeAssignments(change(current.data));
      if (backend && current.writable) {
        try {
          backend.setItem(ASSIGNMENT_STORE_KEY, text);
        } catch {
          backend = null;
        }
      } else {
        backend = null;
      }
      if (!backend) memory = text;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isPersistent: () => backend !== null,
  };
}
