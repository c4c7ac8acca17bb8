import type { StorageLike } from '../../src/lib/store';

/** An in-memory Storage with switches to make it fail as a real one can. */
export class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  /** Reading throws, as a blocked storage does. */
  failGet = false;
  /** Writing throws, as a full storage does (QuotaExceededError). */
  failSet = false;
  getItem(key: string): string | null {
    if (this.failGet) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failSet) throw new DOMException('full', 'QuotaExceededError');
    this.data.delete(key);
  }
  /** The keys that hold a backup of `key`. */
  backups(key: string): string[] {
    return [...this.data.keys()].filter((k) => k.startsWith(`${key}:backup:`));
  }
}
