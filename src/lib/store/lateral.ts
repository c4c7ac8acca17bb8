/**
 * "Read laterally" answers on this device: one instance of the generic versioned store
 * (`versioned.ts`) under `LATERAL_KEY`, and the only owner of that key. The state of each lesson
 * is the pure `LateralState` of `src/lib/lateral.ts`.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1,
 *   "lessons": { "<lesson id>": { "tasks": { "<task id>": { "searched": "…", "source": "<source id>",
 *     "own": "", "behind": "state", "says": "…", "verdict": "contradicted", "revealed": true } } } } }
 * ```
 * Top-level keys this version does not know are kept, so an older copy of the site (served
 * offline) does not delete a newer feature's data.
 */
import { emptyLateral, isBlank, readLateral, type LateralState } from '../lateral-state';
import {
  createVersionedStore,
  readRecord,
  withEntry,
  type DocumentSpec,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key of the lateral-reading answers. */
export const LATERAL_KEY = 'gloss:lateral';
/** The version this code writes. */
export const LATERAL_VERSION = 1;

/** The stored document. */
export interface StoredLateral {
  /** Each lesson's answers, by lesson id. */
  lessons: Record<string, LateralState>;
  /** Top-level keys this version does not know, kept untouched and written back. */
  preserved: Record<string, unknown>;
}

/** Lateral-reading answers as a document of the generic store. */
export const LATERAL_DOCUMENT: DocumentSpec<StoredLateral> = {
  key: LATERAL_KEY,
  name: 'lateral-reading answers',
  version: LATERAL_VERSION,
  migrations: {},
  empty: () => ({ lessons: {}, preserved: {} }),
  read(data, problems) {
    const { lessons, ...preserved } = data;
    return {
      lessons: readRecord(lessons, 'lessons', problems, (entry, path) => readLateral(entry, path, problems)),
      preserved,
    };
  },
  write: ({ lessons, preserved }) => ({ ...preserved, lessons }),
};

/** One lesson's answers (empty when there are none). */
export function lessonLateral(stored: StoredLateral, lesson: string): LateralState {
  return Object.hasOwn(stored.lessons, lesson) ? (stored.lessons[lesson] ?? emptyLateral()) : emptyLateral();
}

/** A copy of the stored document with one lesson's answers replaced (removed when all are blank). */
export function withLessonLateral(stored: StoredLateral, lesson: string, state: LateralState): StoredLateral {
  const tasks = Object.fromEntries(Object.entries(state.tasks).filter(([, a]) => !isBlank(a)));
  const empty = Object.keys(tasks).length === 0;
  return { ...stored, lessons: withEntry(stored.lessons, lesson, empty ? undefined : { tasks }) };
}

/** A live lateral-reading store (see `VersionedStore`). */
export type LateralStore = VersionedStore<StoredLateral>;

/** The lateral-reading store over a storage object. Never throws. */
export function createLateralStore(storage: StorageLike | null, options: StoreOptions = {}): LateralStore {
  return createVersionedStore(storage, LATERAL_DOCUMENT, options);
}
