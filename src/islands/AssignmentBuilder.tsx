import { useEffect, useRef, useState, type SyntheticEvent, type ReactNode } from 'react';
import { ATTEMPTS_MAX, CLASS_MAX, TITLE_MAX, encodeAssignment, type Assignment } from '../lib/assignment';
import { randomId } from '../lib/codes';
import type { Labels, TeachLesson } from '../data/teach';
import { HydrationGate } from './hydrated';
import { copyText, labeller } from './labels';

/** Props of the assignment builder. */
export interface AssignmentBuilderProps {
  /** Lessons with their question sets, in reading order. */
  lessons: TeachLesson[];
  /** URL of the assignment page (the link is this plus `#<assignment>`). */
  assignHref: string;
  /** URL of the class results page. */
  resultsHref: string;
  /** UI strings. */
  labels: Labels<'teach.'>;
  /** The no-JavaScript note, shown by CSS only where the form cannot work. */
  children?: ReactNode;
}

type Label = ReturnType<typeof labeller<keyof Labels<'teach.'>>>;

/** A QR code as an SVG path, drawn here from the `qrcode` package's module matrix (no network, no canvas). */
function QrCode({ text, label }: { text: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | undefined>();
  useEffect(() => {
    let live = true;
    // Loaded on demand: only teachers who make a link need it.
    void import('qrcode').then(({ default: QR }) => {
      const { modules } = QR.create(text, { errorCorrectionLevel: 'M' });
      let d = '';
      for (let y = 0; y < modules.size; y += 1) {
        for (let x = 0; x < modules.size; x += 1) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
      if (live) setPath({ d, size: modules.size + 8 });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!path) return null;
  return (
    <svg className="gl-teach__qr" viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={label}>
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
}

function Share({ a, link, resultsLink, T }: { a: Assignment; link: string; resultsLink: string; T: Label }) {
  const [status, setStatus] = useState('');
  return (
    <section className="gl-card gl-teach__share" aria-labelledby="teach-share">
      <h3 id="teach-share" tabIndex={-1}>
        {T('teach.result.title')}
      </h3>
      <label htmlFor="teach-link">{T('teach.result.link')}</label>
      <div className="gl-teach__link">
        <input
          id="teach-link"
          readOnly
          value={link}
          onFocus={(e) => {
            e.target.select();
          }}
        />
        <button
          type="button"
          className="gl-button gl-button--primary"
          onClick={() => {
            void copyText(link).then((ok) => {
              if (!ok) document.getElementById('teach-link')?.focus();
              setStatus(T(ok ? 'teach.copied' : 'teach.copyFailed'));
            });
          }}
        >
          {T('teach.copy')}
        </button>
      </div>
      <p role="status">{status}</p>
      <QrCode text={link} label={T('teach.qr')} />
      <p className="gl-muted">{T('teach.qrHint')}</p>
      <ul>
        <li>
          <a href={`https://classroom.google.com/share?url=${encodeURIComponent(link)}`} rel="external noreferrer">
            {T('teach.classroom')}
          </a>{' '}
          <span className="gl-muted">{T('teach.classroomHint')}</span>
        </li>
        <li>
          <a href={link}>{T('teach.open')}</a>
        </li>
      </ul>
      <h4>{T('teach.collect')}</h4>
      <p>
        {T('teach.collectHint')} <a href={resultsLink}>{T('teach.resultsFor', { title: a.title })}</a>
      </p>
      <p className="gl-muted">{T('teach.keepLink')}</p>
    </section>
  );
}

/**
 * The assignment builder on /teach/: the teacher picks questions and options, and gets a link
 * that carries the whole assignment (nothing is stored anywhere), with a copy button, a QR code
 * and a plain "Share to Google Classroom" link.
 */
/** One labelled checkbox of the builder's options. */
function Check({
  id,
  checked,
  onChange,
  label,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}): ReactNode {
  return (
    <label htmlFor={id} className="gl-teach__choice">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />{' '}
      {label}
    </label>
  );
}

export default function AssignmentBuilder({
  lessons,
  assignHref,
  resultsHref,
  labels,
  children,
}: AssignmentBuilderProps) {
  const T = labeller(labels);
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  const lesson = lessons.find((l) => l.id === lessonId) ?? lessons[0];
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [title, setTitle] = useState('');
  const [className, setClassName] = useState('');
  const [due, setDue] = useState('');
  const [mode, setMode] = useState<Assignment['mode']>('practice');
  const [shuffle, setShuffle] = useState(false);
  const [attempts, setAttempts] = useState(1);
  const [showNotes, setShowNotes] = useState(true);
  const [showClaims, setShowClaims] = useState(false);
  const [errors, setErrors] = useState<('title' | 'questions')[]>([]);
  const [made, setMade] = useState<Assignment | undefined>();
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id !== null) document.getElementById(id)?.focus();
  });
  if (!lesson) return null;

  // Any change makes a new assignment: an old link keeps meaning what it meant.
  const changed =
    <V,>(set: (v: V) => void) =>
    (v: V): void => {
      set(v);
      setMade(undefined);
    };
  const toggle = (ids: readonly string[], on: boolean): void => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    changed(setChosen)(next);
  };

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const problems: ('title' | 'questions')[] = [];
    if (title.trim() === '') problems.push('title');
    if (chosen.size === 0) problems.push('questions');
    setErrors(problems);
    if (problems.length > 0) {
      focusNext.current = 'teach-errors';
      setMade(undefined);
      return;
    }
    const whole = lesson.sets.filter((s) => s.questions.every((q) => chosen.has(q.id)));
    const inWhole = new Set(whole.flatMap((s) => s.questions.map((q) => q.id)));
    setMade({
      id: randomId(8),
      lesson: lesson.id,
      sets: whole.map((s) => s.id),
      questions: lesson.sets
        .flatMap((s) => s.questions.map((q) => q.id))
        .filter((id) => chosen.has(id) && !inWhole.has(id)),
      title: title.trim(),
      className: className.trim(),
      due: due === '' ? null : due,
      mode,
      shuffle,
      attempts,
      showNotes,
      showClaims,
    });
    focusNext.current = 'teach-share';
  };

  const fragment = made ? encodeAssignment(made) : '';
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
                changed(setLessonId)(e.target.value);
                setChosen(new Set());
              }}
            >
              {lessons.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
          </p>
          <fieldset className="gl-teach__questions" aria-describedby="teach-questions-hint">
            <legend id="teach-questions" tabIndex={-1}>
              {T('teach.questions')}
            </legend>
            <p id="teach-questions-hint" className="gl-muted">
              {T('teach.questionsHint')}
            </p>
            {error('questions') !== undefined && <p className="gl-quiz__error">{error('questions')}</p>}
            <ul className="gl-teach__sets">
              {lesson.sets.map((set) => {
                const ids = set.questions.map((q) => q.id);
                const count = ids.filter((id) => chosen.has(id)).length;
                const id = `teach-set-${set.id}`;
                return (
                  <li key={set.id}>
                    <label htmlFor={id}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={count === ids.length}
                        ref={(el) => {
                          if (el) el.indeterminate = count > 0 && count < ids.length;
                        }}
                        onChange={(e) => {
                          toggle(ids, e.target.checked);
                        }}
                      />{' '}
                      {set.label}
                    </label>
                    <details>
                      <summary>{T('teach.pick')}</summary>
                      <ul>
                        {set.questions.map((q) => (
                          <li key={q.id}>
                            <label htmlFor={`teach-q-${q.id}`}>
                              <input
                                id={`teach-q-${q.id}`}
                                type="checkbox"
                                checked={chosen.has(q.id)}
                                onChange={(e) => {
                                  toggle([q.id], e.target.checked);
                                }}
                              />{' '}
                              {q.prompt}
                            </label>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                );
              })}
            </ul>
            <p role="status">{T('teach.selected', { n: chosen.size })}</p>
          </fieldset>
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
                changed(setTitle)(e.target.value);
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
                changed(setClassName)(e.target.value);
              }}
            />
          </p>
          <p>
            <label htmlFor="teach-due">{T('teach.due')}</label>
            <input
              id="teach-due"
              type="date"
              value={due}
              onChange={(e) => {
                changed(setDue)(e.target.value);
              }}
            />
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
                    changed(setMode)(m);
                  }}
                />{' '}
                {T(m === 'practice' ? 'teach.mode.practice' : 'teach.mode.assessment')}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{T('teach.options')}</legend>
            <Check id="teach-shuffle" checked={shuffle} onChange={changed(setShuffle)} label={T('teach.shuffle')} />
            <p>
              <label htmlFor="teach-attempts">{T('teach.attempts')}</label>{' '}
              <select
                id="teach-attempts"
                value={String(attempts)}
                onChange={(e) => {
                  changed(setAttempts)(Number(e.target.value));
                }}
              >
                {Array.from({ length: ATTEMPTS_MAX + 1 }, (_, n) => (
                  <option key={n} value={String(n)}>
                    {n === 0 ? T('teach.attempts.unlimited') : String(n)}
                  </option>
                ))}
              </select>
            </p>
          </fieldset>
          <fieldset>
            <legend>{T('teach.layers')}</legend>
            <Check id="teach-notes" checked={showNotes} onChange={changed(setShowNotes)} label={T('teach.showNotes')} />
            <Check
              id="teach-claims"
              checked={showClaims}
              onChange={changed(setShowClaims)}
              label={T('teach.showClaims')}
            />
          </fieldset>
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
        </HydrationGate>
      </form>
    </>
  );
}
