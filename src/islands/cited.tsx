/**
 * Question text with its "¶N" citations as links to the article's paragraphs, shared by the quiz
 * and assignment islands. Kept in a module of its own so the quiz island does not pull in the
 * assignment's answer fields to get it.
 */
import type { ReactNode } from 'react';
import { citations } from '../lib/quiz';

/** Props of {@link Cited}. */
export interface CitedProps {
  /** Text whose "¶N" citations become links. */
  text: string;
  /** The lesson page the links go to; '' when the article is on this page. */
  lessonHref: string;
}

/** Text with every "¶N" turned into a link to that paragraph of the lesson. */
export function Cited({ text, lessonHref }: CitedProps): ReactNode {
  return citations(text).map((part, i) =>
    part.paragraph === undefined ? (
      part.text
    ) : (
      <a key={i} href={`${lessonHref}#p${part.paragraph}`}>
        {part.text}
      </a>
    ),
  );
}
