/**
 * One generic, versioned JSON document in localStorage. Progress, assignments and preferences are
 * instances of it (`progress.ts`, `assignments.ts`, `prefs.ts`), and each of those modules is the
 * only owner of its key.
 *
 * What every instance promises:
 * - Reading never throws, whatever the stored text is.
 * - Old versions are upgraded step by step with `migrations`; missing `version` is version 0.
 * - Unreadable data (invalid JSON, not an object, an unknown version, a failed migration) is never
 *   silently overwritten: it is copied to a backup key, `<key>:backup:<ISO time>`, before the
 *   store starts afresh, and the store reports it once so the page can tell the learner.
 * - Data written by a newer version is left untouched; changes stay in memory.
 * - Reading does not depend on writing: when storage is full (or writing fails for any reason), the
 *   saved data is still read and shown, and the store reports that new changes are not saved.
 *
 * The parts here are checked by hand, not with zod, to keep the islands that import them small.
 */

/** The part of the Web Storage API the stores use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One upgrade step: turns the data of version N into version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** What a stored document turned out to be. */
export type StoredStatus =
  /** Nothing was stored. */
  | 'empty'
  /** A readable document (perhaps with some entries dropped; see `problems`). */
  | 'ok'
  /** Unreadable as a whole: it is set aside under a backup key, never overwritten. */
  | 'unreadable'
  /** Written by a newer version: left untouched, changes stay in memory. */
  | 'newer';

/** How one kind of document is read and written. */
export interface DocumentSpec<T> {
  /** The localStorage key; exactly one module owns it. */
  key: string;
  /** What the data is, for problem messages ("stored progress is not valid JSON"). */
  name: string;
  /** The version this code writes. Bump it and add a step to `migrations` when the shape changes. */
  version: number;
  /** Upgrade steps by the version they upgrade from. */
  migrations: Readonly<Record<number, Migration>>;
  /** A fresh, empty document. */
  empty: () => T;
  /**
   * Reads a current-version document (its `version` field removed), keeping every valid part.
   * Each dropped part is reported in `problems`. Must not throw.
   */
  read: (data: Record<string, unknown>, problems: string[]) => T;
  /** The fields to store for `value` (the store adds `version`). */
  write: (value: T) => Record<string, unknown>;
}

/** The outcome of reading a stored document. */
export interface ParsedDocument<T> {
  /** The valid part of what was stored (empty if nothing was). */
  value: T;
  /** What was dropped and why, for logs and tests; empty when the data was fine. */
  problems: string[];
  /** What the stored text was as a whole. */
  status: StoredStatus;
}

/** Whether `x` is a plain JSON object (not null, not an array). */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads each entry of an object with `read`, keeping the entries it accepts. A missing object is
 * fine; anything else that is not an object is reported and read as empty.
 */
export function readRecord<T>(
  value: unknown,
  path: string,
  problems: string[],
  read: (entry: unknown, path: string) => T | undefined,
): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push(`${path}: expected an object, dropped`);
    return {};
  }
  // fromEntries defines own properties, so a "__proto__" key stays data and never a prototype.
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, entry]) => {
      const item = read(entry, `${path}.${key}`);
      return item === undefined ? [] : [[key, item] as const];
    }),
  );
}

/** A copy of `record` with `key` set to `value`, or removed when `value` is undefined. */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const entries = Object.entries(record).filter(([k]) => k !== key);
  return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}

/** A document that keeps one state per lesson, plus the top-level keys this version does not know. */
export interface PerLessonStored<T> {
  /** Each lesson's state, by lesson id. */
  lessons: Record<string, T>;
  /** Top-level keys this version does not know, kept untouched and written back. */
  preserved: Record<string, unknown>;
}

/** What differs between per-lesson documents (claim sorting, lateral reading). */
export interface PerLessonSpec<T> {
  /** The localStorage key. */
  key: string;
  /** What the data is, in words, for messages. */
  name: string;
  /** The version this code writes. */
  version: number;
  /** Reads one lesson's stored state, reporting what it drops into `problems`. */
  read: (value: unknown, path: string, problems: string[]) => T;
  /** A lesson's state before the learner has done anything. */
  empty: () => T;
  /** The state as it is stored, or undefined when nothing in it is worth keeping (the lesson is removed). */
  compact: (state: T) => T | undefined;
}

/**
 * The document spec and the two accessors of a per-lesson document, so each instance states only
 * what differs: its key, name, version, reader and what counts as empty.
 */
export function perLessonDocument<T>(spec: PerLessonSpec<T>): {
  document: DocumentSpec<PerLessonStored<T>>;
  lesson: (stored: PerLessonStored<T>, lesson: string) => T;
  withLesson: (stored: PerLessonStored<T>, lesson: string, state: T) => PerLessonStored<T>;
} {
  return {
    document: {
      key: spec.key,
      name: spec.name,
      version: spec.version,
      migrations: {},
      empty: () => ({ lessons: {}, preserved: {} }),
      read(data, problems) {
        const { lessons, ...preserved } = data;
        return {
          lessons: readRecord(lessons, 'lessons', problems, (entry, path) => spec.read(entry, path, problems)),
          preserved,
        };
      },
      write: ({ lessons, preserved }) => ({ ...preserved, lessons }),
    },
    lesson: (stored, lesson) =>
      Object.hasOwn(stored.lessons, lesson) ? (stored.lessons[lesson] ?? spec.empty()) : spec.empty(),
    withLesson: (stored, lesson, state) => ({
      ...stored,
      lessons: withEntry(stored.lessons, lesson, spec.compact(state)),
    }),
  };
}

/**
 * Reads a stored document from its JSON text. Never throws: invalid JSON, a non-object, an
 * unknown version or a failing migration give an empty document marked `unreadable`; a newer
 * version gives an empty one marked `newer`; old versions are upgraded with `migrations` (default:
 * the spec's own); inside a valid document, the spec's `read` keeps every valid part.
 */
export function parseDocument<T>(
  raw: string | null | undefined,
  spec: DocumentSpec<T>,
  migrations: Readonly<Record<number, Migration>> = spec.migrations,
): ParsedDocument<T> {
  const fail = (problem: string, status: StoredStatus = 'unreadable'): ParsedDocument<T> => ({
    value: spec.empty(),
    problems: [problem],
    status,
  });
  if (raw === null || raw === undefined || raw === '') return { value: spec.empty(), problems: [], status: 'empty' };
  const what = `stored ${spec.name}`;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail(`${what} is not valid JSON; starting afresh`);
  }
  if (!isRecord(data)) return fail(`${what} is not an object; starting afresh`);
  const version = data['version'] ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(`${what} has an unknown version ${JSON.stringify(version)}; starting afresh`);
  }
  if (version > spec.version) {
    return fail(`${what} was written by a newer version (${version}); it is left untouched`, 'newer');
  }
  let current: Record<string, unknown> = data;
  for (let v = version; v < spec.version; v += 1) {
    const step = migrations[v];
    if (!step) return fail(`no migration from version ${v}; starting afresh`);
    try {
      current = step(current);
    } catch (error) {
      return fail(`migration from version ${v} failed (${String(error)}); starting afresh`);
    }
  }
  const fields = { ...current };
  delete fields['version'];
  const problems: string[] = [];
  try {
    return { value: spec.read(fields, problems), problems, status: 'ok' };
  } catch (error) {
    // A reader is written not to throw; if one ever does, the data is still set aside, not lost.
    return fail(`${what} could not be read (${String(error)}); starting afresh`);
  }
}

/** The JSON text to store for `value`. */
export function serializeDocument<T>(value: T, spec: DocumentSpec<T>): string {
  return JSON.stringify({ ...spec.write(value), version: spec.version });
}

/** Where a store keeps changes now. */
export type Persistence =
  /** Changes are saved on the device. */
  | 'saved'
  /**
   * Saved data is read and shown, but changes cannot be written (storage full, or the data was
   * written by a newer version): new changes last for this visit only.
   */
  | 'read-only'
  /** No storage at all (missing or blocked): everything lasts for this visit only. */
  | 'memory';

/** What the page should tell the learner about stored data. */
export interface StoreNotice {
  /** Where changes are kept. */
  persistence: Persistence;
  /**
   * The backup key unreadable data was moved to during this visit, or `''` when it could not be
   * moved (it is then left in place, untouched); undefined when nothing was unreadable.
   */
  setAside?: string;
  /** Whether the stored data was written by a newer version (and is left untouched). */
  newer: boolean;
}

/** A live store: read a snapshot, change it, and hear about changes (for `useSyncExternalStore`). */
export interface VersionedStore<T> {
  /** The current value; the same object until the stored text changes. */
  getSnapshot: () => T;
  /** Applies a change to the latest stored value, saves it if it can, and notifies listeners. */
  update: (change: (value: T) => T) => void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void;
  /** Re-reads storage and notifies listeners (another tab may have changed it). */
  refresh: () => void;
  /** Whether changes are being saved on the device. */
  isPersistent: () => boolean;
  /** What the page should tell the learner; the same object until it changes. */
  notice: () => StoreNotice;
  /** Problems found in the stored data the last time it was read. */
  problems: () => readonly string[];
}

/** Options of {@link createVersionedStore}. */
export interface StoreOptions {
  /** The clock for backup keys (tests pass a fixed one). */
  now?: () => Date;
}

/** The key unreadable data of `key` is moved to. */
export const backupKey = (key: string, when: Date): string => `${key}:backup:${when.toISOString()}`;

/**
 * Wraps a storage object with a document spec. Never throws. A failing read switches to memory;
 * a failing write keeps reading the saved data and holds changes in memory on top of it.
 */
export function createVersionedStore<T>(
  storage: StorageLike | null,
  spec: DocumentSpec<T>,
  options: StoreOptions = {},
): VersionedStore<T> {
  const { key } = spec;
  const now = options.now ?? (() => new Date());
  let reader: StorageLike | null = storage;
  // Whether writes may go to storage; found out by a probe on the first read, and lost on any failed write.
  let writable: boolean | undefined;
  // This visit's changes when they cannot be written; when set, they are what the store shows.
  let overlay: string | null = null;
  let setAside: string | undefined;
  let newer = false;
  let cache: { raw: string | null; parsed: ParsedDocument<T> } | undefined;
  let notice: StoreNotice | undefined;
  const listeners = new Set<() => void>();

  const tryWrite = (write: (s: StorageLike) => void): boolean => {
    if (!reader || writable === false) return false;
    try {
      write(reader);
      return true;
    } catch {
      writable = false;
      return false;
    }
  };
  const readRaw = (): string | null => {
    if (overlay !== null || !reader) return overlay;
    try {
      return reader.getItem(key);
    } catch {
      reader = null;
      return overlay;
    }
  };
  const probe = (): void => {
    if (writable !== undefined) return;
    writable = true;
    // A full storage throws here: the saved data is still read, and the page warns before any answer.
    tryWrite((s) => {
      s.setItem(`${key}:probe`, '1');
      s.removeItem(`${key}:probe`);
    });
  };
  const read = (): ParsedDocument<T> => {
    probe();
    const raw = readRaw();
    if (cache?.raw === raw) return cache.parsed;
    const parsed = parseDocument(raw, spec);
    cache = { raw, parsed };
    if (parsed.status === 'newer') newer = true;
    if (parsed.status === 'unreadable' && raw !== null && overlay === null && setAside === undefined) {
      // Moved, not dropped: copy first, and only remove the original once the copy is written.
      const target = backupKey(key, now());
      const moved =
        tryWrite((s) => {
          s.setItem(target, raw);
        }) &&
        tryWrite((s) => {
          s.removeItem(key);
        });
      setAside = moved ? target : '';
      // The problems stay on record for this visit, though storage now reads as empty.
      if (moved) cache = { raw: null, parsed };
    }
    return parsed;
  };
  const persistence = (): Persistence => {
    if (!reader) return 'memory';
    return writable === false || overlay !== null || newer ? 'read-only' : 'saved';
  };
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  return {
    getSnapshot: () => read().value,
    update(change) {
      const current = read();
      const text = serializeDocument(change(current.value), spec);
      // Unreadable data that could not be moved, and newer data, are never written over.
      const keep = current.status === 'newer' || setAside === '';
      const saved =
        overlay === null &&
        !keep &&
        tryWrite((s) => {
          s.setItem(key, text);
        });
      if (!saved) overlay = text;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: notify,
    isPersistent: () => {
      read();
      return persistence() === 'saved';
    },
    notice() {
      read();
      const next: StoreNotice = { persistence: persistence(), ...(setAside === undefined ? {} : { setAside }), newer };
      if (
        notice?.persistence !== next.persistence ||
        notice.setAside !== next.setAside ||
        notice.newer !== next.newer
      ) {
        notice = next;
      }
      return notice;
    },
    problems: () => read().problems,
  };
}

/**
 * The browser's localStorage if it can be read, else null (blocked by privacy settings, missing in
 * some embedded views, or throwing on access). Only reading is tried: a full storage is still
 * worth reading, and each store finds out for itself whether it can write.
 */
export function localStorageOrNull(): StorageLike | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return null;
    storage.getItem('gloss:probe');
    return storage;
  } catch {
    return null;
  }
}
