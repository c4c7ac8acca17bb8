import {
  ASSIGNMENT_STORE_KEY,
  CLASSES_KEY,
  createClassesStore,
  type ClassesStore,
  createAssignmentStore,
  createPrefsStore,
  createProgressStore,
  localStorageOrNull,
  PREFS_KEY,
  STORE_KEY,
  type AssignmentStore,
  type PrefsStore,
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

/** The page's one preferences store over localStorage (the inline snippet applies them on each page). */
export const prefsStore: () => PrefsStore = pageStore(PREFS_KEY, () => createPrefsStore(localStorageOrNull()));

/** The page's one classes store over localStorage (the class results page). */
export const classesStore: () => ClassesStore = pageStore(CLASSES_KEY, () => createClassesStore(localStorageOrNull()));
