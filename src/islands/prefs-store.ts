import { createPrefsStore, PREFS_KEY, type PrefsStore } from '../lib/store/prefs';
import { localStorageOrNull } from '../lib/store/versioned';
import { pageStore } from './page-store';

/**
 * The page's one preferences store over localStorage (the inline snippet applies them on each
 * page). A module of its own, importing the store's modules directly rather than through
 * `src/lib/store`, so that an island needing only the preferences (read-aloud's saved speed) does
 * not bundle the progress, assignment and class stores too: read-aloud went from 3 KB to 14 KB gzip
 * that way.
 */
export const prefsStore: () => PrefsStore = pageStore(PREFS_KEY, () => createPrefsStore(localStorageOrNull()));
