import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type SyntheticEvent, type ReactNode } from 'react';
import {
  assignedQuestionIds,
  decodeAssignment,
  encodeAssignment,
  type Assignment as AssignmentData,
  type ContentIndex,
} from '../lib/assignment';
import {
  createAssignmentStore,
  getAssignmentProgress,
  localStorageOrNull,
  withAssignmentProgress,
  type AssignmentProgress,
  type AssignmentStore,
  type AttemptProgress,
} from '../lib/store';
import { answerText } from '../lib/answer-text';
import { randomId } from '../lib/codes';
import { formatPartialDate, parsePartialDate } from '../lib/dates';
import { arrange, isComplete, scoreSet, seedFrom, shuffle, type Answer, type Question } from '../lib/quiz';
import { encodeCompletion, normaliseName, NAME_MAX, RESULT_FILE_FORMAT, type ResultFile } from '../lib/result-code';
import { AnswerFeedback, AnswerFields, type FieldContext } from './answer-fields';
import { Cited } from './cited';
import { answerWords, copyText, download, labeller, type QuizLabel } from './labels';
import type { QuizData } from '../lib/quiz-data';
import type { Labels } from '../data/teach';
import { useHydrated } from './hydrated';

/** A lesson as the assignment page needs it. */
export interface AssignLesson {
  /** Lesson id. */
  id: string;
  /** Headline. */
  title: string;
  /** URL of the lesson page. */
  href: string;
  /** URL of its quiz data. */
  data: string;
}

/** Props of the assignment island. */
export interface AssignmentProps {
  /** The lessons, sets and questions links are checked against. */
  index: ContentIndex;
  /** Every lesson with questions. */
  lessons: AssignLesson[];
  /** URL of the list of lessons, for links that cannot be opened. */
  lessonsHref: string;
  /** UI strings. */
  labels: Labels<'assign.'>;
  /** Shown until the island runs (server render). */
  children?: ReactNode;
}

type Label = ReturnType<typeof labeller<keyof Labels<'assign.'>>>;

const subscribeHash = (listener: () => void): (() => void) => {
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
};

let store: AssignmentStore | undefined;
const getStore = (): AssignmentStore => (store ??= createAssignmentStore(localStorageOrNull()));
const emptyStore = { assignments: {} };
const newAttempt = (): AttemptProgress => ({ answers: {}, checked: [], finished: null });

/** The lesson page's reading-tools preferences, set as the teacher chose before the student opens it. */
function setReadingLayers(a: AssignmentData): void {
  try {
    const raw = JSON.parse(localStorage.getItem('gloss:prefs') ?? '{}') as unknown;
    const prefs = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
    localStorage.setItem('gloss:prefs', JSON.stringify({ ...prefs, notes: a.showNotes, claims: a.showClaims }));
  } catch {
    // Without storage the lesson opens with its defaults, which is fine.
  }
}

function Banner({ a, lesson, T }: { a: AssignmentData; lesson: AssignLesson; T: Label }) {
  return (
    <header className="gl-assign__banner">
      <h1 id="assign-title" tabIndex={-1}>
        {a.title}
      </h1>
      <dl className="gl-assign__facts">
        {a.className !== '' && (
          <div>
            <dt>{T('assign.class')}</dt>
            <dd>{a.className}</dd>
          </div>
        )}
        {a.due !== null && (
          <div>
            <dt>{T('assign.due')}</dt>
            <dd>
              <time dateTime={a.due}>{formatPartialDate(parsePartialDate(a.due), 'long')}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{T('assign.lesson')}</dt>
          <dd>
            <a
              href={lesson.href}
              onClick={() => {
                setReadingLayers(a);
              }}
            >
              {lesson.title}
            </a>{' '}
            <span className="gl-muted">{T('assign.readHint')}</span>
          </dd>
        </div>
      </dl>
      <p>{T(a.mode === 'practice' ? 'assign.mode.practice' : 'assign.mode.assessment')}</p>
    </header>
  );
}

function Problem({ title, text, help, back }: { title: string; text: string; help?: string; back: ReactNode }) {
  return (
    <section className="gl-assign__error" aria-labelledby="assign-error">
      <h1 id="assign-error">{title}</h1>
      <p>{text}</p>
      {help !== undefined && <p>{help}</p>}
      <p>{back}</p>
    </section>
  );
}

/**
 * An assignment opened from a link (`/assign/#…`): the link is read and checked, the student
 * enters a name, answers in the teacher's mode, and ends with a result and a completion code.
 * Everything stays on the device; a broken link explains itself and links back to the lesson.
 */
export default function Assignment({ index, lessons, lessonsHref, labels, children }: AssignmentProps) {
  const hydrated = useHydrated();
  const hash = useSyncExternalStore(
    subscribeHash,
    () => location.hash,
    () => '',
  );
  const T = useMemo(() => labeller(labels), [labels]);
  const decoded = useMemo(() => decodeAssignment(hash, index), [hash, index]);
  const a = decoded.ok ? decoded.assignment : undefined;
  const lesson = lessons.find((l) => l.id === (decoded.ok ? decoded.assignment.lesson : decoded.error.lesson));
  const [data, setData] = useState<QuizData | 'failed' | undefined>();
  useEffect(() => {
    if (!lesson || !a) return;
    let live = true;
    fetch(lesson.data)
      .then((r) => (r.ok ? (r.json() as Promise<QuizData>) : Promise.reject(new Error(r.statusText))))
      .then((d) => {
        if (live) setData(d);
      })
      .catch(() => {
        if (live) setData('failed');
      });
    return () => {
      live = false;
    };
  }, [lesson, a]);

  // The wrapper gives `client:visible` a box to watch (the slot itself is `display: contents`).
  if (!hydrated) return <div className="gl-island">{children}</div>;
  if (!decoded.ok) {
    const { kind, detail } = decoded.error;
    return (
      <Problem
        title={T('assign.error.title')}
        text={T(`assign.error.${kind}`, { detail })}
        help={T('assign.error.help')}
        back={
          lesson ? (
            <a href={lesson.href}>{T('assign.error.backLesson', { title: lesson.title })}</a>
          ) : (
            <a href={lessonsHref}>{T('assign.error.backLessons')}</a>
          )
        }
      />
    );
  }
  if (!a || !lesson) return null;
  if (data === undefined) return <p role="status">{T('assign.loading')}</p>;
  if (data === 'failed') {
    return (
      <Problem
        title={T('assign.error.title')}
        text={T('assign.error.load')}
        back={<a href={lesson.href}>{T('assign.error.backLesson', { title: lesson.title })}</a>}
      />
    );
  }
  return <Session a={a} lesson={lesson} data={data} index={index} T={T} />;
}

function Session({
  a,
  lesson,
  data,
  index,
  T,
}: {
  a: AssignmentData;
  lesson: AssignLesson;
  data: QuizData;
  index: ContentIndex;
  T: Label;
}) {
  const s = getStore();
  const snapshot = useSyncExternalStore(s.subscribe, s.getSnapshot, () => emptyStore);
  const saved = getAssignmentProgress(snapshot, a.id);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<ReadonlySet<string>>(new Set());
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
  const salt = saved?.salt ?? '';
  const seed = a.shuffle ? `${a.id}/${salt}` : data.lesson;
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

  const announce = (text: string): void => {
    setMessage((prev) => (prev === text ? `${text}\u00a0` : text));
  };
  const save = (change: (p: AssignmentProgress) => AssignmentProgress): void => {
    s.update((d) => {
      const current = getAssignmentProgress(d, a.id) ?? { name: '', salt: randomId(4), attempts: [newAttempt()] };
      return withAssignmentProgress(d, a.id, change(current));
    });
  };
  const updateAttempt = (change: (t: AttemptProgress) => AttemptProgress): void => {
    save((p) => {
      const last = p.attempts.at(-1) ?? newAttempt();
      return { ...p, attempts: [...p.attempts.slice(0, -1), change(last)] };
    });
  };

  const status = (
    <p className="gl-visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
  const banner = <Banner a={a} lesson={lesson} T={T} />;
  const notSaved = !s.isPersistent() && <p className="gl-assign__warning">{T('assign.notSaved')}</p>;

  if (!saved || saved.name === '' || editing) {
    return (
      <>
        {banner}
        <NameForm
          initial={saved?.name ?? ''}
          T={T}
          onName={(name) => {
            save((p) => ({ ...p, name }));
            setEditing(false);
            focusNext.current = 'assign-questions';
          }}
        />
        {notSaved}
        {status}
      </>
    );
  }

  const attempt = saved.attempts.at(-1) ?? newAttempt();
  const n = saved.attempts.length;
  // An order question the student has not touched has no answer (its shuffled start is not one).
  const answerOf = (q: Question): Answer | undefined =>
    Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
  const attemptLine =
    a.attempts === 0 ? T('assign.attemptUnlimited', { n }) : T('assign.attempt', { n, max: a.attempts });

  if (attempt.finished !== null) {
    return (
      <>
        {banner}
        <Result
          a={a}
          questions={questions}
          shown={shown}
          progress={saved}
          ctx={ctx}
          T={T}
          onAgain={() => {
            save((p) => ({ ...p, attempts: [...p.attempts, newAttempt()] }));
            focusNext.current = 'assign-questions';
          }}
        />
        {status}
      </>
    );
  }

  const finish = (checked: string[]): void => {
    updateAttempt((t) => ({
      ...t,
      answers: Object.fromEntries(
        questions.flatMap((q) => {
          const x = answerOf(q);
          return x ? [[q.id, x]] : [];
        }),
      ),
      checked,
      finished: new Date().toISOString(),
    }));
    focusNext.current = 'assign-result';
    announce(T('assign.submitted'));
  };
  const answered = questions.filter((q) => isComplete(q, answerOf(q))).length;
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
      {notSaved}
      <section aria-labelledby="assign-questions" className="gl-quiz gl-assign__quiz">
        <h2 id="assign-questions" tabIndex={-1}>
          {T('assign.questions')}
        </h2>
        <p className="gl-quiz__progress">{T('assign.progress', { n: answered, total: questions.length })}</p>
        <ol className="gl-quiz__list">
          {shown.map((q, i) => {
            const answer = answerOf(q);
            const checked = attempt.checked.includes(q.id);
            const errorId = ctx.idOf(q, 'error');
            return (
              <li key={q.id} className="gl-quiz__q" id={ctx.idOf(q)}>
                <p className="gl-quiz__num">{L('quiz.questionOf', { n: i + 1, total: shown.length })}</p>
                <AnswerFields
                  q={q}
                  answer={answer}
                  locked={checked}
                  ctx={ctx}
                  onAnswer={(x) => {
                    updateAttempt((t) => ({ ...t, answers: { ...t.answers, [q.id]: x } }));
                  }}
                />
                {a.mode === 'practice' && (
                  <>
                    {errors.has(q.id) && !checked && (
                      <p className="gl-quiz__error" id={errorId}>
                        {L(`quiz.incomplete.${q.type}`)}
                      </p>
                    )}
                    <button
                      type="button"
                      className="gl-button gl-button--primary gl-quiz__check"
                      aria-disabled={checked ? 'true' : undefined}
                      aria-describedby={errors.has(q.id) && !checked ? errorId : undefined}
                      onClick={() => {
                        if (checked) return;
                        if (!answer || !isComplete(q, answer)) {
                          setErrors((prev) => new Set([...prev, q.id]));
                          announce(L(`quiz.incomplete.${q.type}`));
                          return;
                        }
                        setErrors((prev) => new Set([...prev].filter((id) => id !== q.id)));
                        const done = [...attempt.checked, q.id];
                        if (questions.every((x) => done.includes(x.id))) {
                          finish(done);
                          return;
                        }
                        updateAttempt((t) => ({
                          ...t,
                          answers: { ...t.answers, [q.id]: answer },
                          checked: [...t.checked, q.id],
                        }));
                        announce(L('quiz.progress', { n: done.length, total: questions.length }));
                      }}
                    >
                      {L(checked ? 'quiz.checked' : 'quiz.check')}
                    </button>
                    {checked && <AnswerFeedback q={q} answer={answer} ctx={ctx} />}
                  </>
                )}
              </li>
            );
          })}
        </ol>
        {a.mode === 'assessment' && (
          <Submit
            missing={shown.flatMap((q, i) => (isComplete(q, answerOf(q)) ? [] : [i + 1]))}
            T={T}
            onSubmit={() => {
              finish(questions.map((q) => q.id));
            }}
          />
        )}
      </section>
      {status}
    </>
  );
}

function NameForm({ initial, T, onName }: { initial: string; T: Label; onName: (name: string) => void }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState(false);
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const clean = normaliseName(name);
    if (clean === '') {
      setError(true);
      document.getElementById('assign-name')?.focus();
      return;
    }
    onName(clean);
  };
  return (
    <form className="gl-assign__name" onSubmit={submit} noValidate>
      <label htmlFor="assign-name">{T('assign.name')}</label>
      <p id="assign-name-hint" className="gl-muted">
        {T('assign.nameHint')}
      </p>
      {error && (
        <p id="assign-name-error" className="gl-quiz__error">
          {T('assign.nameMissing')}
        </p>
      )}
      <input
        id="assign-name"
        type="text"
        autoComplete="name"
        maxLength={NAME_MAX}
        value={name}
        aria-describedby={error ? 'assign-name-hint assign-name-error' : 'assign-name-hint'}
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />{' '}
      <button type="submit" className="gl-button gl-button--primary">
        {T('assign.start')}
      </button>
    </form>
  );
}

function Submit({ missing, T, onSubmit }: { missing: number[]; T: Label; onSubmit: () => void }) {
  const [tried, setTried] = useState(false);
  const show = tried && missing.length > 0;
  return (
    <div className="gl-assign__submit">
      {show && (
        <p className="gl-quiz__error" id="assign-submit-error" role="alert">
          {T('assign.submitMissing', { list: missing.join(', ') })}
        </p>
      )}
      <button
        type="button"
        className="gl-button gl-button--primary"
        aria-describedby={show ? 'assign-submit-error' : undefined}
        onClick={() => {
          setTried(true);
          if (missing.length === 0) onSubmit();
        }}
      >
        {T('assign.submit')}
      </button>
    </div>
  );
}

function Result({
  a,
  questions,
  shown,
  progress,
  ctx,
  T,
  onAgain,
}: {
  a: AssignmentData;
  questions: Question[];
  shown: Question[];
  progress: AssignmentProgress;
  ctx: FieldContext;
  T: Label;
  onAgain: () => void;
}) {
  const { L } = ctx;
  const attempt = progress.attempts.at(-1) ?? newAttempt();
  const n = progress.attempts.length;
  const answers = questions.map((q) => (Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined));
  const result = scoreSet(questions, attempt.answers);
  const score = Math.round(result.score * 100) / 100;
  // Answers go into the code in the assignment's own order, whatever order this student saw.
  const code = encodeCompletion({
    assignment: a.id,
    student: progress.name,
    attempt: n,
    score,
    answers: answers.map((x) => x ?? null),
  });
  const [copied, setCopied] = useState('');
  const left = a.attempts === 0 ? Infinity : a.attempts - n;
  const words = answerWords(L);
  const file = (): ResultFile => ({
    format: RESULT_FILE_FORMAT,
    version: 1,
    code,
    assignment: encodeAssignment(a),
    title: a.title,
    student: progress.name,
    attempt: n,
    score,
    max: result.max,
    completed: attempt.finished ?? '',
    questions: questions.map((q, i) => ({
      id: q.id,
      prompt: q.prompt,
      answer: answerText(q, answers[i], words),
      score: result.questions[i]?.score ?? 0,
    })),
  });
  return (
    <section aria-labelledby="assign-result" className="gl-assign__result">
      <h2 id="assign-result" tabIndex={-1}>
        {T('assign.result.title')}
      </h2>
      <p>{T('assign.result.who', { name: progress.name, n })}</p>
      <p className="gl-assign__score">
        {T('assign.result.score', {
          score,
          max: result.max,
          percent: Math.round((result.score / Math.max(1, result.max)) * 100),
        })}
      </p>
      <div className="gl-card gl-assign__code">
        <h3 id="assign-code-title">{T('assign.code.title')}</h3>
        <p id="assign-code-hint">{T('assign.code.hint')}</p>
        <input
          id="assign-code"
          className="gl-assign__code-text"
          readOnly
          value={code}
          aria-labelledby="assign-code-title"
          aria-describedby="assign-code-hint"
          onFocus={(e) => {
            e.target.select();
          }}
        />{' '}
        <button
          type="button"
          className="gl-button gl-button--primary"
          onClick={() => {
            void copyText(code).then((ok) => {
              if (!ok) document.getElementById('assign-code')?.focus();
              setCopied(T(ok ? 'assign.code.copied' : 'assign.code.copyFailed'));
            });
          }}
        >
          {T('assign.code.copy')}
        </button>
        <p role="status">{copied}</p>
        <p className="gl-muted">{T('assign.code.honest')}</p>
        <p>
          <button
            type="button"
            className="gl-button"
            onClick={() => {
              const safe = progress.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'result';
              download(`gloss-${a.id}-${safe}-${n}.json`, JSON.stringify(file(), null, 2), 'application/json');
            }}
          >
            {T('assign.download')}
          </button>
        </p>
      </div>
      <p>
        {left > 0 ? (
          <>
            <button type="button" className="gl-button" onClick={onAgain}>
              {T('assign.again')}
            </button>{' '}
            {Number.isFinite(left) && T('assign.attemptsLeft', { n: left })}
          </>
        ) : (
          T('assign.noMore')
        )}
      </p>
      <h3>{T('assign.review')}</h3>
      <ol className="gl-quiz__review">
        {shown.map((q) => (
          <li key={q.id}>
            <p>
              <strong>
                <Cited text={q.prompt} lessonHref={ctx.lessonHref} />
              </strong>
            </p>
            <AnswerFeedback
              q={q}
              answer={Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined}
              ctx={ctx}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
