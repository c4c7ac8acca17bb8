import { createProgressStore, localStorageOrNull, STORE_KEY, type ProgressStore } from '../lib/store';

let store: ProgressStore | undefined;

/**
 * The page's one progress store over localStorage, shared by every island on the page (each quiz
 * set is its own island) and kept in step with other tabs through the `storage` event.
 */
export function progressStore(): ProgressStore {
  if (store) return store;
  const created = createProgressStore(localStorageOrNull());
  window.addEventListener('storage', (event) => {
    if (event.key === STORE_KEY || event.key === null) created.refresh();
  });
  store = created;
  return created;
}
