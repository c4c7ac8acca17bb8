/**
 * The student's own highlights and private notes on lesson articles: one instance of the generic
 * versioned store (`versioned.ts`) under `HIGHLIGHTS_KEY`, and the only owner of that key. The
 * anchoring, re-anchoring, Markdown export and reducer are the pure logic of `src/lib/highlights.ts`.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1,
 *   "lessons": { "<lesson id>": [ { "id": "h1k2", "paragraph": 3, "start": 10, "end": 42,
 *     "quote": "the words as they were", "kind": "evidence", "note": "", "created": "2026-12-02T04:00:00.000Z" } ] } }
 * ```
 * Top-level keys this version does not know are kept. Kept small on purpose: the highlights island
 * imports this module before anything is highlighted, to know whether to paint saved highlights.
 */
import {
  createVersionedStore,
  isRecord,
  type DocumentSpec,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key of the highlights. */
export const HIGHLIGHTS_KEY = 'gloss:highlights';
/** The version this code writes. */
export const HIGHLIGHTS_VERSION = 1;
/** What a highlight marks, in toolbar order. */
export const HIGHLIGHT_KINDS = ['claim', 'evidence', 'question'] as const;
/** One kind of highlight. */
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
/** The longest note kept, so one pasted book cannot fill the device's storage. */
export const NOTE_MAX = 2000;

/** Where a highlight sits: a paragraph and a range of its verbatim text. */
export interface HighlightAnchor {
  /** The paragraph's number (its heading has the id `p<number>`). */
  paragraph: number;
  /** Offset of the first character, in the paragraph's verbatim text (UTF-16 units). */
  start: number;
  /** Offset just after the last character; greater than `start`. */
  end: number;
  /** The highlighted text itself, to find it again if the offsets no longer fit. */
  quote: string;
}

/** One highlight as stored. */
export interface Highlight extends HighlightAnchor {
  /** A short id, unique within the lesson. */
  id: string;
  /** What the student marks it as. */
  kind: HighlightKind;
  /** The student's private note ('' when none). */
  note: string;
  /** When it was made (ISO 8601), for ordering and the export. */
  created: string;
}

/** The stored document. */
export interface StoredHighlights {
  /** Each lesson's highlights, by lesson id. */
  lessons: Record<string, Highlight[]>;
  /** Top-level keys this version does not know, kept untouched and written back. */
  preserved: Record<string, unknown>;
}

/** Whether `x` is a kind of highlight. */
export const isHighlightKind = (x: unknown): x is HighlightKind => HIGHLIGHT_KINDS.some((k) => k === x);

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Reads one stored highlight, or reports why it was dropped. Never throws. */
export function readHighlight(entry: unknown, path: string, problems: string[]): Highlight | undefined {
  if (!isRecord(entry)) {
    problems.push(`${path}: not an object, dropped`);
    return undefined;
  }
  const { id, paragraph, start, end, quote, kind, note, created } = entry;
  if (
    typeof id !== 'string' ||
    id === '' ||
    !isOffset(paragraph) ||
    paragraph < 1 ||
    !isOffset(start) ||
    !isOffset(end) ||
    end <= start ||
    typeof quote !== 'string' ||
    quote === '' ||
    !isHighlightKind(kind)
  ) {
    problems.push(`${path}: not a valid highlight, dropped`);
    return undefined;
  }
  return {
    id,
    paragraph,
    start,
    end,
    quote,
    kind,
    note: typeof note === 'string' ? note.slice(0, NOTE_MAX) : '',
    created: typeof created === 'string' ? created : '',
  };
}

/** Highlights as a document of the generic store. */
export const HIGHLIGHTS_DOCUMENT: DocumentSpec<StoredHighlights> = {
  key: HIGHLIGHTS_KEY,
  name: 'highlights',
  version: HIGHLIGHTS_VERSION,
  migrations: {},
  empty: () => ({ lessons: {}, preserved: {} }),
  read(data, problems) {
    const { lessons, ...preserved } = data;
    const out: Record<string, Highlight[]> = {};
    if (lessons !== undefined && !isRecord(lessons)) problems.push('lessons: expected an object, dropped');
    for (const [lesson, list] of Object.entries(isRecord(lessons) ? lessons : {})) {
      if (!Array.isArray(list)) {
        problems.push(`lessons.${lesson}: expected a list, dropped`);
        continue;
      }
      const kept = list.flatMap((entry: unknown, i) => readHighlight(entry, `lessons.${lesson}[${i}]`, problems) ?? []);
      if (kept.length > 0) out[lesson] = kept;
    }
    // fromEntries keeps a "__proto__" lesson id as data, never as a prototype.
    return { lessons: Object.fromEntries(Object.entries(out)), preserved };
  },
  write: ({ lessons, preserved }) => ({ ...preserved, lessons }),
};

/** One lesson's highlights (empty when there are none). */
export function lessonHighlights(stored: StoredHighlights, lesson: string): readonly Highlight[] {
  return Object.hasOwn(stored.lessons, lesson) ? (stored.lessons[lesson] ?? []) : [];
}

/** A copy of the stored document with one lesson's highlights replaced (removed when empty). */
export function withLessonHighlights(
  stored: StoredHighlights,
  lesson: string,
  list: readonly Highlight[],
): StoredHighlights {
  const lessons = Object.fromEntries(Object.entries(stored.lessons).filter(([id]) => id !== lesson));
  if (list.length > 0) lessons[lesson] = [...list];
  return { ...stored, lessons };
}

/** A live highlights store (see `VersionedStore`). */
export type HighlightsStore = VersionedStore<StoredHighlights>;

/** The highlights store over a storage object. Never throws. */
export function createHighlightsStore(storage: StorageLike | null, options: StoreOptions = {}): HighlightsStore {
  return createVersionedStore(storage, HIGHLIGHTS_DOCUMENT, options);
}
