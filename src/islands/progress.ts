import {
  ASSIGNMENT_STORE_KEY,
  CLASSES_KEY,
  createClassesStore,
  type ClassesStore,
  createAssignmentStore,
  createProgressStore,
  localStorageOrNull,
  STORE_KEY,
  type AssignmentStore,
  type ProgressStore,
} from '../lib/store';
import { pageStore } from './page-store';

/**
 * The page's one progress store over localStorage, shared by every island on the page (each quiz
 * set is its own island).
 */
export const progressStore: () => ProgressStore = pageStore(STORE_KEY, () => createProgressStore(localStorageOrNull()));

/** The page's one assignment store over localStorage. */
export const assignmentStore: () => AssignmentStore = pageStore(ASSIGNMENT_STORE_KEY, () =>
  createAssignmentStore(localStorageOrNull()),
);

/** The page's one preferences store (its own module, so an island can take it alone). */
export { prefsStore } from './prefs-store';

/** The page's one classes store over localStorage (the class results page). */
export const classesStore: () => ClassesStore = pageStore(CLASSES_KEY, () => createClassesStore(localStorageOrNull()));
