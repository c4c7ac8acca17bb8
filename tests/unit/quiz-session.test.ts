/** The quiz set's state machine (`src/lib/quiz-session.ts`), without a browser. */
import { describe, expect, it } from 'vitest';
import { arrange, correctAnswer, moveItem, type Question } from '../../src/lib/quiz';
import { emptySession, questionStates, quizSession, type SessionState } from '../../src/lib/quiz-session';

const opt = (text: string, correct = false) => ({ text, correct, explanation: `${text} (¶1).` });
const base = { skills: ['s'], paragraphs: [1], sources: [] };
const single: Question = {
  ...base,
  id: 'one',
  type: 'single',
  prompt: 'Which?',
  options: [opt('A'), opt('B', true), opt('C')],
};
const order: Question = {
  ...base,
  id: 'two',
  type: 'order',
  prompt: 'Order them.',
  items: [
    { text: 'First', explanation: '¶1' },
    { text: 'Second', explanation: '¶2' },
    { text: 'Third', explanation: '¶3' },
  ],
};
const questions = [single, order];

const run = (state: SessionState, ...actions: Parameters<typeof quizSession>[2][]) =>
  actions.reduce((s, a) => quizSession(questions, s, a).state, state);

describe('quiz session', () => {
  it('refuses to check an unanswered question, names its type, and marks it in error', () => {
    const step = quizSession(questions, emptySession(), { type: 'check', id: 'one' });
    expect(step.announce).toEqual([{ kind: 'incomplete', questionType: 'single' }]);
    expect(step.state.errors).toEqual(['one']);
    expect(step.state.saved).toEqual({});
  });

  it('treats an untouched order question as unanswered, and a moved one as answered', () => {
    const refused = quizSession(questions, emptySession(), { type: 'check', id: 'two' });
    expect(refused.announce).toEqual([{ kind: 'incomplete', questionType: 'order' }]);
    const moved = moveItem(arrange(order, 'lesson'), 0, 1);
    const state = run(emptySession(), { type: 'answer', id: 'two', answer: { type: 'order', order: moved } });
    const step = quizSession(questions, state, { type: 'check', id: 'two' });
    expect(step.announce[0]).toMatchObject({ kind: 'checked', n: 2 });
    expect(step.state.saved['two']?.submitted).toBe(true);
  });

  it('answering clears the error; checking saves, scores and announces', () => {
    let state = quizSession(questions, emptySession(), { type: 'check', id: 'one' }).state;
    state = run(state, { type: 'answer', id: 'one', answer: { type: 'single', choice: 0 } });
    expect(state.errors).toEqual([]);
    const step = quizSession(questions, state, { type: 'check', id: 'one' });
    expect(step.announce).toEqual([{ kind: 'checked', n: 1, score: 0, correct: false }]);
    expect(questionStates(questions, step.state.saved)[0]).toEqual({
      answer: { type: 'single', choice: 0 },
      submitted: true,
    });
  });

  it('a checked answer is final until reset', () => {
    const state = run(
      emptySession(),
      { type: 'answer', id: 'one', answer: { type: 'single', choice: 1 } },
      { type: 'check', id: 'one' },
      { type: 'answer', id: 'one', answer: { type: 'single', choice: 2 } },
    );
    expect(state.saved['one']).toEqual({ answer: { type: 'single', choice: 1 }, submitted: true });
  });

  it('announces the set total when the last question is checked', () => {
    const state = run(
      emptySession(),
      { type: 'answer', id: 'one', answer: correctAnswer(single) },
      { type: 'check', id: 'one' },
      { type: 'answer', id: 'two', answer: correctAnswer(order) },
    );
    const step = quizSession(questions, state, { type: 'check', id: 'two' });
    expect(step.announce).toEqual([
      { kind: 'checked', n: 2, score: 1, correct: true },
      { kind: 'finished', score: 2, max: 2 },
    ]);
  });

  it('resets in two steps, moving focus to the confirm button, back, and to the title', () => {
    const answered = run(emptySession(), { type: 'answer', id: 'one', answer: { type: 'single', choice: 1 } });
    const ask = quizSession(questions, answered, { type: 'ask-reset' });
    expect(ask).toMatchObject({ state: { confirming: true }, focus: 'reset-yes' });
    expect(quizSession(questions, ask.state, { type: 'cancel-reset' })).toMatchObject({
      state: { confirming: false, saved: answered.saved },
      focus: 'reset',
    });
    const reset = quizSession(questions, ask.state, { type: 'reset' });
    expect(reset).toEqual({ state: emptySession(), announce: [{ kind: 'reset' }], focus: 'title' });
  });

  it('drops saved answers that no longer fit their question, and never shows an incomplete one as checked', () => {
    const states = questionStates(questions, {
      one: { answer: { type: 'single', choice: 9 }, submitted: true },
      two: { answer: { type: 'single', choice: 0 }, submitted: false },
    });
    expect(states).toEqual([
      { answer: undefined, submitted: false },
      { answer: undefined, submitted: false },
    ]);
  });

  it('ignores actions on unknown questions', () => {
    const state = emptySession();
    expect(quizSession(questions, state, { type: 'check', id: 'nope' }).state).toBe(state);
    expect(
      quizSession(questions, state, { type: 'answer', id: 'nope', answer: { type: 'single', choice: 0 } }).state,
    ).toBe(state);
  });
});
