/**
 * A student's progress in assignments on this device: one instance of the generic versioned store
 * (`versioned.ts`) under `ASSIGNMENT_STORE_KEY`, apart from the lesson quizzes' progress so each can
 * change version on its own. This module is the only owner of that key. Inside a readable document
 * each assignment entry that fails its check is dropped alone; an unreadable document is set aside.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1, "assignments": { "<assignment id>": {
 *     "name": "Ana", "salt": "7Q2M", "attempts": [
 *       { "answers": { "<question id>": { "type": "single", "choice": 2 } },
 *         "checked": ["<question id>"], "finished": "2025-03-14T10:00:00.000Z",
 *         "claims": { "<claim id>": { "speaker": "tass", "kind": "fact" } } } ] } } }
 * ```
 */
import { readClaimSort, type ClaimMarks } from '../claim-sort';
import { isAnswer, type Answer } from '../quiz';
import {
  createVersionedStore,
  isRecord,
  parseDocument,
  readRecord,
  serializeDocument,
  withEntry,
  type DocumentSpec,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

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
  /** The "Check it yourself" marks by claim id, when the assignment has the claim sort (absent: none yet). */
  claims?: Record<string, ClaimMarks>;
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
  const { answers, checked, finished, claims } = x;
  if (!isRecord(answers) || !Object.values(answers).every(isAnswer)) return undefined;
  if (!Array.isArray(checked) || !checked.every((id) => typeof id === 'string')) return undefined;
  if (finished !== null && typeof finished !== 'string') return undefined;
  const attempt: AttemptProgress = {
    answers: Object.fromEntries(Object.entries(answers)) as Record<string, Answer>,
    checked,
    finished,
  };
  // Marks that do not fit are dropped one by one (the reader reports them); the answers stay.
  if (claims !== undefined) attempt.claims = readClaimSort({ marks: claims }, 'claims', []).marks;
  return attempt;
}

/** One assignment's stored progress, or undefined if it has the wrong shape. */
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

/** Assignment progress as a document of the generic store. */
export const ASSIGNMENT_DOCUMENT: DocumentSpec<AssignmentStoreData> = {
  key: ASSIGNMENT_STORE_KEY,
  name: 'assignments',
  version: ASSIGNMENT_STORE_VERSION,
  // Version 0: documents saved before the version field was checked; their shape is version 1's.
  migrations: { 0: (data) => ({ ...data, version: 1 }) },
  empty: emptyAssignments,
  read: (data, problems) => ({
    assignments: readRecord(data['assignments'], 'assignments', problems, (entry, path) => {
      const progress = readAssignmentProgress(entry);
      if (!progress) problems.push(`${path}: not an assignment's progress, dropped`);
      return progress;
    }),
  }),
  write: (data) => ({ assignments: data.assignments }),
};

/**
 * Reads the stored JSON. Never throws; returns what was valid and whether it may be written
 * back (not when a newer version wrote it, which would lose that version's data).
 */
export function parseAssignments(raw: string | null): { data: AssignmentStoreData; writable: boolean } {
  const { value, status } = parseDocument(raw, ASSIGNMENT_DOCUMENT);
  return { data: value, writable: status !== 'newer' };
}

/** The JSON text to store. */
export const serializeAssignments = (data: AssignmentStoreData): string => serializeDocument(data, ASSIGNMENT_DOCUMENT);

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
  return { assignments: withEntry(data.assignments, id, progress) };
}

/** The part of the Web Storage API the assignment store uses (the same as every store's). */
export type KeyValueStorage = StorageLike;

/** A live assignment store (see `VersionedStore`). */
export type AssignmentStore = VersionedStore<AssignmentStoreData>;

/**
 * The assignment store over a storage object; when it is missing or fails, keeps the data in
 * memory for the rest of the visit (and keeps showing what was saved). Never throws.
 */
export function createAssignmentStore(storage: KeyValueStorage | null, options: StoreOptions = {}): AssignmentStore {
  return createVersionedStore(storage, ASSIGNMENT_DOCUMENT, options);
}
