import type { ReactNode } from 'react';
import type { TeachLesson } from '../../data/teach';
import type { Label } from './types';

/** One labelled checkbox of the builder's options. */
export function Check({
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

/** Props of {@link QuestionPicker}. */
export interface QuestionPickerProps {
  /** The chosen lesson. */
  lesson: TeachLesson;
  /** Chosen question ids. */
  chosen: ReadonlySet<string>;
  /** The error to show, if questions are missing. */
  error: string | undefined;
  /** UI strings. */
  T: Label;
  /** Questions were ticked or unticked. */
  toggle: (ids: readonly string[], on: boolean) => void;
}

/** The lesson's sets, each with a checkbox for the whole set and one per question. */
export function QuestionPicker({ lesson, chosen, error, T, toggle }: QuestionPickerProps): ReactNode {
  return (
    <fieldset className="gl-teach__questions" aria-describedby="teach-questions-hint">
      <legend id="teach-questions" tabIndex={-1}>
        {T('teach.questions')}
      </legend>
      <p id="teach-questions-hint" className="gl-muted">
        {T('teach.questionsHint')}
      </p>
      {error !== undefined && <p className="gl-quiz__error">{error}</p>}
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
  );
}
