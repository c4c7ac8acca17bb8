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
  perLessonDocument,
  type PerLessonStored,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key of the claim sorting. */
export const CLAIM_SORT_KEY = 'gloss:claim-sort';
/** The version this code writes. */
export const CLAIM_SORT_VERSION = 1;

/** The stored document: each lesson's sorting, by lesson id, and the keys this version does not know. */
export type StoredClaimSort = PerLessonStored<ClaimSortState>;

const perLesson = perLessonDocument<ClaimSortState>({
  key: CLAIM_SORT_KEY,
  name: 'claim sorting',
  version: CLAIM_SORT_VERSION,
  read: readClaimSort,
  empty: emptyClaimSort,
  // A lesson with nothing marked and nothing compared is removed.
  compact: (state) => (!state.compared && Object.keys(state.marks).length === 0 ? undefined : state),
});

/** Claim sorting as a document of the generic store. */
export const CLAIM_SORT_DOCUMENT = perLesson.document;
/** One lesson's sorting (empty when there is none). */
export const lessonClaimSort = perLesson.lesson;
/** A copy of the stored document with one lesson's sorting replaced (removed when empty). */
export const withLessonClaimSort = perLesson.withLesson;

/** A live claim-sorting store (see `VersionedStore`). */
export type ClaimSortStore = VersionedStore<StoredClaimSort>;

/** The claim-sorting store over a storage object. Never throws. */
export function createClaimSortStore(storage: StorageLike | null, options: StoreOptions = {}): ClaimSortStore {
  return createVersionedStore(storage, CLAIM_SORT_DOCUMENT, options);
}
