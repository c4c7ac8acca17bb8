/**
 * The quiz island: one question set. The server renders the self-check version (passed in as
 * `children`: every question as text with the answer behind "Check your answer"), which readers
 * without JavaScript keep; once on screen the island loads the lesson's quiz data and becomes
 * interactive, with progress saved on the device.
 */
import { useMemo, type ReactNode } from 'react';
import { arrange } from '../../lib/quiz';
import { labeller } from '../labels';
import { useHydrated } from '../hydrated';
import { questionPartId, type QuizContext } from './context';
import { InteractiveQuiz } from './InteractiveQuiz';
import { useQuizData } from './useQuizData';

/** Props of the quiz island: one question set of one lesson. */
export interface QuizProps {
  /** Lesson id: where progress is saved. */
  lesson: string;
  /** Set id (the file name), unique within the lesson; element ids start `quiz-<set>-`. */
  set: string;
  /** URL of the lesson's quiz data. */
  src: string;
  /** Shuffle seed (an assignment may set its own); defaults to the lesson id. */
  seed?: string | undefined;
  /**
   * The lesson page that "¶N" citations link to. Leave it out when the set is on that page, so
   * the links stay in-page anchors.
   */
  lessonHref?: string | undefined;
  /** Heading level of the set's title (3 in a lesson section, 2 on a page of its own). */
  level?: 2 | 3 | undefined;
  /** The server-rendered self-check version, shown until the quiz data has loaded. */
  children?: ReactNode;
}

/** One question set, static until its data has loaded, then interactive. */
export default function Quiz({ lesson, set, src, seed, lessonHref = '', level = 3, children }: QuizProps) {
  // False during the server render and hydration, true once React runs in the browser.
  const hydrated = useHydrated();
  const data = useQuizData(src);
  const setData = data && Object.hasOwn(data.sets, set) ? data.sets[set] : undefined;
  const ctx = useMemo((): QuizContext | undefined => {
    if (!data || !setData) return undefined;
    const orders = new Map(setData.questions.map((q) => [q.id, arrange(q, seed ?? data.lesson)]));
    const L = labeller(data.labels);
    return {
      data,
      set: setData,
      setId: set,
      L,
      level,
      field: {
        L,
        idOf: (q, part) => questionPartId(set, q, part),
        order: (q) => orders.get(q.id) ?? [],
        paragraphs: data.paragraphs,
        lessonHref,
        timeline: data.timeline,
      },
    };
  }, [data, setData, set, seed, level, lessonHref]);
  // A real box around the slot: `client:visible` watches the island's children, and Astro's
  // <astro-slot> is `display: contents`, which never intersects the viewport.
  return (
    <div className="gl-quiz__body">{hydrated && ctx ? <InteractiveQuiz lesson={lesson} ctx={ctx} /> : children}</div>
  );
}
