import { useEffect, useReducer, useRef, type SyntheticEvent, type ReactNode } from 'react';
import { ATTEMPTS_MAX, CLASS_MAX, TITLE_MAX, encodeAssignment } from '../lib/assignment';
import {
  builderReducer,
  dueInPast,
  initialBuilder,
  type BuilderAction,
  type BuilderFields,
} from '../lib/assignment-builder';
import { localIsoDate } from '../lib/assignment-session';
import { randomId } from '../lib/codes';
import type { Labels, TeachLesson } from '../data/teach';
import { Check, QuestionPicker } from './assignment-builder/QuestionPicker';
import { RevealOptions } from './assignment-builder/RevealOptions';
import { ScormDownload } from './assignment-builder/ScormDownload';
import { Share } from './assignment-builder/Share';
import { HydrationGate } from './hydrated';
import { labeller } from './labels';

/** Props of the assignment builder. */
export interface AssignmentBuilderProps {
  /** Lessons with their question sets, in reading order. */
  lessons: TeachLesson[];
  /** URL of the assignment page (the link is this plus `#<assignment>`). */
  assignHref: string;
  /** URL of the class results page. */
  resultsHref: string;
  /** URL of the folder of the SCORM package's script and style (`/teach/scorm/`). */
  scormHref: string;
  /** UI strings. */
  labels: Labels<'teach.'>;
  /** The no-JavaScript note, shown by CSS only where the form cannot work. */
  children?: ReactNode;
}

/**
 * The assignment builder on /teach/: the teacher picks questions and options, and gets a link
 * that carries the whole assignment (nothing is stored anywhere), with a copy button, a QR code
 * and a plain "Share to Google Classroom" link. Its state machine is `builderReducer`
 * (src/lib/assignment-builder.ts).
 */
export default function AssignmentBuilder({
  lessons,
  assignHref,
  resultsHref,
  scormHref,
  labels,
  children,
}: AssignmentBuilderProps) {
  const T = labeller(labels);
  const [state, dispatch] = useReducer(builderReducer, lessons[0]?.id ?? '', initialBuilder);
  const {
    chosen,
    title,
    className,
    due,
    mode,
    shuffle,
    attempts,
    showAnswersFrom,
    showNotes,
    showClaims,
    reveal,
    claimSort,
    errors,
    made,
  } = state;
  const lesson = lessons.find((l) => l.id === state.lesson) ?? lessons[0];
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id !== null) document.getElementById(id)?.focus();
  });
  if (!lesson) return null;

  const field =
    <K extends keyof BuilderFields>(name: K) =>
    (value: BuilderFields[K]): void => {
      dispatch({ type: 'field', field: name, value } as BuilderAction);
    };
  const toggle = (ids: readonly string[], on: boolean): void => {
    dispatch({ type: 'toggle', ids, on });
  };
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const ok = state.title.trim() !== '' && state.chosen.size > 0;
    dispatch({ type: 'create', lesson, id: randomId(8) });
    focusNext.current = ok ? 'teach-share' : 'teach-errors';
  };

  const fragment = made ? encodeAssignment(made) : '';
  const pastDue = dueInPast(due, localIsoDate(new Date()));
  const absolute = (path: string): string => new URL(path, location.href).href;
  const error = (field: 'title' | 'questions'): string | undefined =>
    errors.includes(field) ? T(field === 'title' ? 'teach.error.title' : 'teach.error.questions') : undefined;

  // The form is rendered on the server too, with the same initial state, so hydrating it moves
  // nothing on the page (no layout shift). CSS hides it, and shows the no-JavaScript note from
  // `children` instead, where it cannot work: JavaScript off, or a copy opened from a file. Until
  // hydration its controls are disabled: a tick or a title entered before then would be lost.
  return (
    <>
      {children}
      <form className="gl-teach__form gl-teach-js" onSubmit={submit} noValidate>
        <HydrationGate className="gl-teach__gate" legend={T('teach.builder.title')}>
          {errors.length > 0 && (
            <div id="teach-errors" className="gl-teach__errors" tabIndex={-1} role="alert">
              <p>{T('teach.error.summary')}</p>
              <ul>
                {errors.map((f) => (
                  <li key={f}>
                    <a href={f === 'title' ? '#teach-title' : '#teach-questions'}>{error(f)}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <label htmlFor="teach-lesson">{T('teach.lesson')}</label>
            <select
              id="teach-lesson"
              value={lesson.id}
              onChange={(e) => {
                dispatch({ type: 'lesson', lesson: e.target.value });
              }}
            >
              {lessons.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
          </p>
          <QuestionPicker lesson={lesson} chosen={chosen} error={error('questions')} T={T} toggle={toggle} />
          {lesson.claims !== null && (
            <fieldset>
              <legend>{T('teach.claimSortLegend')}</legend>
              <Check
                id="teach-claim-sort"
                checked={claimSort}
                onChange={field('claimSort')}
                label={T('teach.claimSort')}
              />
            </fieldset>
          )}
          <p>
            <label htmlFor="teach-title">{T('teach.assignmentTitle')}</label>
            <span id="teach-title-hint" className="gl-muted">
              {T('teach.titleHint')}
            </span>
            {error('title') !== undefined && (
              <span id="teach-title-error" className="gl-quiz__error">
                {error('title')}
              </span>
            )}
            <input
              id="teach-title"
              type="text"
              required
              maxLength={TITLE_MAX}
              value={title}
              aria-invalid={error('title') === undefined ? undefined : 'true'}
              aria-describedby={
                error('title') === undefined ? 'teach-title-hint' : 'teach-title-hint teach-title-error'
              }
              onChange={(e) => {
                field('title')(e.target.value);
              }}
            />
          </p>
          <p>
            <label htmlFor="teach-class">{T('teach.className')}</label>
            <input
              id="teach-class"
              type="text"
              maxLength={CLASS_MAX}
              value={className}
              onChange={(e) => {
                field('className')(e.target.value);
              }}
            />
          </p>
          <p>
            <label htmlFor="teach-due">{T('teach.due')}</label>
            <input
              id="teach-due"
              type="date"
              value={due}
              aria-describedby={pastDue ? 'teach-due-past' : undefined}
              onChange={(e) => {
                field('due')(e.target.value);
              }}
            />
            {pastDue && (
              <span id="teach-due-past" className="gl-teach__warning">
                {T('teach.duePast')}
              </span>
            )}
          </p>
          <fieldset>
            <legend>{T('teach.mode')}</legend>
            {(['practice', 'assessment'] as const).map((m) => (
              <label key={m} htmlFor={`teach-mode-${m}`} className="gl-teach__choice">
                <input
                  id={`teach-mode-${m}`}
                  type="radio"
                  name="teach-mode"
                  checked={mode === m}
                  onChange={() => {
                    field('mode')(m);
                  }}
                />{' '}
                {T(m === 'practice' ? 'teach.mode.practice' : 'teach.mode.assessment')}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{T('teach.options')}</legend>
            <Check id="teach-shuffle" checked={shuffle} onChange={field('shuffle')} label={T('teach.shuffle')} />
            <p>
              <label htmlFor="teach-attempts">{T('teach.attempts')}</label>{' '}
              <select
                id="teach-attempts"
                value={String(attempts)}
                onChange={(e) => {
                  field('attempts')(Number(e.target.value));
                }}
              >
                {Array.from({ length: ATTEMPTS_MAX + 1 }, (_, n) => (
                  <option key={n} value={String(n)}>
                    {n === 0 ? T('teach.attempts.unlimited') : String(n)}
                  </option>
                ))}
              </select>
            </p>
            <ul className="gl-teach__honest gl-muted">
              <li>{T('teach.honest.attempts')}</li>
              <li>{T('teach.honest.answers')}</li>
              <li>{T('teach.honest.stakes')}</li>
            </ul>
            {mode === 'assessment' && (
              <p>
                <label htmlFor="teach-show-answers">{T('teach.showAnswersFrom')}</label>
                <span id="teach-show-answers-hint" className="gl-muted">
                  {T('teach.showAnswersFromHint')}
                </span>
                <input
                  id="teach-show-answers"
                  type="date"
                  value={showAnswersFrom}
                  aria-describedby="teach-show-answers-hint"
                  onChange={(e) => {
                    field('showAnswersFrom')(e.target.value);
                  }}
                />
              </p>
            )}
          </fieldset>
          <RevealOptions
            reveal={reveal}
            showNotes={showNotes}
            showClaims={showClaims}
            T={T}
            onReveal={field('reveal')}
            onNotes={field('showNotes')}
            onClaims={field('showClaims')}
          />
          <p>
            <button type="submit" className="gl-button gl-button--primary">
              {T('teach.create')}
            </button>
          </p>
          {made && (
            <Share
              a={made}
              link={absolute(`${assignHref}#${fragment}`)}
              resultsLink={absolute(`${resultsHref}#${fragment}`)}
              T={T}
            />
          )}
          {made && (
            <ScormDownload
              a={made}
              lesson={lessons.find((l) => l.id === made.lesson) ?? lesson}
              assets={scormHref}
              T={T}
            />
          )}
        </HydrationGate>
      </form>
    </>
  );
}
