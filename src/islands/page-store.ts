import type { VersionedStore } from '../lib/store/versioned';

/**
 * Makes a page-wide store once, and keeps it in step with other tabs through the `storage` event
 * (`key` is null when another tab cleared storage). A module of its own, so an island that needs
 * one store does not bundle every other.
 */
export function pageStore<T>(key: string, create: () => VersionedStore<T>): () => VersionedStore<T> {
  let store: VersionedStore<T> | undefined;
  return () => {
    if (store) return store;
    const created = create();
    window.addEventListener('storage', (event) => {
      if (event.key === key || event.key === null) created.refresh();
    });
    store = created;
    return created;
  };
}
