import type { Labels } from '../../data/teach';
import type { labeller } from '../labels';

/** A lesson as the assignment and results pages need it. */
export interface AssignLesson {
  /** Lesson id. */
  id: string;
  /** Headline. */
  title: string;
  /** URL of the lesson page. */
  href: string;
  /** URL of its quiz data. */
  data: string;
  /** URL of its claims and key for "Check it yourself", or null when it has none (absent: none). */
  claims?: string | null | undefined;
}

/** The assignment page's UI strings, looked up by key. */
export type Label = ReturnType<typeof labeller<keyof Labels<'assign.'>>>;
