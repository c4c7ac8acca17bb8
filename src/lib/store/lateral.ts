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
  perLessonDocument,
  type PerLessonStored,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key of the lateral-reading answers. */
export const LATERAL_KEY = 'gloss:lateral';
/** The version this code writes. */
export const LATERAL_VERSION = 1;

/** The stored document: each lesson's answers, by lesson id, and the keys this version does not know. */
export type StoredLateral = PerLessonStored<LateralState>;

const perLesson = perLessonDocument<LateralState>({
  key: LATERAL_KEY,
  name: 'lateral-reading answers',
  version: LATERAL_VERSION,
  read: (value, path, problems) => readLateral(value, path, problems),
  empty: emptyLateral,
  // Blank answers are not kept, and a lesson whose answers are all blank is removed.
  compact: (state) => {
    const tasks = Object.fromEntries(Object.entries(state.tasks).filter(([, a]) => !isBlank(a)));
    return Object.keys(tasks).length === 0 ? undefined : { tasks };
  },
});

/** Lateral-reading answers as a document of the generic store. */
export const LATERAL_DOCUMENT = perLesson.document;
/** One lesson's answers (empty when there are none). */
export const lessonLateral = perLesson.lesson;
/** A copy of the stored document with one lesson's answers replaced (removed when all are blank). */
export const withLessonLateral = perLesson.withLesson;

/** A live lateral-reading store (see `VersionedStore`). */
export type LateralStore = VersionedStore<StoredLateral>;

/** The lateral-reading store over a storage object. Never throws. */
export function createLateralStore(storage: StorageLike | null, options: StoreOptions = {}): LateralStore {
  return createVersionedStore(storage, LATERAL_DOCUMENT, options);
}
