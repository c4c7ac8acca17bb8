import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { assignedQuestionIds, type Assignment, type ContentIndex } from '../../lib/assignment';
import {
  answersReveal,
  currentAttempt,
  localIsoDate,
  effectiveAnswers,
  missingQuestions,
  sessionPhase,
  sessionReducer,
  type SessionAction,
} from '../../lib/assignment-session';
import { randomId } from '../../lib/codes';
import { arrange, isComplete, seedFrom, shuffle } from '../../lib/quiz';
import { emptyAssignments, getAssignmentProgress, withAssignmentProgress, type StoreNotice } from '../../lib/store';
import type { FieldContext } from '../answer-fields';
import { labeller, type QuizLabel } from '../labels';
import { assignmentStore } from '../progress';
import type { QuizData } from '../../lib/quiz-data';
import { agreementBytes, claimKeyShown } from '../../lib/claim-agreement';
import { Banner } from './Banner';
import { ClaimTask } from './ClaimTask';
import { claimWords, useClaimData } from './claim-task-data';
import { NameForm, Submit } from './NameForm';
import { QuestionList } from './QuestionList';
import { Result } from './Result';
import { StorageNotice } from './StorageNotice';
import type { AssignLesson, Label } from './types';

const serverData = emptyAssignments();
const serverNotice: StoreNotice = { persistence: 'saved', newer: false };

/** Props of {@link Session}. */
export interface SessionProps {
  /** The decoded assignment. */
  a: Assignment;
  /** Its lesson. */
  lesson: AssignLesson;
  /** The lesson's quiz data. */
  data: QuizData;
  /** The content index the assignment was checked against. */
  index: ContentIndex;
  /** UI strings. */
  T: Label;
}

/**
 * One student's session in an assignment: name, questions, result. Its state is the progress saved
 * in the assignment store; every change goes through `sessionReducer` (src/lib/assignment-session.ts).
 */
export function Session({ a, lesson, data, index, T }: SessionProps) {
  const s = assignmentStore();
  const snapshot = useSyncExternalStore(s.subscribe, s.getSnapshot, () => serverData);
  const notice = useSyncExternalStore(s.subscribe, s.notice, () => serverNotice);
  const saved = getAssignmentProgress(snapshot, a.id);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id !== null) document.getElementById(id)?.focus();
  });

  const questions = useMemo(() => {
    const all = new Map(Object.values(data.sets).flatMap((set) => set.questions.map((q) => [q.id, q] as const)));
    return assignedQuestionIds(a, index).flatMap((id) => {
      const q = all.get(id);
      return q ? [q] : [];
    });
  }, [a, data, index]);
  const seed = a.shuffle ? `${a.id}/${saved?.salt ?? ''}` : data.lesson;
  const shown = useMemo(
    () => (a.shuffle ? shuffle(questions, seedFrom(seed)) : questions),
    [a.shuffle, questions, seed],
  );
  const L: QuizLabel = useMemo(() => labeller(data.labels), [data.labels]);
  const ctx: FieldContext = useMemo(() => {
    const orders = new Map(questions.map((q) => [q.id, arrange(q, seed)]));
    return {
      L,
      idOf: (q, part) => `assign-${q.id}${part === undefined ? '' : `-${part}`}`,
      order: (q) => orders.get(q.id) ?? [],
      paragraphs: data.paragraphs,
      lessonHref: lesson.href,
    };
  }, [L, questions, seed, data.paragraphs, lesson.href]);

  // The claim sort, when the teacher chose it: its claims and key load with the session.
  const claimLoad = useClaimData(lesson.claims, a.claimSort === true);
  const claimData = typeof claimLoad === 'object' ? claimLoad : undefined;
  const words = useMemo(() => (claimData ? claimWords(claimData) : undefined), [claimData]);
  const latest = currentAttempt(saved);
  const keyShown = claimKeyShown(
    a.reveal,
    latest.finished !== null,
    answersReveal(a, saved?.attempts.length ?? 0, localIsoDate(new Date())),
  );
  // "At once" opens the lesson as the teacher set it; otherwise the notes and claims wait for the key.
  const layers =
    a.reveal === undefined || a.reveal === 'now'
      ? { notes: a.showNotes, claims: a.showClaims }
      : { notes: keyShown, claims: keyShown };
  const claimMarks = latest.claims ?? {};

  const announce = (text: string): void => {
    setMessage((prev) => (prev === text ? `${text}\u00a0` : text));
  };
  const dispatch = (action: SessionAction): void => {
    s.update((d) => withAssignmentProgress(d, a.id, sessionReducer(getAssignmentProgress(d, a.id), action)));
  };

  const status = (
    <p className="gl-visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
  const banner = <Banner a={a} lesson={lesson} layers={layers} T={T} />;
  const storage = <StorageNotice notice={notice} T={T} />;
  const phase = sessionPhase(saved, editing);

  if (phase === 'name' || !saved) {
    return (
      <>
        {banner}
        <NameForm
          initial={saved?.name ?? ''}
          T={T}
          onName={(name) => {
            dispatch({ type: 'name', name, salt: randomId(4) });
            setEditing(false);
            focusNext.current = 'assign-questions';
          }}
        />
        {storage}
        {status}
      </>
    );
  }

  const attempt = currentAttempt(saved);
  const n = saved.attempts.length;
  if (phase === 'finished') {
    return (
      <>
        {banner}
        {storage}
        <Result
          a={a}
          questions={questions}
          shown={shown}
          progress={saved}
          ctx={ctx}
          claims={
            claimData &&
            words && {
              data: claimData,
              words,
              marks: claimMarks,
              bytes: agreementBytes(claimMarks, claimData.claims),
              shown: keyShown,
              later: a.reveal === 'after',
            }
          }
          T={T}
          onAgain={() => {
            dispatch({ type: 'again', max: a.attempts });
            focusNext.current = 'assign-questions';
          }}
        />
        {status}
      </>
    );
  }

  const answers = effectiveAnswers(questions, attempt);
  const now = (): string => new Date().toISOString();
  const finished = (): void => {
    focusNext.current = 'assign-result';
    announce(T('assign.submitted'));
  };
  const attemptLine =
    a.attempts === 0 ? T('assign.attemptUnlimited', { n }) : T('assign.attempt', { n, max: a.attempts });
  return (
    <>
      {banner}
      <p className="gl-assign__who">
        {T('assign.result.who', { name: saved.name, n })} · {attemptLine}{' '}
        <button
          type="button"
          className="gl-button"
          onClick={() => {
            setEditing(true);
            focusNext.current = 'assign-name';
          }}
        >
          {T('assign.changeName')}
        </button>
      </p>
      {storage}
      {a.claimSort === true && claimLoad === undefined && <p role="status">{T('assign.task.loading')}</p>}
      {a.claimSort === true && claimLoad === 'failed' && <p role="alert">{T('assign.task.failed')}</p>}
      {claimData && words && (
        <ClaimTask
          data={claimData}
          words={words}
          marks={claimMarks}
          canCompare={keyShown}
          lessonHref={lesson.href}
          T={T}
          onMark={(claim, field, value) => {
            dispatch({ type: 'claim', claim, field, value });
          }}
        />
      )}
      <section aria-labelledby="assign-questions" className="gl-quiz gl-assign__quiz">
        <h2 id="assign-questions" tabIndex={-1}>
          {T('assign.questions')}
        </h2>
        <p className="gl-quiz__progress">
          {T('assign.progress', {
            n: questions.filter((q) => isComplete(q, answers[q.id])).length,
            total: questions.length,
          })}
        </p>
        <QuestionList
          mode={a.mode}
          shown={shown}
          answers={answers}
          checked={attempt.checked}
          ctx={ctx}
          onAnswer={(question, answer) => {
            dispatch({ type: 'answer', question, answer });
          }}
          onCheck={(question) => {
            const done = new Set([...attempt.checked, question]);
            dispatch({ type: 'check', question, questions: questions.map((q) => q.id), answers, now: now() });
            if (questions.every((q) => done.has(q.id))) finished();
            else announce(L('quiz.progress', { n: done.size, total: questions.length }));
          }}
          onIncomplete={announce}
        />
        {a.mode === 'assessment' && (
          <Submit
            missing={missingQuestions(shown, answers)}
            T={T}
            onSubmit={() => {
              dispatch({ type: 'finish', answers, checked: questions.map((q) => q.id), now: now() });
              finished();
            }}
          />
        )}
      </section>
      {status}
    </>
  );
}
