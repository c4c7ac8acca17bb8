import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_STORE_KEY,
  createAssignmentStore,
  emptyAssignments,
  getAssignmentProgress,
  parseAssignments,
  serializeAssignments,
  withAssignmentProgress,
  type AssignmentProgress,
} from '../../src/lib/store';
import { FakeStorage } from '../helpers/fake-storage';

const progress: AssignmentProgress = {
  name: 'Ana',
  salt: 'Q7',
  attempts: [{ answers: { 'co-dateline': { type: 'truefalse', value: false, why: 0 } }, checked: [], finished: null }],
};

describe('assignment store', () => {
  it('round-trips', () => {
    const data = withAssignmentProgress(emptyAssignments(), 'K3M9QX2A', progress);
    const text = serializeAssignments(data);
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(parseAssignments(text)).toEqual({ data, writable: true });
    expect(getAssignmentProgress(parseAssignments(text).data, 'K3M9QX2A')).toEqual(progress);
    expect(getAssignmentProgress(data, 'constructor')).toBeUndefined();
  });

  it('survives corruption: broken JSON, wrong shapes, newer versions', () => {
    expect(parseAssignments('{nope')).toEqual({ data: emptyAssignments(), writable: true });
    expect(parseAssignments('[1,2]').data).toEqual(emptyAssignments());
    expect(parseAssignments(JSON.stringify({ version: 2, assignments: {} }))).toEqual({
      data: emptyAssignments(),
      writable: false,
    });
    // One bad entry is dropped; the good one is kept.
    const mixed = JSON.stringify({
      version: 1,
      assignments: {
        GOOD: progress,
        BAD: {
          ...progress,
          attempts: [{ answers: { q: { type: 'single', choice: -1 } }, checked: [], finished: null }],
        },
        ALSO_BAD: 'x',
      },
    });
    expect(parseAssignments(mixed).data.assignments).toEqual({ GOOD: progress });
    expect(
      Object.getPrototypeOf(parseAssignments('{"version":1,"assignments":{"__proto__":{}}}').data.assignments),
    ).toBe(Object.prototype);
  });

  it('saves to storage, and keeps working in memory when storage fails', () => {
    const storage = new FakeStorage();
    const store = createAssignmentStore(storage);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.update((d) => withAssignmentProgress(d, 'A', progress));
    expect(JSON.parse(storage.data.get(ASSIGNMENT_STORE_KEY) ?? '{}')).toMatchObject({ assignments: { A: progress } });
    expect(store.isPersistent()).toBe(true);
    storage.failSet = true;
    store.update((d) => withAssignmentProgress(d, 'B', progress));
    expect(store.isPersistent()).toBe(false);
    expect(Object.keys(store.getSnapshot().assignments)).toEqual(['A', 'B']);
    expect(calls).toBe(2);
    const none = createAssignmentStore(null);
    none.update((d) => withAssignmentProgress(d, 'C', progress));
    expect(getAssignmentProgress(none.getSnapshot(), 'C')).toEqual(progress);
  });
});
