/**
 * A quiz set once its data has loaded: the questions, the results when all are checked, and the
 * two-step reset. The state machine is `src/lib/quiz-session.ts`; this component keeps the saved
 * part in the progress store and turns the reducer's announcements and focus targets into words
 * and DOM focus.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { setTitleId } from '../../lib/quiz';
import {
  questionStates,
  quizSession,
  type Announcement,
  type FocusTarget,
  type SessionAction,
} from '../../lib/quiz-session';
import { emptyProgress, getSetProgress, withSetProgress, type Progress } from '../../lib/store';
import { progressStore } from '../progress';
import { percent, setPartId, tenths, type Label, type QuizContext } from './context';
import { QuizQuestion } from './QuizQuestion';
import { Results } from './Results';

const serverProgress = emptyProgress();

const verdictKey = (a: { score: number; correct: boolean }) =>
  a.correct ? 'quiz.verdict.correct' : a.score > 0 ? 'quiz.verdict.partial' : 'quiz.verdict.wrong';

/** An announcement in words. */
function words(a: Announcement, L: Label): string {
  switch (a.kind) {
    case 'incomplete':
      return L(`quiz.incomplete.${a.questionType}`);
    case 'checked':
      if (a.manual) return L('quiz.announceManual', { n: a.n });
      return L('quiz.announce', {
        n: a.n,
        verdict: L(verdictKey(a)),
        score: L('quiz.score', { score: percent(a.score) }),
      });
    case 'finished':
      return L('quiz.finished', {
        score: tenths(a.score),
        max: a.max,
        percent: percent(a.max === 0 ? 0 : a.score / a.max),
      });
    case 'reset':
      return L('quiz.resetDone');
  }
}

/** The interactive quiz of one set. */
export function InteractiveQuiz({ lesson, ctx }: { lesson: string; ctx: QuizContext }): ReactNode {
  const { L, set, setId } = ctx;
  const { questions } = set;
  const store = progressStore();
  const progress: Progress = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverProgress);
  const saved = useMemo(() => getSetProgress(progress, lesson, setId)?.questions ?? {}, [progress, lesson, setId]);
  const states = useMemo(() => questionStates(questions, saved), [questions, saved]);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  // A repeated message would not be announced again; a trailing no-break space makes it new.
  const announce = (text: string): void => {
    setMessage((prev) => (prev === text ? `${text}\u00a0` : text));
  };
  const focusIds: Record<FocusTarget, string> = {
    reset: setPartId(setId, 'reset'),
    'reset-yes': setPartId(setId, 'reset-yes'),
    title: setTitleId(setId),
  };
  const dispatch = (action: SessionAction): void => {
    const step = quizSession(questions, { saved, errors, confirming }, action);
    if (step.state.saved !== saved) {
      const next = step.state.saved;
      store.update((p) =>
        withSetProgress(p, lesson, setId, Object.keys(next).length > 0 ? { questions: { ...next } } : undefined),
      );
    }
    setErrors(step.state.errors);
    setConfirming(step.state.confirming);
    if (step.focus) focusNext.current = focusIds[step.focus];
    if (step.announce.length > 0) announce(step.announce.map((a) => words(a, L)).join(' '));
  };

  const answered = states.filter((s) => s.answer !== undefined).length;
  const checked = states.filter((s) => s.submitted).length;
  const finished = checked === questions.length;
  return (
    <>
      <p className="gl-quiz__progress">
        {L('quiz.progress', { n: checked, total: questions.length })}
        {!store.isPersistent() && <> {L('quiz.notSaved')}</>}
      </p>
      <ol className="gl-quiz__list">
        {questions.map((q, i) => (
          <QuizQuestion
            key={q.id}
            q={q}
            n={i + 1}
            state={states[i] ?? { answer: undefined, submitted: false }}
            error={errors.includes(q.id)}
            ctx={ctx}
            onAnswer={(x, answer) => {
              dispatch({ type: 'answer', id: x.id, answer });
            }}
            onCheck={(x) => {
              dispatch({ type: 'check', id: x.id });
            }}
            onMoved={(item, n, total) => {
              announce(L('quiz.moved', { item, n, total }));
            }}
          />
        ))}
      </ol>
      {finished && <Results states={states} ctx={ctx} />}
      <div className="gl-quiz__reset">
        {answered > 0 && !confirming && (
          <button
            type="button"
            className="gl-button"
            id={focusIds.reset}
            onClick={() => {
              dispatch({ type: 'ask-reset' });
            }}
          >
            {L('quiz.reset')}
          </button>
        )}
        {confirming && (
          <div role="group" aria-labelledby={setPartId(setId, 'reset-q')} className="gl-quiz__confirm">
            <p id={setPartId(setId, 'reset-q')}>{L('quiz.resetConfirm', { title: set.title })}</p>
            <button
              type="button"
              className="gl-button gl-button--primary"
              id={focusIds['reset-yes']}
              onClick={() => {
                dispatch({ type: 'reset' });
              }}
            >
              {L('quiz.resetYes')}
            </button>{' '}
            <button
              type="button"
              className="gl-button"
              onClick={() => {
                dispatch({ type: 'cancel-reset' });
              }}
            >
              {L('quiz.resetNo')}
            </button>
          </div>
        )}
      </div>
      <p className="gl-visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </>
  );
}
