/**
 * The teacher's classes on this device, one per assignment: the completion codes read on
 * `/teach/results/`, names the teacher fixed, marks and notes, and which attempt counts. One
 * instance of the generic versioned store (`versioned.ts`) under `CLASSES_KEY`; this module is the
 * only owner of that key. It is also the format of the file "Export class" writes and "Import
 * class" reads (`parseClassFile`), so a class moves to another machine as it is.
 *
 * Shape (version 1):
 * ```json
 * { "version": 1, "classes": { "<assignment id>": {
 *     "link": "1.eyJ…", "codes": ["A…"], "names": { "<code>": "Ana" },
 *     "marks": { "ana": "B+" }, "notes": { "ana": "Talked it through" }, "counts": "best",
 *     "rubric": { "1a2b3c4d/open-check-first": 0 } } } }
 * ```
 * `rubric` (optional, added later in version 1: older files without it read as no marks) holds
 * the rubric level chosen for each open answer, 0 the best, keyed by `rubricKey`.
 * ```json
 * ```
 */
import { crc32, utf8 } from '../codes';
import {
  createVersionedStore,
  isRecord,
  parseDocument,
  readRecord,
  serializeDocument,
  type DocumentSpec,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/** The localStorage key. */
export const CLASSES_KEY = 'gloss:classes';
/** The version this code writes. */
export const CLASSES_VERSION = 1;
/** Most codes one class keeps (a class with every attempt of 60 students fits easily). */
export const CODES_MAX = 2000;
/** Longest note or mark, in characters. */
export const NOTE_MAX = 500;

/** Which of a student's attempts counts in the table, the averages and the CSV. */
export type CountedAttempt = 'best' | 'latest';

/** One class: everything the results page keeps for one assignment. */
export interface SavedClass {
  /** The assignment link's fragment, so the class opens its assignment again. */
  link: string;
  /** Every completion code read, each once, in the order read. */
  codes: string[];
  /** Names the teacher gave, by code (its `codeKey`): for a code with no name, or a misspelt one. */
  names: Record<string, string>;
  /** The teacher's own mark per student (the student's name key), free text. */
  marks: Record<string, string>;
  /** The teacher's note per student (the student's name key). */
  notes: Record<string, string>;
  /** Which attempt counts. */
  counts: CountedAttempt;
  /** The rubric level (0 the best) the teacher chose per open answer, by `rubricKey`. */
  rubric: Record<string, number>;
}

/** Everything the store holds. */
export interface StoredClasses {
  /** Classes by assignment id. */
  classes: Record<string, SavedClass>;
}

/** An empty class for an assignment link. */
export const emptyClass = (link: string): SavedClass => ({
  link,
  codes: [],
  names: {},
  marks: {},
  notes: {},
  counts: 'latest',
  rubric: {},
});

/**
 * The key of one open answer's rubric mark: the CRC-32 of its code (so the key stays short however
 * long the written answers are) and the question id. A mark belongs to one attempt's answer.
 */
export const rubricKey = (code: string, question: string): string =>
  `${crc32(utf8(code)).toString(16).padStart(8, '0')}/${question}`;

/** Most levels a rubric has (so a stored level above it is not a mark). */
const LEVELS_MAX = 4;

const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/** A record of short texts, keeping the valid entries. */
function texts(value: unknown, field: string, problems: string[]): Record<string, string> {
  return readRecord(value, field, problems, (x) => (isText(x, NOTE_MAX) ? x : undefined));
}

/** One stored class, or undefined when its link or codes are not there. */
function readClass(value: unknown, problems: string[], where: string): SavedClass | undefined {
  if (!isRecord(value)) return undefined;
  const { link, codes, counts } = value;
  if (typeof link !== 'string' || link === '') {
    problems.push(`${where}.link: expected the assignment link, dropped`);
    return undefined;
  }
  if (!Array.isArray(codes) || codes.length > CODES_MAX || !codes.every((c) => isText(c, 10_000))) {
    problems.push(`${where}.codes: expected a list of at most ${CODES_MAX} codes, dropped`);
    return undefined;
  }
  return {
    link,
    codes: [...new Set(codes)],
    names: texts(value['names'], `${where}.names`, problems),
    marks: texts(value['marks'], `${where}.marks`, problems),
    notes: texts(value['notes'], `${where}.notes`, problems),
    counts: counts === 'best' ? 'best' : 'latest',
    rubric: readRecord(value['rubric'], `${where}.rubric`, problems, (x, path) => {
      if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < LEVELS_MAX) return x;
      problems.push(`${path}: expected a rubric level from 0 to ${LEVELS_MAX - 1}, dropped`);
      return undefined;
    }),
  };
}

/** The classes as a document of the generic store. */
export const CLASSES_DOCUMENT: DocumentSpec<StoredClasses> = {
  key: CLASSES_KEY,
  name: 'classes',
  version: CLASSES_VERSION,
  migrations: {},
  empty: () => ({ classes: {} }),
  read: (data, problems) => ({
    classes: readRecord(data['classes'], 'classes', problems, (value, path) => readClass(value, problems, path)),
  }),
  write: (value) => ({ classes: value.classes }),
};

/** A live classes store (see `VersionedStore`). */
export type ClassesStore = VersionedStore<StoredClasses>;

/** The classes store over a storage object. Never throws. */
export function createClassesStore(storage: StorageLike | null, options: StoreOptions = {}): ClassesStore {
  return createVersionedStore(storage, CLASSES_DOCUMENT, options);
}

/** A copy of the stored classes with one class set, or removed when `value` is undefined. */
export function withClass(stored: StoredClasses, id: string, value: SavedClass | undefined): StoredClasses {
  const classes = Object.fromEntries(Object.entries(stored.classes).filter(([k]) => k !== id));
  return { classes: value === undefined ? classes : { ...classes, [id]: value } };
}

/** The `format` field of an exported class file. */
export const CLASS_FILE_FORMAT = 'gloss-class';

/** An exported class file: the same document as the store, with a format marker, for one class. */
export function classFile(id: string, value: SavedClass): string {
  const doc = JSON.parse(serializeDocument({ classes: { [id]: value } }, CLASSES_DOCUMENT)) as Record<string, unknown>;
  return JSON.stringify({ format: CLASS_FILE_FORMAT, ...doc }, null, 2);
}

/** The outcome of reading an exported class file. */
export type ClassFileResult =
  { ok: true; id: string; value: SavedClass; problems: string[] } | { ok: false; message: string };

/**
 * Reads an exported class file (never throws): one class, with readable errors that say what is
 * wrong with the file and how to get a good one.
 */
export function parseClassFile(name: string, text: string): ClassFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `${name} is not a class file: it is not JSON. Choose the .json file “Export class” saved.`,
    };
  }
  if (!isRecord(raw) || raw['format'] !== CLASS_FILE_FORMAT) {
    return {
      ok: false,
      message: `${name} is not a class file: it has no "format": "${CLASS_FILE_FORMAT}". Choose the .json file “Export class” saved (a student's result file goes in “Result files” instead).`,
    };
  }
  const doc = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'format'));
  const parsed = parseDocument(JSON.stringify(doc), CLASSES_DOCUMENT);
  if (parsed.status === 'newer') {
    return { ok: false, message: `${name} was written by a newer version of Gloss; update this copy to read it.` };
  }
  const entries = Object.entries(parsed.value.classes);
  const [first] = entries;
  if (parsed.status !== 'ok' || entries.length !== 1 || !first) {
    const why = parsed.problems[0] ?? 'it holds no class';
    return { ok: false, message: `${name} could not be read: ${why}.` };
  }
  return { ok: true, id: first[0], value: first[1], problems: parsed.problems };
}
