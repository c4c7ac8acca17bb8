/**
 * The views of the question types, found by file name: every `./<type>.view.tsx` exporting
 * `view` is registered, so a new type's view is one new file and no list to edit.
 */
import type { Question } from '../../lib/questions';
import type { AnyQuestionView } from './types';

const files = import.meta.glob<{ view: AnyQuestionView }>('./*.view.tsx', { eager: true });

const views = new Map<string, AnyQuestionView>(Object.values(files).map(({ view }) => [view.type, view]));

/** The view of a question's type; a type without a view is a build error, reported by the unit tests. */
export function viewOf(q: Question): AnyQuestionView {
  const view = views.get(q.type);
  if (!view) throw new Error(`No view for question type "${q.type}": add src/islands/questions/${q.type}.view.tsx.`);
  return view;
}

/** The type names that have a view (for tests). */
export const viewTypes = (): string[] => [...views.keys()];
