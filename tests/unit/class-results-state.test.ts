import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../src/lib/assignment';
import { initialResults, resultsReducer, resultsView } from '../../src/lib/class-results-state';
import { RESULT_FILE_FORMAT } from '../../src/lib/class-results';
import { encodeCompletion } from '../../src/lib/result-code';
import { MINI, MINI_DATA, MINI_INDEX, MINI_ASSIGNMENT } from '../helpers/mini-lesson';

const assignment = MINI_ASSIGNMENT;
const link = `https://example.test/assign/#${encodeAssignment(assignment)}`;
const lessons = [{ id: MINI }];
const code = encodeCompletion({
  assignment: assignment.id,
  student: 'Ana',
  attempt: 1,
  score: 1,
  answers: [{ type: 'single', choice: 0 }, null],
});

describe('resultsReducer', () => {
  it('keeps what the teacher typed and adds files in order', () => {
    let s = initialResults<typeof MINI_DATA>();
    s = resultsReducer(s, { type: 'link', link });
    s = resultsReducer(s, { type: 'paste', text: code });
    s = resultsReducer(s, { type: 'add-files', files: [{ name: 'a.json', text: '{}' }] });
    s = resultsReducer(s, { type: 'add-files', files: [{ name: 'b.json', text: '{}' }] });
    expect(s).toEqual({
      link,
      pasted: code,
      files: [
        { name: 'a.json', text: '{}' },
        { name: 'b.json', text: '{}' },
      ],
      data: {},
    });
    expect(resultsReducer(s, { type: 'add-files', files: [] })).toBe(s);
  });

  it('keeps the first load of a lesson', () => {
    const s = resultsReducer(initialResults<typeof MINI_DATA>(), { type: 'loaded', lesson: MINI, data: 'failed' });
    expect(resultsReducer(s, { type: 'loaded', lesson: MINI, data: MINI_DATA })).toBe(s);
  });
});

describe('resultsView', () => {
  it('asks for a link, then for the lesson, then shows the class', () => {
    const empty = resultsView(initialResults<typeof MINI_DATA>(), MINI_INDEX, lessons);
    expect([empty.decoded, empty.assignment, empty.fetch, empty.results]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const bad = resultsView(initialResults<typeof MINI_DATA>('not a link'), MINI_INDEX, lessons);
    expect(bad.decoded?.ok).toBe(false);
    const waiting = resultsView({ ...initialResults<typeof MINI_DATA>(link), pasted: code }, MINI_INDEX, lessons);
    expect(waiting.assignment?.title).toBe('Lamps');
    expect(waiting.fetch).toBe(MINI);
    expect(waiting.results).toBeUndefined();
    const loaded = resultsView(
      { ...initialResults<typeof MINI_DATA>(link), pasted: code, data: { [MINI]: MINI_DATA } },
      MINI_INDEX,
      lessons,
    );
    expect(loaded.fetch).toBeUndefined();
    expect(loaded.questions.map((q) => q.id)).toEqual(['hl-keeper', 'hl-night']);
    expect(loaded.results?.rows.map((r) => [r.student, r.result.score])).toEqual([['Ana', 1]]);
  });

  it('takes the assignment from a result file when no link is typed', () => {
    const file = JSON.stringify({
      format: RESULT_FILE_FORMAT,
      version: 1,
      code,
      assignment: encodeAssignment(assignment),
    });
    const view = resultsView(
      { ...initialResults<typeof MINI_DATA>(), files: [{ name: 'ana.json', text: file }] },
      MINI_INDEX,
      lessons,
    );
    expect(view.fromFile).toEqual({ file: 'ana.json', assignment: encodeAssignment(assignment) });
    expect(view.assignment?.id).toBe(assignment.id);
  });
});
