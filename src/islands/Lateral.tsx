/**
 * "Read laterally": for a few claims of the lesson, the student writes what they searched, chooses
 * the source they found (from a simulated results page of the lesson's stored sources, or their
 * own), says who is behind it and what it says, gives a verdict, and then compares with Gloss's
 * finding. The server renders only a start button, so the page's first paint carries nothing of
 * it; the tasks are fetched when the student starts (or at once, if they started on an earlier
 * visit). State: the pure reducer in `src/lib/lateral.ts`, kept in `src/lib/store/lateral.ts`.
 */
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { claimVerdicts } from '../lib/claim-sort';
import {
  behindChoices,
  canReveal,
  isLateralData,
  lateralReducer,
  type LateralAction,
  type LateralData,
  type LateralTextField,
} from '../lib/lateral';
import {
  createLateralStore,
  LATERAL_KEY,
  lessonLateral,
  withLessonLateral,
  type LateralStore,
} from '../lib/store/lateral';
import { localStorageOrNull } from '../lib/store/versioned';
import { useHydrated } from './hydrated';
import { fill } from './labels';
import { Finding } from './lateral/Finding';
import { ResultChoice } from './lateral/ResultChoice';
import { pageStore } from './page-store';

/** The strings the island needs before its data has loaded. */
export interface LateralLabels {
  start: string;
  loading: string;
  failed: string;
  retry: string;
}

interface Props {
  /** The lesson id (the store keeps one set of answers per lesson). */
  lesson: string;
  /** URL of the lesson's `lateral.json`. */
  src: string;
  labels: LateralLabels;
}

/** The page's one lateral-reading store, kept in step with other tabs. */
const lateralStore: () => LateralStore = pageStore(LATERAL_KEY, () => createLateralStore(localStorageOrNull()));

type Load = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; data: LateralData };

export default function Lateral({ lesson, src, labels }: Props) {
  const hydrated = useHydrated();
  const store = lateralStore;
  const stored = useSyncExternalStore(
    (listener) => store().subscribe(listener),
    () => store().getSnapshot(),
    () => undefined,
  );
  const state = stored ? lessonLateral(stored, lesson) : undefined;
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const [index, setIndex] = useState(0);
  const [hint, setHint] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const finding = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const id = useId();

  const fetchTasks = useCallback(() => {
    fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(src))))
      .then((data) => {
        setLoad(isLateralData(data) ? { state: 'ready', data } : { state: 'failed' });
      })
      .catch(() => {
        setLoad({ state: 'failed' });
      });
  }, [src]);
  const start = (): void => {
    // The start button goes away once the tasks load: focus moves to the first task instead.
    moved.current = true;
    setLoad({ state: 'loading' });
    fetchTasks();
  };

  // A student who started on an earlier visit gets their answers back without pressing start again.
  const begun = state !== undefined && Object.keys(state.tasks).length > 0;
  useEffect(() => {
    if (begun && load.state === 'idle') fetchTasks();
  }, [begun, load.state, fetchTasks]);

  // Moving between tasks puts focus on the new task, so a keyboard user carries on from its top.
  useEffect(() => {
    if (!moved.current || !heading.current) return;
    heading.current.focus();
    moved.current = false;
  }, [index, load.state]);

  if (load.state !== 'ready' || !state) {
    return (
      <div className="gl-lateral__app">
        {load.state === 'failed' && <p role="alert">{labels.failed}</p>}
        <p role="status" className={load.state === 'loading' ? undefined : 'gl-visually-hidden'}>
          {load.state === 'loading' ? labels.loading : ''}
        </p>
        <button type="button" className="gl-button" disabled={!hydrated || load.state === 'loading'} onClick={start}>
          {load.state === 'failed' ? labels.retry : labels.start}
        </button>
      </div>
    );
  }

  const { data } = load;
  const L = (key: string, vars?: Record<string, string | number>): string => fill(data.labels[key] ?? key, vars);
  const dispatch = (action: LateralAction): void => {
    store().update((s) => withLessonLateral(s, lesson, lateralReducer(lessonLateral(s, lesson), action)));
  };
  const total = data.tasks.length;
  const current = Math.min(index, total - 1);
  const task = data.tasks[current];
  if (!task) return null;
  const answer = state.tasks[task.id];
  const base = `${id}-${task.id}`;
  const text = (field: LateralTextField, label: string, rows: number) => (
    <p className="gl-lateral__field">
      <label htmlFor={`${base}-${field}`}>{label}</label>
      <textarea
        id={`${base}-${field}`}
        rows={rows}
        value={answer?.[field] ?? ''}
        onChange={(e) => {
          dispatch({ type: 'write', task: task.id, field, value: e.target.value });
        }}
      />
    </p>
  );
  const radios = (
    name: string,
    legend: string,
    choices: readonly string[],
    checked: string | undefined,
    prefix: string,
  ) => (
    <fieldset className="gl-lateral__choices">
      <legend>{legend}</legend>
      {choices.map((value) => (
        <label key={value} className="gl-lateral__choice">
          <input
            type="radio"
            name={`${base}-${name}`}
            value={value}
            checked={checked === value}
            onChange={() => {
              dispatch(
                name === 'behind'
                  ? { type: 'behind', task: task.id, value }
                  : { type: 'verdict', task: task.id, value },
              );
            }}
          />
          {L(`${prefix}${value}`)}
        </label>
      ))}
    </fieldset>
  );
  const go = (to: number): void => {
    moved.current = true;
    setHint(false);
    setIndex(to);
  };
  const reveal = (): void => {
    if (!canReveal(answer)) {
      setHint(true);
      return;
    }
    setHint(false);
    dispatch({ type: 'reveal', task: task.id });
    requestAnimationFrame(() => finding.current?.focus());
  };
  const reset = (): void => {
    if (!window.confirm(L('lateral.resetConfirm'))) return;
    dispatch({ type: 'reset' });
    go(0);
  };
  const compared = data.tasks.filter((t) => state.tasks[t.id]?.revealed === true).length;

  return (
    <div className="gl-lateral__app">
      <p className="gl-muted">
        {L('lateral.progress', { n: compared, total })}{' '}
        {store().isPersistent() ? L('lateral.saved') : L('lateral.notSaved')}
      </p>
      <div className="gl-lateral__task">
        <h3 ref={heading} tabIndex={-1}>
          {L('lateral.taskOf', { n: current + 1, total })}
        </h3>
        <blockquote className="gl-lateral__claim">
          <q>{task.quote}</q>{' '}
          <a href={`#p${String(task.paragraph)}`} aria-label={L('lateral.paragraphLink', { n: task.paragraph })}>
            {L('lateral.paragraph', { n: task.paragraph })}
          </a>
        </blockquote>
        <p>
          <strong>{L('lateral.question')}</strong> {task.question}
        </p>
        <p>{L('lateral.suggested')}</p>
        <ul className="gl-lateral__searches">
          {task.searches.map((s) => (
            <li key={s}>
              <kbd>{s}</kbd>
            </li>
          ))}
        </ul>
        {text('searched', L('lateral.searched'), 2)}
        <ResultChoice
          id={base}
          results={task.results}
          chosen={answer?.source ?? ''}
          own={answer?.own ?? ''}
          onChoose={(source) => {
            dispatch({ type: 'choose', task: task.id, source });
          }}
          onOwn={(value) => {
            dispatch({ type: 'write', task: task.id, field: 'own', value });
          }}
          L={L}
        />
        {radios('behind', L('lateral.behind'), behindChoices, answer?.behind, 'lateral.behind.')}
        {text('says', L('lateral.says'), 3)}
        {radios('verdict', L('lateral.verdict'), claimVerdicts, answer?.verdict, 'claims.verdict.')}
        {answer?.revealed !== true && (
          <p>
            <button type="button" className="gl-button gl-button--primary" onClick={reveal}>
              {L('lateral.reveal')}
            </button>
          </p>
        )}
        <p role="status">{hint && !canReveal(answer) ? L('lateral.revealNeeds') : ''}</p>
        {answer?.revealed === true && (
          <Finding id={`${base}-finding`} task={task} answer={answer} L={L} heading={finding} />
        )}
        <div className="gl-lateral__nav">
          <button
            type="button"
            className="gl-button"
            disabled={current === 0}
            onClick={() => {
              go(current - 1);
            }}
          >
            {L('lateral.previous')}
          </button>
          <button
            type="button"
            className="gl-button"
            disabled={current === total - 1}
            onClick={() => {
              go(current + 1);
            }}
          >
            {L('lateral.next')}
          </button>
          <button type="button" className="gl-button" onClick={reset}>
            {L('lateral.reset')}
          </button>
        </div>
      </div>
    </div>
  );
}
