import { describe, expect, it } from 'vitest';
import type { Assignment, LinkResult } from '../../src/lib/assignment';
import {
  answersReveal,
  assignmentFlow,
  dueStatus,
  localIsoDate,
  attemptsLeft,
  currentAttempt,
  effectiveAnswers,
  missingQuestions,
  sessionPhase,
  sessionReducer,
} from '../../src/lib/assignment-session';
import type { Answer, Question } from '../../src/lib/quiz';
import type { AssignmentProgress } from '../../src/lib/store';

const base = { prompt: 'P', skills: ['s'], paragraphs: [1], sources: [] };
const choice = (text: string, correct = false) => ({ text, correct, explanation: 'E' });
const q1: Question = { ...base, id: 'q1', type: 'single', options: [choice('A', true), choice('B')] };
const q2: Question = {
  ...base,
  id: 'q2',
  type: 'order',
  items: [
    { text: 'x', explanation: 'E' },
    { text: 'y', explanation: 'E' },
    { text: 'z', explanation: 'E' },
  ],
};
const QUESTIONS = [q1, q2];
const IDS = QUESTIONS.map((q) => q.id);
const NOW = '2026-03-14T10:00:00.000Z';
const named = sessionReducer(undefined, { type: 'name', name: 'Ana', salt: 'S4LT' });

describe('assignmentFlow', () => {
  const ok = { ok: true, assignment: { id: 'A' } as Assignment } as LinkResult;
  it('goes from link to loading to ready, and says what stopped it', () => {
    const error = { kind: 'checksum', message: 'bad check', detail: 'x' } as const;
    expect(assignmentFlow({ ok: false, error }, true, undefined)).toEqual({ kind: 'link-error', error });
    expect(assignmentFlow(ok, false, undefined)).toEqual({ kind: 'no-lesson' });
    expect(assignmentFlow(ok, true, undefined)).toEqual({ kind: 'loading' });
    expect(assignmentFlow(ok, true, 'failed')).toEqual({ kind: 'load-failed' });
    expect(assignmentFlow(ok, true, { sets: {} })).toEqual({ kind: 'ready', data: { sets: {} } });
  });
});

describe('sessionReducer', () => {
  it('starts with a name, a salt and one open attempt, and changes only the name later', () => {
    expect(named).toEqual({ name: 'Ana', salt: 'S4LT', attempts: [{ answers: {}, checked: [], finished: null }] });
    expect(sessionPhase(undefined, false)).toBe('name');
    expect(sessionPhase(named, false)).toBe('answering');
    expect(sessionPhase(named, true)).toBe('name');
    const renamed = sessionReducer(named, { type: 'name', name: 'Bo', salt: 'OTHER' });
    expect(renamed).toEqual({ ...named, name: 'Bo' });
  });

  it('saves answers to the open attempt', () => {
    const p = sessionReducer(named, { type: 'answer', question: 'q1', answer: { type: 'single', choice: 1 } });
    expect(currentAttempt(p).answers).toEqual({ q1: { type: 'single', choice: 1 } });
  });

  it('practice: checks one question at a time and finishes with the last one', () => {
    const answers: Record<string, Answer> = {
      q1: { type: 'single', choice: 0 },
      q2: { type: 'order', order: [0, 1, 2] },
    };
    const one = sessionReducer(named, { type: 'check', question: 'q1', questions: IDS, answers, now: NOW });
    expect(currentAttempt(one)).toEqual({ answers: { q1: answers['q1'] }, checked: ['q1'], finished: null });
    // Checking the same question twice changes nothing.
    expect(sessionReducer(one, { type: 'check', question: 'q1', questions: IDS, answers, now: NOW })).toEqual(one);
    const two = sessionReducer(one, { type: 'check', question: 'q2', questions: IDS, answers, now: NOW });
    expect(currentAttempt(two)).toEqual({ answers, checked: ['q1', 'q2'], finished: NOW });
    expect(sessionPhase(two, false)).toBe('finished');
  });

  it('assessment: finishes at once, and a finished attempt takes no more answers', () => {
    const answers = { q1: { type: 'single', choice: 1 } } as const;
    const done = sessionReducer(named, { type: 'finish', answers, checked: IDS, now: NOW });
    expect(currentAttempt(done)).toEqual({ answers, checked: IDS, finished: NOW });
    expect(sessionReducer(done, { type: 'answer', question: 'q1', answer: { type: 'single', choice: 0 } })).toBe(done);
    expect(sessionReducer(done, { type: 'finish', answers: {}, checked: [], now: 'later' })).toBe(done);
  });

  it('starts another attempt only after finishing and while attempts are left', () => {
    expect(sessionReducer(named, { type: 'again', max: 0 })).toBe(named);
    const done = sessionReducer(named, { type: 'finish', answers: {}, checked: [], now: NOW });
    const again = sessionReducer(done, { type: 'again', max: 2 });
    expect(again.attempts).toHaveLength(2);
    expect(sessionPhase(again, false)).toBe('answering');
    const second = sessionReducer(again, { type: 'finish', answers: {}, checked: [], now: NOW });
    expect(sessionReducer(second, { type: 'again', max: 2 })).toBe(second);
    expect(sessionReducer(second, { type: 'again', max: 0 }).attempts).toHaveLength(3);
    expect([attemptsLeft(2, 1), attemptsLeft(2, 2), attemptsLeft(2, 5), attemptsLeft(0, 9)]).toEqual([
      1,
      0,
      0,
      Infinity,
    ]);
  });
});

describe('effectiveAnswers and missingQuestions', () => {
  it('drops saved answers that no longer fit, and counts an untouched ordering question as unanswered', () => {
    const stale: AssignmentProgress['attempts'][number] = {
      answers: { q1: { type: 'single', choice: 7 }, q2: { type: 'order', order: [1, 0, 2] } },
      checked: [],
      finished: null,
    };
    expect(effectiveAnswers(QUESTIONS, stale)).toEqual({ q2: { type: 'order', order: [1, 0, 2] } });
    expect(effectiveAnswers(QUESTIONS, currentAttempt(named))).toEqual({});
    expect(missingQuestions([q2, q1], effectiveAnswers(QUESTIONS, stale))).toEqual([2]);
    expect(missingQuestions([q2, q1], effectiveAnswers(QUESTIONS, currentAttempt(named)))).toEqual([1, 2]);
  });
});

describe('answersReveal', () => {
  const assessment = { mode: 'assessment', attempts: 2 } as const;
  it('hides the right answers in an assessment while attempts are left', () => {
    expect(answersReveal(assessment, 1, '2026-03-14')).toBe('hidden');
    expect(answersReveal({ ...assessment, attempts: 0 }, 5, '2026-03-14')).toBe('hidden');
  });
  it('shows them once the last attempt is used', () => {
    expect(answersReveal(assessment, 2, '2026-03-14')).toBe('last-attempt');
    expect(answersReveal({ ...assessment, attempts: 1 }, 1, '2026-03-14')).toBe('last-attempt');
  });
  it('shows them from the teacher’s date on, not the day before', () => {
    const dated = { ...assessment, showAnswersFrom: '2026-03-14' };
    expect(answersReveal(dated, 1, '2026-03-13')).toBe('hidden');
    expect(answersReveal(dated, 1, '2026-03-14')).toBe('date');
    expect(answersReveal(dated, 1, '2027-01-01')).toBe('date');
  });
  it('leaves practice mode as it was: always shown', () => {
    expect(answersReveal({ mode: 'practice', attempts: 3 }, 1, '2026-03-14')).toBe('practice');
  });
  it('reads the date on the device’s own calendar', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('dueStatus', () => {
  it('is overdue only after the due day', () => {
    expect(dueStatus(null, '2026-03-14')).toBe('none');
    expect(dueStatus('2026-03-14', '2026-03-14')).toBe('due');
    expect(dueStatus('2026-03-14', '2026-03-15')).toBe('overdue');
  });
});
