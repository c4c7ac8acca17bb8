/**
 * The lateral-reading tasks themselves, one at a time: the claim, the question, neutral suggested
 * searches, the student's search, the simulated results, who is behind the chosen source, what it
 * says, a verdict, and Gloss's finding once they have written. Loaded with `import()` when the
 * student starts (`../Lateral.tsx`), so the lesson page's island carries only the start button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { claimVerdicts } from '../../lib/claim-sort';
import {
  behindChoices,
  canReveal,
  lateralReducer,
  type LateralAction,
  type LateralData,
  type LateralState,
  type LateralTextField,
} from '../../lib/lateral';
import { lessonLateral, withLessonLateral, type LateralStore } from '../../lib/store/lateral';
import { fill } from '../labels';
import { Finding } from './Finding';
import { ResultChoice } from './ResultChoice';

interface Props {
  data: LateralData;
  /** The lesson's answers. */
  state: LateralState;
  /** The lesson id and the page's store, which every change goes through. */
  lesson: string;
  store: LateralStore;
  /** Whether answers are being saved on the device. */
  persistent: boolean;
  /** Whether to move focus to the first task when shown (the student pressed start). */
  focusFirst: boolean;
}

/** Checks fetched data before the panel uses it (here, so its code loads only when the student starts). */
export { isLateralData } from '../../lib/lateral';

export default function Panel({ data, state, lesson, store, persistent, focusFirst }: Props) {
  const [index, setIndex] = useState(0);
  const [hint, setHint] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const finding = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusFirst);
  const id = useId();
  const dispatch = (action: LateralAction): void => {
    store.update((s) => withLessonLateral(s, lesson, lateralReducer(lessonLateral(s, lesson), action)));
  };

  // Moving between tasks puts focus on the new task, so a keyboard user carries on from its top.
  useEffect(() => {
    if (!moved.current || !heading.current) return;
    heading.current.focus();
    moved.current = false;
  }, [index]);

  const L = (key: string, vars?: Record<string, string | number>): string => fill(data.labels[key] ?? key, vars);
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
        {L('lateral.progress', { n: compared, total })} {persistent ? L('lateral.saved') : L('lateral.notSaved')}
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
