/**
 * "Check it yourself" claim sorting on this device: one instance of the generic versioned store
 * (`versioned.ts`) under `CLAIM_SORT_KEY`, and the only owner of that key. The state of each lesson
 * is the pure `ClaimSortState` of `src/lib/claim-sort.ts`.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1,
 *   "lessons": { "<lesson id>": { "compared": false,
 *     "marks": { "<claim id>": { "speaker": "outlet", "kind": "fact", "wasSaid": "supported", "isTrue": "cant-tell" } } } } }
 * ```
 * Top-level keys this version does not know are kept, so an older copy of the site (served
 * offline) does not delete a newer feature's data.
 */
import { emptyClaimSort, readClaimSort, type ClaimSortState } from '../claim-sort';
import {
  createVersionedStore,
  readRecord,
  withEntry,
  type DocumentSpec,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key of the claim sorting. */
export const CLAIM_SORT_KEY = 'gloss:claim-sort';
/** The version this code writes. */
export const CLAIM_SORT_VERSION = 1;

/** The stored document. */
export interface StoredClaimSort {
  /** Each lesson's sorting, by lesson id. */
  lessons: Record<string, ClaimSortState>;
  /** Top-level keys this version does not know, kept untouched and written back. */
  preserved: Record<string, unknown>;
}

/** Claim sorting as a document of the generic store. */
export const CLAIM_SORT_DOCUMENT: DocumentSpec<StoredClaimSort> = {
  key: CLAIM_SORT_KEY,
  name: 'claim sorting',
  version: CLAIM_SORT_VERSION,
  migrations: {},
  empty: () => ({ lessons: {}, preserved: {} }),
  read(data, problems) {
    const { lessons, ...preserved } = data;
    return {
      lessons: readRecord(lessons, 'lessons', problems, (entry, path) => readClaimSort(entry, path, problems)),
      preserved,
    };
  },
  write: ({ lessons, preserved }) => ({ ...preserved, lessons }),
};

/** One lesson's sorting (empty when there is none). */
export function lessonClaimSort(stored: StoredClaimSort, lesson: string): ClaimSortState {
  return Object.hasOwn(stored.lessons, lesson) ? (stored.lessons[lesson] ?? emptyClaimSort()) : emptyClaimSort();
}

/** A copy of the stored document with one lesson's sorting replaced (removed when empty). */
export function withLessonClaimSort(stored: StoredClaimSort, lesson: string, state: ClaimSortState): StoredClaimSort {
  const empty = !state.compared && Object.keys(state.marks).length === 0;
  return { ...stored, lessons: withEntry(stored.lessons, lesson, empty ? undefined : state) };
}

/** A live claim-sorting store (see `VersionedStore`). */
export type ClaimSortStore = VersionedStore<StoredClaimSort>;

/** The claim-sorting store over a storage object. Never throws. */
export function createClaimSortStore(storage: StorageLike | null, options: StoreOptions = {}): ClaimSortStore {
  return createVersionedStore(storage, CLAIM_SORT_DOCUMENT, options);
}
