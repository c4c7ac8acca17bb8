import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { decodeAssignment, type ContentIndex } from '../lib/assignment';
import { assignmentFlow } from '../lib/assignment-session';
import type { Labels } from '../data/teach';
import { Problem } from './assignment/Banner';
import { Session } from './assignment/Session';
import type { AssignLesson } from './assignment/types';
import { useHydrated } from './hydrated';
import { labeller } from './labels';
import type { QuizData } from '../lib/quiz-data';

export type { AssignLesson } from './assignment/types';

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

const subscribeHash = (listener: () => void): (() => void) => {
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
};

/**
 * An assignment opened from a link (`/assign/#…`): the link is read and checked, the student
 * enters a name, answers in the teacher's mode, and ends with a result and a completion code.
 * Everything stays on the device; a broken link explains itself and links back to the lesson.
 * The flow is `assignmentFlow` and the session's state machine `sessionReducer`, both in
 * src/lib/assignment-session.ts.
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
  const flow = assignmentFlow(decoded, lesson !== undefined, data);
  switch (flow.kind) {
    case 'link-error':
      return (
        <Problem
          title={T('assign.error.title')}
          text={T(`assign.error.${flow.error.kind}`, { detail: flow.error.detail })}
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
    case 'no-lesson':
      return null;
    case 'loading':
      return <p role="status">{T('assign.loading')}</p>;
    case 'load-failed':
      return (
        <Problem
          title={T('assign.error.title')}
          text={T('assign.error.load')}
          back={lesson && <a href={lesson.href}>{T('assign.error.backLesson', { title: lesson.title })}</a>}
        />
      );
    case 'ready':
      return a && lesson && <Session a={a} lesson={lesson} data={flow.data} index={index} T={T} />;
  }
}
