import { describe, expect, it } from 'vitest';
import {
  claimSortReducer,
  compareWithKey,
  emptyClaimSort,
  OTHER_SPEAKER,
  readClaimSort,
  sortedCount,
  type ClaimKey,
  type ClaimSortAction,
  type ClaimSortState,
} from '../../src/lib/claim-sort';
import {
  CLAIM_SORT_KEY,
  createClaimSortStore,
  lessonClaimSort,
  withLessonClaimSort,
} from '../../src/lib/store/claim-sort';
import { FakeStorage } from '../helpers/fake-storage';

/** A made-up key of two claims (no real lesson's names). */
const KEY: ClaimKey[] = [
  { id: 'bus-in-september', speaker: 'transit', kind: 'forecast', wasSaid: 'supported', isTrue: 'cant-tell' },
  { id: 'not-convinced', speaker: 'outlet', kind: 'characterisation', wasSaid: 'supported', isTrue: 'supported' },
];

const run = (actions: ClaimSortAction[], from: ClaimSortState = emptyClaimSort()): ClaimSortState =>
  actions.reduce(claimSortReducer, from);

const markAll = (claim: ClaimKey): ClaimSortAction[] => [
  { type: 'mark', claim: claim.id, field: 'speaker', value: claim.speaker },
  { type: 'mark', claim: claim.id, field: 'kind', value: claim.kind },
  { type: 'mark', claim: claim.id, field: 'wasSaid', value: claim.wasSaid },
  { type: 'mark', claim: claim.id, field: 'isTrue', value: claim.isTrue },
];

describe('claim sorting reducer', () => {
  it('records marks, counts fully sorted claims, and ignores values a question cannot take', () => {
    const [first, second] = KEY;
    if (!first || !second) throw new Error('key');
    let s = run(markAll(first));
    s = run([{ type: 'mark', claim: second.id, field: 'kind', value: 'opinion' }], s);
    expect(sortedCount(s, KEY)).toBe(1);
    expect(s.marks[second.id]).toEqual({ kind: 'opinion' });
    // "statement" is no kind a student can choose; "maybe" no verdict.
    expect(run([{ type: 'mark', claim: second.id, field: 'kind', value: 'statement' }], s)).toBe(s);
    expect(run([{ type: 'mark', claim: second.id, field: 'isTrue', value: 'maybe' }], s)).toBe(s);
    // Changing a mark replaces it.
    s = run([{ type: 'mark', claim: second.id, field: 'kind', value: 'characterisation' }], s);
    expect(s.marks[second.id]?.kind).toBe('characterisation');
  });

  it('compares with the key: agreement counted per answer, differences listed per claim', () => {
    const [first, second] = KEY;
    if (!first || !second) throw new Error('key');
    let s = run([
      ...markAll(first),
      { type: 'mark', claim: second.id, field: 'speaker', value: OTHER_SPEAKER },
      { type: 'mark', claim: second.id, field: 'kind', value: 'characterisation' },
      { type: 'mark', claim: second.id, field: 'wasSaid', value: 'supported' },
    ]);
    s = claimSortReducer(s, { type: 'compare' });
    expect(s.compared).toBe(true);
    const result = compareWithKey(s, KEY);
    expect(result.agreed).toBe(6);
    expect(result.total).toBe(8);
    expect(result.byField).toEqual({ speaker: 1, kind: 2, wasSaid: 2, isTrue: 1 });
    expect(result.claims[0]?.differences).toEqual([]);
    expect(result.claims[1]).toEqual({
      id: second.id,
      fields: { speaker: false, kind: true, wasSaid: true, isTrue: undefined },
      differences: ['speaker', 'isTrue'],
    });
    // Correcting after comparing is counted at once.
    s = run([{ type: 'mark', claim: second.id, field: 'speaker', value: 'outlet' }], s);
    expect(compareWithKey(s, KEY).agreed).toBe(7);
  });

  it('resets to nothing marked and nothing compared', () => {
    const s = run([...markAll(KEY[0] as ClaimKey), { type: 'compare' }, { type: 'reset' }]);
    expect(s).toEqual(emptyClaimSort());
  });
});

describe('reading saved claim sorting', () => {
  it('keeps what is valid and reports each dropped part', () => {
    const problems: string[] = [];
    const read = readClaimSort(
      {
        compared: true,
        marks: {
          'bus-in-september': { speaker: 'transit', kind: 'guess', isTrue: 'supported' },
          'not-convinced': { speaker: 'nobody' },
          gone: { kind: 'fact' },
        },
      },
      'lessons.town',
      problems,
      { claims: KEY.map((k) => k.id), speakers: ['transit', 'outlet'] },
    );
    expect(read).toEqual({
      compared: true,
      marks: { 'bus-in-september': { speaker: 'transit', isTrue: 'supported' }, 'not-convinced': {} },
    });
    expect(problems).toEqual([
      'lessons.town.marks.bus-in-september.kind: "guess" is not a possible answer, dropped',
      'lessons.town.marks.not-convinced.speaker: "nobody" is not a possible answer, dropped',
      'lessons.town.marks.gone: no such claim in the lesson, dropped',
    ]);
  });

  it('reads a "__proto__" claim id as data, not as a prototype', () => {
    const read = readClaimSort(JSON.parse('{"marks":{"__proto__":{"kind":"fact"}}}'), 'x', []);
    expect(Object.getPrototypeOf(read.marks)).toBe(Object.prototype);
    expect(Object.keys(read.marks)).toEqual(['__proto__']);
  });
});

describe('claim sorting store', () => {
  it('survives a reload, keeps other lessons and unknown keys, and a reset removes only its lesson', () => {
    const storage = new FakeStorage();
    storage.setItem(CLAIM_SORT_KEY, JSON.stringify({ version: 1, lessons: {}, later: { keep: 1 } }));
    const first = createClaimSortStore(storage);
    const state = run([...markAll(KEY[0] as ClaimKey), { type: 'compare' }]);
    first.update((s) => withLessonClaimSort(withLessonClaimSort(s, 'town', state), 'other', state));

    const reloaded = createClaimSortStore(storage);
    expect(lessonClaimSort(reloaded.getSnapshot(), 'town')).toEqual(state);
    expect(reloaded.problems()).toEqual([]);

    reloaded.update((s) => withLessonClaimSort(s, 'town', claimSortReducer(state, { type: 'reset' })));
    const stored = JSON.parse(storage.getItem(CLAIM_SORT_KEY) ?? '{}') as Record<string, unknown>;
    expect(stored).toEqual({ version: 1, later: { keep: 1 }, lessons: { other: state } });
    expect(lessonClaimSort(createClaimSortStore(storage).getSnapshot(), 'town')).toEqual(emptyClaimSort());
    expect(lessonClaimSort(createClaimSortStore(storage).getSnapshot(), 'constructor')).toEqual(emptyClaimSort());
  });
});
