import { describe, expect, it } from 'vitest';
import {
  agreedCount,
  agreementBytes,
  claimClassStats,
  claimKeyShown,
  readAgreement,
} from '../../src/lib/claim-agreement';
import { sessionReducer } from '../../src/lib/assignment-session';
import type { ClaimKey } from '../../src/lib/claim-sort';
import { parseAssignments, serializeAssignments } from '../../src/lib/store';

const key: ClaimKey[] = [
  { id: 'c1', speaker: 'outlet', kind: 'fact', wasSaid: 'supported', isTrue: 'contradicted' },
  { id: 'c2', speaker: 'officials', kind: 'forecast', wasSaid: 'supported', isTrue: 'cant-tell' },
];

describe('claim sort agreement in codes', () => {
  it('packs two bits per question: none, agrees, differs', () => {
    const bytes = agreementBytes(
      { c1: { speaker: 'outlet', kind: 'opinion', isTrue: 'contradicted' }, stray: { speaker: 'x' } },
      key,
    );
    expect(bytes).toHaveLength(2);
    expect(readAgreement(bytes[0] ?? -1)).toEqual({
      speaker: 'agrees',
      kind: 'differs',
      wasSaid: 'unanswered',
      isTrue: 'agrees',
    });
    expect(readAgreement(bytes[1] ?? -1)).toEqual({
      speaker: 'unanswered',
      kind: 'unanswered',
      wasSaid: 'unanswered',
      isTrue: 'unanswered',
    });
    expect(agreedCount(bytes)).toBe(2);
    // The pattern 3 is never written, so a byte holding it is not an agreement.
    expect(readAgreement(0b11)).toBeUndefined();
    expect(readAgreement(256)).toBeUndefined();
  });

  it('counts per claim and question how many students agree with the key', () => {
    const all = agreementBytes(
      { c1: { speaker: 'outlet', kind: 'fact', wasSaid: 'supported', isTrue: 'contradicted' } },
      key,
    );
    const some = agreementBytes({ c1: { speaker: 'taliban', kind: 'fact' } }, key);
    const stats = claimClassStats([all, some, undefined, [0b11]]);
    expect(stats).toHaveLength(2);
    expect(stats[0]).toEqual({
      index: 0,
      students: 2,
      agrees: { speaker: 1, kind: 2, wasSaid: 1, isTrue: 1 },
      differs: { speaker: 1, kind: 0, wasSaid: 0, isTrue: 0 },
    });
    expect(stats[1]?.students).toBe(2);
    expect(claimClassStats([])).toEqual([]);
  });
});

describe('claimKeyShown', () => {
  it('follows the teacher’s reveal setting, and never shows it to an assessment with attempts left', () => {
    expect(claimKeyShown(undefined, false, 'hidden')).toBe(true);
    expect(claimKeyShown('now', false, 'hidden')).toBe(true);
    expect(claimKeyShown('after', false, 'practice')).toBe(false);
    expect(claimKeyShown('after', true, 'practice')).toBe(true);
    expect(claimKeyShown('after', true, 'hidden')).toBe(false);
    expect(claimKeyShown('after', true, 'last-attempt')).toBe(true);
    expect(claimKeyShown('after', true, 'date')).toBe(true);
    expect(claimKeyShown('never', true, 'last-attempt')).toBe(false);
  });
});

describe('claim marks in an assignment attempt', () => {
  it('are saved to the open attempt, kept when it finishes, and refused after', () => {
    let p = sessionReducer(undefined, { type: 'name', name: 'Ana', salt: 'S' });
    p = sessionReducer(p, { type: 'claim', claim: 'c1', field: 'speaker', value: 'outlet' });
    p = sessionReducer(p, { type: 'claim', claim: 'c1', field: 'kind', value: 'not-a-kind' });
    expect(p.attempts[0]?.claims).toEqual({ c1: { speaker: 'outlet' } });
    const same = sessionReducer(p, { type: 'claim', claim: 'c1', field: 'speaker', value: 'outlet' });
    expect(same).toBe(p);
    p = sessionReducer(p, { type: 'finish', answers: {}, checked: [], now: '2026-03-14T10:00:00.000Z' });
    expect(p.attempts[0]?.claims).toEqual({ c1: { speaker: 'outlet' } });
    expect(sessionReducer(p, { type: 'claim', claim: 'c2', field: 'kind', value: 'fact' })).toBe(p);
    p = sessionReducer(p, { type: 'again', max: 0 });
    expect(p.attempts[1]?.claims).toBeUndefined();
  });

  it('survive the store, and marks that do not fit are dropped without losing the answers', () => {
    const p = sessionReducer(sessionReducer(undefined, { type: 'name', name: 'Ana', salt: 'S' }), {
      type: 'claim',
      claim: 'c1',
      field: 'isTrue',
      value: 'supported',
    });
    const text = serializeAssignments({ assignments: { K3M9QX2A: p } });
    expect(parseAssignments(text).data.assignments['K3M9QX2A']).toEqual(p);
    const doc = JSON.parse(text) as { assignments: Record<string, { attempts: Record<string, unknown>[] }> };
    const attempt = doc.assignments['K3M9QX2A']?.attempts[0];
    if (attempt) attempt['claims'] = { c1: { isTrue: 'maybe', kind: 'fact' } };
    expect(parseAssignments(JSON.stringify(doc)).data.assignments['K3M9QX2A']?.attempts[0]?.claims).toEqual({
      c1: { kind: 'fact' },
    });
  });
});
