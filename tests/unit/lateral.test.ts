import { describe, expect, it } from 'vitest';
import {
  behindOfKind,
  canReveal,
  compareLateral,
  emptyLateral,
  isLateralData,
  lateralReducer,
  MAX_TEXT,
  missingForReveal,
  OWN_SOURCE,
  readLateral,
  type LateralAction,
  type LateralState,
  type LateralTaskData,
} from '../../src/lib/lateral';
import { createLateralStore, LATERAL_KEY, lessonLateral, withLessonLateral } from '../../src/lib/store/lateral';
import { FakeStorage } from '../helpers/fake-storage';

/** A made-up task (no real lesson's names). */
const TASK: LateralTaskData = {
  id: 'ferry-fares',
  quote: 'Fares doubled last year.',
  paragraph: 2,
  question: 'How much did ferry fares change last year?',
  searches: ['harbour ferry fares last year'],
  results: [
    {
      source: 'town-paper',
      title: 'Fares up a third',
      publisher: 'Town Paper',
      site: 'townpaper.test',
      published: '3 March 2025',
      accessed: '1 December 2026',
      excerpt: 'fares rose by a third',
      quoted: true,
      behind: 'independent',
      kind: 'news outlet',
    },
    {
      source: 'ferry-company',
      title: 'Our prices',
      publisher: 'Ferry Co',
      site: 'ferry.test',
      published: '',
      accessed: '1 December 2026',
      excerpt: 'The company’s price list.',
      quoted: false,
      behind: 'official',
      kind: 'official or state body',
    },
  ],
  best: ['town-paper'],
  verdict: 'contradicted',
  finding: 'Fares rose by a third, not double.',
  cites: [{ name: 'Town Paper', kind: 'news outlet' }],
};

const run = (actions: LateralAction[], from: LateralState = emptyLateral()): LateralState =>
  actions.reduce(lateralReducer, from);

const filled: LateralAction[] = [
  { type: 'write', task: 'ferry-fares', field: 'searched', value: 'ferry fares 2025' },
  { type: 'choose', task: 'ferry-fares', source: 'town-paper' },
  { type: 'behind', task: 'ferry-fares', value: 'independent' },
  { type: 'write', task: 'ferry-fares', field: 'says', value: 'Up by a third.' },
  { type: 'verdict', task: 'ferry-fares', value: 'contradicted' },
];

describe('lateralReducer', () => {
  it('records what the student wrote and chose', () => {
    const state = run(filled);
    expect(state.tasks['ferry-fares']).toEqual({
      searched: 'ferry fares 2025',
      source: 'town-paper',
      own: '',
      behind: 'independent',
      says: 'Up by a third.',
      verdict: 'contradicted',
      revealed: false,
    });
  });

  it('refuses to reveal Gloss’s finding before a source is chosen and its words are written', () => {
    const onlySearch = run([filled[0] as LateralAction, { type: 'reveal', task: 'ferry-fares' }]);
    expect(onlySearch.tasks['ferry-fares']?.revealed).toBe(false);
    expect(missingForReveal(onlySearch.tasks['ferry-fares'])).toEqual(['source', 'says']);
    const ownWithoutName = run([
      { type: 'choose', task: 'ferry-fares', source: OWN_SOURCE },
      { type: 'write', task: 'ferry-fares', field: 'says', value: 'x' },
    ]);
    expect(canReveal(ownWithoutName.tasks['ferry-fares'])).toBe(false);
    expect(run([...filled, { type: 'reveal', task: 'ferry-fares' }]).tasks['ferry-fares']?.revealed).toBe(true);
  });

  it('ignores values a field cannot take, and caps long text', () => {
    const state = run(filled);
    expect(run([{ type: 'behind', task: 'ferry-fares', value: 'aliens' }], state)).toBe(state);
    expect(run([{ type: 'verdict', task: 'ferry-fares', value: 'maybe' }], state)).toBe(state);
    expect(run([{ type: 'choose', task: 'ferry-fares', source: '' }], state)).toBe(state);
    const long = run([{ type: 'write', task: 'ferry-fares', field: 'says', value: 'a'.repeat(MAX_TEXT + 50) }]);
    expect(long.tasks['ferry-fares']?.says).toHaveLength(MAX_TEXT);
  });

  it('resets to nothing', () => {
    expect(run([...filled, { type: 'reset' }])).toEqual(emptyLateral());
  });
});

describe('compareLateral', () => {
  it('says whether the verdict, the choice of source and who is behind it agree with Gloss', () => {
    const answer = run(filled).tasks['ferry-fares'];
    if (!answer) throw new Error('no answer');
    expect(compareLateral(answer, TASK)).toMatchObject({ verdict: true, best: true, behind: true });
    const weaker = {
      ...answer,
      source: 'ferry-company',
      behind: 'independent' as const,
      verdict: 'supported' as const,
    };
    expect(compareLateral(weaker, TASK)).toMatchObject({ verdict: false, best: false, behind: false });
    const own = { ...answer, source: OWN_SOURCE, own: 'a blog' };
    expect(compareLateral(own, TASK)).toEqual({ verdict: true, best: undefined, behind: undefined });
  });

  it('maps every kind of source to who is behind it, or to nothing for a primary source', () => {
    expect(behindOfKind('state-media')).toBe('state');
    expect(behindOfKind('pro-government')).toBe('state');
    expect(behindOfKind('wire')).toBe('independent');
    expect(behindOfKind('mirror')).toBe('repost');
    expect(behindOfKind('primary')).toBeUndefined();
  });
});

describe('readLateral', () => {
  it('keeps valid answers and drops what a field cannot hold, reporting each', () => {
    const problems: string[] = [];
    const state = readLateral(
      {
        tasks: {
          'ferry-fares': { searched: 'x', source: 'town-paper', says: 'y', behind: 'aliens', verdict: 'supported' },
          gone: { says: 'z' },
          broken: 7,
        },
      },
      'lessons.town',
      problems,
      ['ferry-fares', 'broken'],
    );
    expect(state.tasks['ferry-fares']).toEqual({
      searched: 'x',
      source: 'town-paper',
      own: '',
      says: 'y',
      verdict: 'supported',
      revealed: false,
    });
    expect(Object.keys(state.tasks)).toEqual(['ferry-fares']);
    expect(problems).toEqual([
      'lessons.town.tasks.ferry-fares.behind: "aliens" is not a choice, dropped',
      'lessons.town.tasks.gone: no such task in the lesson, dropped',
      'lessons.town.tasks.broken: expected an object, dropped',
    ]);
  });

  it('refuses data that is not the island’s', () => {
    expect(isLateralData({ intro: '', labels: {}, tasks: [TASK] })).toBe(true);
    expect(isLateralData({ intro: '', labels: {}, tasks: [{ ...TASK, verdict: 'maybe' }] })).toBe(false);
    expect(isLateralData(null)).toBe(false);
  });
});

describe('the lateral-reading store', () => {
  it('survives a reload, keeps other lessons and unknown keys, and a reset removes only its lesson', () => {
    const storage = new FakeStorage();
    storage.setItem(LATERAL_KEY, JSON.stringify({ version: 1, lessons: {}, later: { keep: 1 } }));
    const state = run([...filled, { type: 'reveal', task: 'ferry-fares' }]);
    createLateralStore(storage).update((s) => withLessonLateral(withLessonLateral(s, 'town', state), 'other', state));

    const reloaded = createLateralStore(storage);
    expect(lessonLateral(reloaded.getSnapshot(), 'town')).toEqual(state);
    expect(reloaded.problems()).toEqual([]);

    reloaded.update((s) => withLessonLateral(s, 'town', lateralReducer(state, { type: 'reset' })));
    const stored = JSON.parse(storage.getItem(LATERAL_KEY) ?? '{}') as Record<string, unknown>;
    expect(stored).toEqual({ version: 1, later: { keep: 1 }, lessons: { other: state } });
    expect(lessonLateral(createLateralStore(storage).getSnapshot(), 'constructor')).toEqual(emptyLateral());
  });

  it('sets unreadable data aside under a backup key instead of losing it', () => {
    const storage = new FakeStorage();
    storage.setItem(LATERAL_KEY, '{not json');
    const store = createLateralStore(storage, { now: () => new Date('2026-12-02T04:00:00Z') });
    expect(store.getSnapshot().lessons).toEqual({});
    expect(store.notice().setAside).toBe(`${LATERAL_KEY}:backup:2026-12-02T04:00:00.000Z`);
    expect(storage.getItem(`${LATERAL_KEY}:backup:2026-12-02T04:00:00.000Z`)).toBe('{not json');
    store.update((s) => withLessonLateral(s, 'town', run(filled)));
    expect(lessonLateral(createLateralStore(storage).getSnapshot(), 'town')).toEqual(run(filled));
  });
});
