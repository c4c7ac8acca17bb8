import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_DOCUMENT,
  ASSIGNMENT_STORE_KEY,
  backupKey,
  createAssignmentStore,
  createPrefsStore,
  createProgressStore,
  createVersionedStore,
  getSetProgress,
  parseDocument,
  PREFS_DOCUMENT,
  PREFS_KEY,
  PROGRESS_DOCUMENT,
  serializeProgress,
  STORE_KEY,
  withAssignmentProgress,
  withPrefs,
  withQuestionProgress,
  emptyProgress,
  type DocumentSpec,
  type QuestionProgress,
} from '../../src/lib/store';
import { FakeStorage } from '../helpers/fake-storage';

const LESSON = 'lesson-a';
const single: QuestionProgress = { answer: { type: 'single', choice: 1 }, submitted: true };
const other: QuestionProgress = { answer: { type: 'single', choice: 0 }, submitted: false };
const WHEN = new Date('2026-03-14T10:00:00.000Z');
const now = (): Date => WHEN;
const saved = serializeProgress(withQuestionProgress(emptyProgress(), LESSON, 'set-1', 'q1', single));

/** A tiny document for the generic tests: a list of words. */
const WORDS: DocumentSpec<{ words: string[] }> = {
  key: 'test:words',
  name: 'words',
  version: 2,
  migrations: {
    0: (data) => ({ ...data, version: 1 }),
    // Version 1 kept one word in `word`.
    1: (data) => ({ words: typeof data['word'] === 'string' ? [data['word']] : [], version: 2 }),
  },
  empty: () => ({ words: [] }),
  read: (data, problems) => {
    const words = data['words'];
    if (Array.isArray(words) && words.every((w) => typeof w === 'string')) return { words };
    problems.push('words: expected a list of words, dropped');
    return { words: [] };
  },
  write: (value) => ({ words: value.words }),
};

describe('parseDocument', () => {
  it('migrates step by step and marks what it found', () => {
    expect(parseDocument(null, WORDS)).toEqual({ value: { words: [] }, problems: [], status: 'empty' });
    expect(parseDocument('{"word":"hi"}', WORDS)).toEqual({ value: { words: ['hi'] }, problems: [], status: 'ok' });
    expect(parseDocument('{"version":1,"word":"hi"}', WORDS).value).toEqual({ words: ['hi'] });
    expect(parseDocument('{"version":2,"words":["a","b"]}', WORDS).value).toEqual({ words: ['a', 'b'] });
    expect(parseDocument('{"version":3}', WORDS)).toMatchObject({ status: 'newer' });
    for (const raw of ['{', '7', '{"version":1.5}', '{"version":"2"}']) {
      expect(parseDocument(raw, WORDS).status, raw).toBe('unreadable');
    }
  });

  it('names the kind of data in its problems', () => {
    expect(parseDocument('{', WORDS).problems).toEqual(['stored words is not valid JSON; starting afresh']);
    expect(parseDocument('[]', ASSIGNMENT_DOCUMENT).problems).toEqual([
      'stored assignments is not an object; starting afresh',
    ]);
    expect(parseDocument('{"theme":', PREFS_DOCUMENT).problems).toEqual([
      'stored preferences is not valid JSON; starting afresh',
    ]);
  });

  it('never throws, whatever text is stored, for every document kind', () => {
    const specs: DocumentSpec<unknown>[] = [PROGRESS_DOCUMENT, ASSIGNMENT_DOCUMENT, PREFS_DOCUMENT, WORDS] as never;
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ version: 1, lessons: v, assignments: v, theme: v, words: v })),
    );
    fc.assert(
      fc.property(stored, fc.constantFrom(...specs), (raw, spec) => {
        const parsed = parseDocument(raw, spec);
        expect(['empty', 'ok', 'unreadable', 'newer']).toContain(parsed.status);
      }),
    );
  });
});

describe('a store over unreadable data', () => {
  it('sets it aside under a backup key, says so for this visit, and saves afresh', () => {
    const storage = new FakeStorage();
    storage.data.set(STORE_KEY, '{"version":"x"}');
    const store = createProgressStore(storage, STORE_KEY, { now });
    expect(store.getSnapshot()).toEqual(emptyProgress());
    const key = backupKey(STORE_KEY, WHEN);
    expect(key).toBe('gloss:progress:backup:2026-03-14T10:00:00.000Z');
    expect(storage.data.get(key)).toBe('{"version":"x"}');
    expect(storage.data.has(STORE_KEY)).toBe(false);
    expect(store.notice()).toEqual({ persistence: 'saved', setAside: key, newer: false });
    store.update((p) => withQuestionProgress(p, LESSON, 'set-1', 'q1', single));
    expect(storage.data.get(STORE_KEY)).toBe(saved);
    expect(storage.data.get(key)).toBe('{"version":"x"}');
    // The learner is told once: the next visit finds readable data and says nothing.
    expect(createProgressStore(storage).notice()).toEqual({ persistence: 'saved', newer: false });
  });

  it('sets aside a failed migration and an unknown version of any document', () => {
    const storage = new FakeStorage();
    storage.data.set(ASSIGNMENT_STORE_KEY, '{"version":-1,"assignments":{}}');
    storage.data.set(PREFS_KEY, '{"theme":');
    storage.data.set(WORDS.key, '{"version":1,"word":"x"}');
    const failing: typeof WORDS = { ...WORDS, migrations: {} };
    expect(createAssignmentStore(storage, { now }).notice().setAside).toBe(backupKey(ASSIGNMENT_STORE_KEY, WHEN));
    expect(createPrefsStore(storage, { now }).notice().setAside).toBe(backupKey(PREFS_KEY, WHEN));
    const words = createVersionedStore(storage, failing, { now });
    expect(words.problems()).toEqual(['no migration from version 1; starting afresh']);
    expect(storage.data.get(backupKey(WORDS.key, WHEN))).toBe('{"version":1,"word":"x"}');
  });

  it('leaves it in place, and never writes over it, when it cannot be copied', () => {
    const storage = new FakeStorage();
    storage.data.set(STORE_KEY, 'not json');
    storage.failSet = true;
    const store = createProgressStore(storage, STORE_KEY, { now });
    expect(store.notice()).toEqual({ persistence: 'read-only', setAside: '', newer: false });
    storage.failSet = false;
    store.update((p) => withQuestionProgress(p, LESSON, 'set-1', 'q1', single));
    expect(storage.data.get(STORE_KEY)).toBe('not json');
    expect(storage.backups(STORE_KEY)).toEqual([]);
    expect(getSetProgress(store.getSnapshot(), LESSON, 'set-1')?.questions['q1']).toEqual(single);
  });

  it('reads a readable document with bad entries without setting anything aside', () => {
    const storage = new FakeStorage();
    storage.data.set(STORE_KEY, '{"version":1,"lessons":{"x":3}}');
    const store = createProgressStore(storage);
    expect(store.problems()).toEqual(['lessons.x: expected an object, dropped']);
    expect(store.notice()).toEqual({ persistence: 'saved', newer: false });
    expect(storage.backups(STORE_KEY)).toEqual([]);
  });
});

describe('a store over full storage (quota exceeded)', () => {
  it('still shows the saved data, warns before any change, and keeps new changes for the visit', () => {
    const storage = new FakeStorage();
    storage.data.set(STORE_KEY, saved);
    storage.failSet = true;
    const store = createProgressStore(storage);
    expect(getSetProgress(store.getSnapshot(), LESSON, 'set-1')?.questions['q1']).toEqual(single);
    expect(store.isPersistent()).toBe(false);
    expect(store.notice()).toEqual({ persistence: 'read-only', newer: false });
    store.update((p) => withQuestionProgress(p, LESSON, 'set-1', 'q2', other));
    const questions = getSetProgress(store.getSnapshot(), LESSON, 'set-1')?.questions;
    expect(questions).toEqual({ q1: single, q2: other });
    expect(storage.data.get(STORE_KEY)).toBe(saved);
  });

  it('shows saved assignments when storage fills up after the page opened', () => {
    const storage = new FakeStorage();
    const store = createAssignmentStore(storage);
    const progress = { name: 'Ana', salt: 'S', attempts: [] };
    store.update((d) => withAssignmentProgress(d, 'A', progress));
    storage.failSet = true;
    store.update((d) => withAssignmentProgress(d, 'B', progress));
    expect(Object.keys(store.getSnapshot().assignments)).toEqual(['A', 'B']);
    expect(store.notice().persistence).toBe('read-only');
    expect(Object.keys(createAssignmentStore(storage).getSnapshot().assignments)).toEqual(['A']);
  });

  it('reports a newer version as read-only, and memory when storage cannot even be read', () => {
    const storage = new FakeStorage();
    storage.data.set(PREFS_KEY, '{"version":9,"theme":"dark"}');
    expect(createPrefsStore(storage).notice()).toEqual({ persistence: 'read-only', newer: true });
    storage.failGet = true;
    expect(createPrefsStore(storage).notice()).toEqual({ persistence: 'memory', newer: false });
    expect(createPrefsStore(null).notice()).toEqual({ persistence: 'memory', newer: false });
  });

  it('gives the same notice object until something changes (for useSyncExternalStore)', () => {
    const store = createProgressStore(new FakeStorage());
    expect(store.notice()).toBe(store.notice());
  });
});

describe('any text in storage', () => {
  it('never makes a store throw, and a store never writes over what it could not read', () => {
    const stored = fc.oneof(fc.string(), fc.json(), fc.constant('{"version":1,"lessons":{"a":{"quizzes":7}}}'));
    fc.assert(
      fc.property(stored, fc.boolean(), (raw, full) => {
        const storage = new FakeStorage();
        storage.data.set(STORE_KEY, raw);
        storage.failSet = full;
        const store = createProgressStore(storage, STORE_KEY, { now });
        store.getSnapshot();
        const notice = store.notice();
        store.update((p) => withQuestionProgress(p, LESSON, 'set-1', 'q1', single));
        expect(getSetProgress(store.getSnapshot(), LESSON, 'set-1')?.questions['q1']).toEqual(single);
        const status = parseDocument(raw, PROGRESS_DOCUMENT).status;
        if (status === 'unreadable') {
          // The original is either moved to the backup or left where it was: never lost.
          const kept = storage.data.get(backupKey(STORE_KEY, WHEN)) ?? storage.data.get(STORE_KEY);
          expect(kept).toBe(raw);
          expect(notice.setAside).toBeDefined();
        }
        if (status === 'newer' || full) expect(storage.data.get(STORE_KEY)).toBe(raw);
      }),
    );
  });
});

describe('preferences', () => {
  it('read the inline snippet’s unversioned format, keep unknown keys and drop bad values', () => {
    const storage = new FakeStorage();
    storage.data.set(PREFS_KEY, '{"theme":"dark","text":9,"notes":false,"claims":"yes","future":1}');
    const store = createPrefsStore(storage);
    expect(store.getSnapshot()).toEqual({ prefs: { theme: 'dark', notes: false }, preserved: { future: 1 } });
    expect(store.problems()).toEqual([
      'text: 9 is not a whole number from -1 to 3, dropped',
      'claims: expected true or false, dropped',
    ]);
    store.update((s) => withPrefs(s, { notes: true, claims: true }));
    expect(JSON.parse(storage.data.get(PREFS_KEY) ?? '')).toEqual({
      future: 1,
      theme: 'dark',
      notes: true,
      claims: true,
      version: 1,
    });
  });

  it('keep the fonts mark and a read-aloud speed that is offered, and drop one that is not', () => {
    const storage = new FakeStorage();
    storage.data.set(PREFS_KEY, '{"version":1,"fonts":true,"readAloudRate":1.25}');
    expect(createPrefsStore(storage).getSnapshot().prefs).toEqual({ fonts: true, readAloudRate: 1.25 });
    storage.data.set(PREFS_KEY, '{"version":1,"fonts":"yes","readAloudRate":3}');
    const store = createPrefsStore(storage);
    expect(store.getSnapshot().prefs).toEqual({});
    expect(store.problems()).toEqual([
      'fonts: expected true or false, dropped',
      'readAloudRate: 3 is not one of 0.75, 1, 1.25, 1.5, dropped',
    ]);
  });
});
