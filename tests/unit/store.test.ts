import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createProgressStore,
  emptyProgress,
  getSetProgress,
  localStorageOrNull,
  parseProgress,
  serializeProgress,
  STORE_KEY,
  STORE_VERSION,
  withQuestionProgress,
  withSetProgress,
  type Migration,
  type Progress,
  type QuestionProgress,
} from '../../src/lib/store';
import { FakeStorage } from '../helpers/fake-storage';

const LESSON = 'russia-afghanistan-threats';
const single: QuestionProgress = { answer: { type: 'single', choice: 2 }, submitted: true };
const order: QuestionProgress = { answer: { type: 'order', order: [2, 0, 1] }, submitted: false };

function sample(): Progress {
  let p = emptyProgress();
  p = withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', single);
  p = withQuestionProgress(p, LESSON, 'put-in-order', 'order-isis', order);
  return p;
}

describe('parseProgress and serializeProgress', () => {
  it('round-trips progress, keeping top-level keys it does not know', () => {
    const p = { ...sample(), preserved: { assignments: { a1: { started: '2025-01-01' } } } };
    const text = serializeProgress(p);
    expect(JSON.parse(text)).toMatchObject({ version: STORE_VERSION, assignments: { a1: { started: '2025-01-01' } } });
    expect(parseProgress(text)).toEqual({ progress: p, problems: [], writable: true });
  });

  it('reads nothing stored as an empty store, without problems', () => {
    for (const raw of [null, undefined, '']) {
      expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), problems: [], writable: true });
    }
  });

  it('recovers from corrupt JSON and from JSON that is not an object', () => {
    const cases: [string, string][] = [
      ['{"version":1,"lessons":', 'stored progress is not valid JSON; starting afresh'],
      ['garbage', 'stored progress is not valid JSON; starting afresh'],
      ['"garbage"', 'stored progress is not an object; starting afresh'],
      ['[1,2,3]', 'stored progress is not an object; starting afresh'],
      ['null', 'stored progress is not an object; starting afresh'],
      ['{"version":"1","lessons":{}}', 'stored progress has an unknown version "1"; starting afresh'],
      ['{"version":-3}', 'stored progress has an unknown version -3; starting afresh'],
    ];
    for (const [raw, problem] of cases) {
      expect(parseProgress(raw), raw).toEqual({ progress: emptyProgress(), problems: [problem], writable: true });
    }
  });

  it('migrates unversioned data (version 0) to the current version', () => {
    const v0 = JSON.stringify({ lessons: sample().lessons });
    const parsed = parseProgress(v0);
    expect(parsed.problems).toEqual([]);
    expect(parsed.progress).toEqual(sample());
  });

  it('runs each migration step in turn from an older shape', () => {
    // A made-up history: version 0 kept answers in a flat map keyed "<lesson>/<set>/<question>".
    const migrations: Record<number, Migration> = {
      0: (data) => {
        const lessons: Record<string, { quizzes: Record<string, { questions: Record<string, unknown> }> }> = {};
        for (const [key, value] of Object.entries(data['answers'] as Record<string, unknown>)) {
          const [lesson = '', set = '', question = ''] = key.split('/');
          lessons[lesson] ??= { quizzes: {} };
          const quizzes = lessons[lesson].quizzes;
          quizzes[set] ??= { questions: {} };
          quizzes[set].questions[question] = value;
        }
        return { version: 1, lessons };
      },
    };
    const old = JSON.stringify({ answers: { [`${LESSON}/check-opening/co-source-named`]: single } });
    const parsed = parseProgress(old, migrations);
    expect(parsed.problems).toEqual([]);
    expect(getSetProgress(parsed.progress, LESSON, 'check-opening')).toEqual({
      questions: { 'co-source-named': single },
    });
  });

  it('starts afresh when a migration is missing or throws', () => {
    expect(parseProgress('{"lessons":{}}', {}).problems).toEqual(['no migration from version 0; starting afresh']);
    const throwing = parseProgress('{"lessons":{}}', {
      0: () => {
        throw new Error('boom');
      },
    });
    expect(throwing.problems).toEqual(['migration from version 0 failed (Error: boom); starting afresh']);
    expect(throwing.progress).toEqual(emptyProgress());
  });

  it('leaves data from a newer version alone', () => {
    const parsed = parseProgress(JSON.stringify({ version: STORE_VERSION + 1, lessons: { x: 'new shape' } }));
    expect(parsed.writable).toBe(false);
    expect(parsed.progress).toEqual(emptyProgress());
    expect(parsed.problems).toEqual([
      `stored progress was written by a newer version (${STORE_VERSION + 1}); it is left untouched`,
    ]);
  });

  it('keeps every valid entry and drops every invalid one, saying where', () => {
    const raw = JSON.stringify({
      version: 1,
      lessons: {
        [LESSON]: {
          quizzes: {
            'check-opening': {
              questions: {
                'co-source-named': single,
                'bad-type': { answer: { type: 'essay', text: 'hi' }, submitted: true },
                'bad-flag': { answer: { type: 'single', choice: 1 }, submitted: 'yes' },
                'bad-index': { answer: { type: 'single', choice: -1 }, submitted: false },
                'not-object': 42,
              },
            },
            'put-in-order': { questions: { 'order-isis': order } },
            'no-questions': { questions: [1, 2] },
            'a-string': 'oops',
          },
        },
        'other-lesson': 'not a lesson',
        'third-lesson': { quizzes: null },
      },
    });
    const parsed = parseProgress(raw);
    expect(parsed.progress).toEqual({
      ...sample(),
      lessons: {
        [LESSON]: {
          quizzes: {
            ...sample().lessons[LESSON]?.quizzes,
            'no-questions': { questions: {} },
          },
        },
        'third-lesson': { quizzes: {} },
      },
    });
    expect(parsed.problems).toEqual([
      `lessons.${LESSON}.quizzes.check-opening.questions.bad-type: not a saved answer, dropped`,
      `lessons.${LESSON}.quizzes.check-opening.questions.bad-flag: not a saved answer, dropped`,
      `lessons.${LESSON}.quizzes.check-opening.questions.bad-index: not a saved answer, dropped`,
      `lessons.${LESSON}.quizzes.check-opening.questions.not-object: not a saved answer, dropped`,
      `lessons.${LESSON}.quizzes.no-questions.questions: expected an object, dropped`,
      `lessons.${LESSON}.quizzes.a-string: expected an object, dropped`,
      'lessons.other-lesson: expected an object, dropped',
      'lessons.third-lesson.quizzes: expected an object, dropped',
    ]);
  });

  it('reads a wrongly typed "lessons" as empty and keeps "__proto__" keys as plain data', () => {
    expect(parseProgress('{"version":1,"lessons":[]}').problems).toEqual(['lessons: expected an object, dropped']);
    const parsed = parseProgress('{"version":1,"lessons":{"__proto__":{"quizzes":{}}}}');
    expect(Object.getPrototypeOf(parsed.progress.lessons)).toBe(Object.prototype);
    expect(Object.keys(parsed.progress.lessons)).toEqual(['__proto__']);
  });
});

describe('updating progress', () => {
  it('replaces and removes questions and sets without touching the rest', () => {
    const p = sample();
    const removed = withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', undefined);
    expect(getSetProgress(removed, LESSON, 'check-opening')).toEqual({ questions: {} });
    expect(getSetProgress(removed, LESSON, 'put-in-order')).toEqual(getSetProgress(p, LESSON, 'put-in-order'));
    const cleared = withSetProgress(p, LESSON, 'put-in-order', undefined);
    expect(getSetProgress(cleared, LESSON, 'put-in-order')).toBeUndefined();
    expect(getSetProgress(p, LESSON, 'put-in-order')).toBeDefined();
    expect(getSetProgress(p, LESSON, 'toString')).toBeUndefined();
    expect(getSetProgress(p, 'constructor', 'x')).toBeUndefined();
  });
});

describe('createProgressStore', () => {
  it('saves to storage and gives the same snapshot until the stored text changes', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(storage);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.update((p) => withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', single));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.data.get(STORE_KEY) ?? '')).toMatchObject({ version: 1 });
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(getSetProgress(second, LESSON, 'check-opening')?.questions['co-source-named']).toEqual(single);
    stop();
    store.update((p) => p);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.isPersistent()).toBe(true);
  });

  it('builds on what is stored now, so two sets on a page do not overwrite each other', () => {
    const storage = new FakeStorage();
    const a = createProgressStore(storage);
    const b = createProgressStore(storage);
    a.update((p) => withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', single));
    b.update((p) => withQuestionProgress(p, LESSON, 'put-in-order', 'order-isis', order));
    expect(parseProgress(storage.data.get(STORE_KEY)).progress).toEqual(sample());
  });

  it('recovers corrupt stored data, setting it aside, and saves afresh on the next save', () => {
    const storage = new FakeStorage();
    storage.data.set(STORE_KEY, '{"version":1,"lessons":');
    const store = createProgressStore(storage);
    expect(store.getSnapshot()).toEqual(emptyProgress());
    expect(store.problems()).toEqual(['stored progress is not valid JSON; starting afresh']);
    expect(storage.backups(STORE_KEY).map((k) => storage.data.get(k))).toEqual(['{"version":1,"lessons":']);
    store.update((p) => withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', single));
    expect(parseProgress(storage.data.get(STORE_KEY))).toMatchObject({ problems: [] });
    expect(store.problems()).toEqual([]);
  });

  it('keeps working in memory when storage is missing, blocked or full', () => {
    const none = createProgressStore(null);
    none.update((p) => withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', single));
    expect(getSetProgress(none.getSnapshot(), LESSON, 'check-opening')).toBeDefined();
    expect(none.isPersistent()).toBe(false);

    const blocked = new FakeStorage();
    blocked.failGet = true;
    const store = createProgressStore(blocked);
    expect(store.getSnapshot()).toEqual(emptyProgress());
    store.update((p) => withQuestionProgress(p, LESSON, 'put-in-order', 'order-isis', order));
    expect(getSetProgress(store.getSnapshot(), LESSON, 'put-in-order')).toBeDefined();
    expect(store.isPersistent()).toBe(false);

    const full = new FakeStorage();
    full.failSet = true;
    const fullStore = createProgressStore(full);
    fullStore.update((p) => withQuestionProgress(p, LESSON, 'put-in-order', 'order-isis', order));
    expect(getSetProgress(fullStore.getSnapshot(), LESSON, 'put-in-order')).toBeDefined();
    expect(fullStore.isPersistent()).toBe(false);
  });

  it('does not overwrite data written by a newer version', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: STORE_VERSION + 1, lessons: {} });
    storage.data.set(STORE_KEY, newer);
    const store = createProgressStore(storage);
    store.update((p) => withQuestionProgress(p, LESSON, 'check-opening', 'co-source-named', single));
    expect(storage.data.get(STORE_KEY)).toBe(newer);
    expect(getSetProgress(store.getSnapshot(), LESSON, 'check-opening')).toBeDefined();
  });

  it('refresh tells listeners to re-read (another tab changed the data)', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    storage.data.set(STORE_KEY, serializeProgress(sample()));
    store.refresh();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual(sample());
  });
});

describe('localStorageOrNull', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is null when there is no localStorage or reading it throws', () => {
    expect(localStorageOrNull()).toBeNull();
    vi.stubGlobal('localStorage', {
      setItem: () => undefined,
      removeItem: () => undefined,
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(localStorageOrNull()).toBeNull();
  });

  it('returns a full localStorage, whose saved data is still worth reading', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
      getItem: () => null,
    };
    vi.stubGlobal('localStorage', full);
    expect(localStorageOrNull()).toBe(full);
  });

  it('returns a working localStorage without writing to it', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => data.set(k, v),
      removeItem: (k: string) => data.delete(k),
    };
    vi.stubGlobal('localStorage', storage);
    expect(localStorageOrNull()).toBe(storage);
    expect(data.size).toBe(0);
  });
});
