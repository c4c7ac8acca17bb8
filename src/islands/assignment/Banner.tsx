import type { ReactNode } from 'react';
import type { Assignment } from '../../lib/assignment';
import { dueStatus, localIsoDate } from '../../lib/assignment-session';
import { formatPartialDate, parsePartialDate } from '../../lib/dates';
import { withPrefs } from '../../lib/store';
import { prefsStore } from '../progress';
import type { AssignLesson, Label } from './types';

/** Which reading layers the lesson link opens with. */
export interface OpeningLayers {
  notes: boolean;
  claims: boolean;
}

/** The lesson page's reading-tools preferences, set as the teacher chose before the student opens it. */
function setReadingLayers(layers: OpeningLayers): void {
  // Without storage the lesson opens with its defaults, which is fine: the store never throws.
  prefsStore().update((stored) => withPrefs(stored, layers));
}

/** The assignment's title, class, due date, lesson link and mode. */
export function Banner({
  a,
  lesson,
  layers,
  T,
}: {
  a: Assignment;
  lesson: AssignLesson;
  /** The layers the lesson link opens with (the teacher's choice, or off until the key may show). */
  layers: OpeningLayers;
  T: Label;
}) {
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
              {dueStatus(a.due, localIsoDate(new Date())) === 'overdue' && (
                <strong className="gl-assign__overdue"> ({T('assign.overdue')})</strong>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{T('assign.lesson')}</dt>
          <dd>
            <a
              href={lesson.href}
              onClick={() => {
                setReadingLayers(layers);
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

/** A link that cannot be used, or questions that did not load: what happened and a way back. */
export function Problem({ title, text, help, back }: { title: string; text: string; help?: string; back: ReactNode }) {
  return (
    <section className="gl-assign__error" aria-labelledby="assign-error">
      <h1 id="assign-error">{title}</h1>
      <p>{text}</p>
      {help !== undefined && <p>{help}</p>}
      <p>{back}</p>
    </section>
  );
}
