import { describe, expect, it } from 'vitest';
import { corePartition, planMinutes } from '../../src/lib/plan';

describe('planMinutes', () => {
  it('adds up the minutes of every step', () => {
    expect(planMinutes([{ minutes: 4 }, { minutes: 8 }, { minutes: 10 }])).toBe(22);
    expect(planMinutes([])).toBe(0);
  });
});

describe('corePartition', () => {
  it('keeps the plan’s order for core ids and the content’s order for the rest', () => {
    expect(corePartition(['c', 'a'], ['a', 'b', 'c', 'd'])).toEqual({ core: ['c', 'a'], extended: ['b', 'd'] });
  });
  it('leaves out core ids the content does not have', () => {
    expect(corePartition(['x', 'b'], ['a', 'b'])).toEqual({ core: ['b'], extended: ['a'] });
  });
});
