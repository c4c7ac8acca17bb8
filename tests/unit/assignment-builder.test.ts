import { describe, expect, it } from 'vitest';
import { builderReducer, dueInPast, initialBuilder, type BuilderState } from '../../src/lib/assignment-builder';
import { MINI, MINI_TEACH } from '../helpers/mini-lesson';

const create = (s: BuilderState): BuilderState =>
  builderReducer(s, { type: 'create', lesson: MINI_TEACH, id: 'K3M9QX2A' });

describe('builderReducer', () => {
  it('lists what is missing, in form order, and makes nothing', () => {
    const s = create(initialBuilder(MINI));
    expect(s.errors).toEqual(['title', 'questions']);
    expect(s.made).toBeUndefined();
    const blank = create(builderReducer(s, { type: 'field', field: 'title', value: '   ' }));
    expect(blank.errors).toEqual(['title', 'questions']);
  });

  it('names whole sets and single questions, and trims the text fields', () => {
    let s = initialBuilder(MINI);
    s = builderReducer(s, { type: 'field', field: 'title', value: '  Lamps  ' });
    s = builderReducer(s, { type: 'field', field: 'className', value: ' 9B ' });
    s = builderReducer(s, { type: 'field', field: 'mode', value: 'assessment' });
    s = builderReducer(s, { type: 'field', field: 'attempts', value: 0 });
    s = builderReducer(s, { type: 'toggle', ids: ['hl-keeper', 'hl-night'], on: true });
    s = builderReducer(s, { type: 'toggle', ids: ['hl-boats'], on: true });
    s = builderReducer(s, { type: 'toggle', ids: ['hl-night'], on: false });
    s = create(s);
    expect(s.errors).toEqual([]);
    expect(s.made).toEqual({
      id: 'K3M9QX2A',
      lesson: MINI,
      sets: ['boats'],
      questions: ['hl-keeper'],
      title: 'Lamps',
      className: '9B',
      due: null,
      mode: 'assessment',
      shuffle: false,
      attempts: 0,
      showNotes: true,
      showClaims: false,
    });
  });

  it('drops the made assignment on any change, and the ticks when the lesson changes', () => {
    let s = builderReducer(initialBuilder(MINI), { type: 'field', field: 'title', value: 'Lamps' });
    s = create(builderReducer(s, { type: 'toggle', ids: ['hl-boats'], on: true }));
    expect(s.made).toBeDefined();
    expect(builderReducer(s, { type: 'field', field: 'due', value: '2026-03-14' }).made).toBeUndefined();
    expect(builderReducer(s, { type: 'toggle', ids: ['hl-keeper'], on: true }).made).toBeUndefined();
    const other = builderReducer(s, { type: 'lesson', lesson: 'other' });
    expect([other.lesson, other.chosen.size, other.made]).toEqual(['other', 0, undefined]);
    expect(create(builderReducer(s, { type: 'field', field: 'due', value: '2026-03-14' })).made?.due).toBe(
      '2026-03-14',
    );
  });

  it('carries "show answers from" in an assessment only', () => {
    let s = builderReducer(initialBuilder(MINI), { type: 'field', field: 'title', value: 'Lamps' });
    s = builderReducer(s, { type: 'toggle', ids: ['hl-boats'], on: true });
    s = builderReducer(s, { type: 'field', field: 'showAnswersFrom', value: '2026-03-20' });
    expect(create(s).made?.showAnswersFrom).toBeUndefined();
    s = builderReducer(s, { type: 'field', field: 'mode', value: 'assessment' });
    expect(create(s).made?.showAnswersFrom).toBe('2026-03-20');
    s = builderReducer(s, { type: 'field', field: 'showAnswersFrom', value: '' });
    expect(create(s).made).not.toHaveProperty('showAnswersFrom');
  });

  it('carries the reveal setting and the claim sort, and keeps the layers off unless revealed at once', () => {
    let s = builderReducer(initialBuilder(MINI), { type: 'field', field: 'title', value: 'Lamps' });
    s = builderReducer(s, { type: 'toggle', ids: ['hl-boats'], on: true });
    s = builderReducer(s, { type: 'field', field: 'showClaims', value: true });
    expect(create(s).made).toMatchObject({ showNotes: true, showClaims: true });
    expect(create(s).made).not.toHaveProperty('reveal');
    expect(create(s).made).not.toHaveProperty('claimSort');
    s = builderReducer(s, { type: 'field', field: 'claimSort', value: true });
    expect(create(s).made?.claimSort).toBe(true);
    for (const reveal of ['after', 'never'] as const) {
      const made = create(builderReducer(s, { type: 'field', field: 'reveal', value: reveal })).made;
      expect(made).toMatchObject({ reveal, showNotes: false, showClaims: false, claimSort: true });
    }
    expect(builderReducer(create(s), { type: 'field', field: 'reveal', value: 'after' }).made).toBeUndefined();
  });

  it('warns about a due date in the past, not today or later', () => {
    expect(dueInPast('2026-03-13', '2026-03-14')).toBe(true);
    expect(dueInPast('2026-03-14', '2026-03-14')).toBe(false);
    expect(dueInPast('2026-03-15', '2026-03-14')).toBe(false);
    expect(dueInPast('', '2026-03-14')).toBe(false);
  });
});
