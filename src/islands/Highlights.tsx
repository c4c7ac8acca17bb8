/**
 * Student highlights, the part on the page before first use: one "My highlights" button. Hydrated
 * `client:interaction` (at the first interaction), it only listens; the highlighter itself (`highlights/App.tsx`: the selection
 * toolbar, the painting, the side panel) is a separate chunk imported on the first selection inside
 * the article, on a press of the button, or at once when this lesson already has saved highlights
 * to paint. State: the pure reducer in `src/lib/highlights.ts`, kept in `src/lib/store/highlights.ts`.
 */
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { createHighlightsStore, HIGHLIGHTS_KEY, lessonHighlights } from '../lib/store/highlights';
import { localStorageOrNull } from '../lib/store/versioned';
import { fill } from './labels';
import { pageStore } from './page-store';
import { useHydrated } from './hydrated';

interface Props {
  /** The lesson id (highlights are kept per lesson). */
  lesson: string;
  /** URL of the island's strings (`highlights.json`). */
  src: string;
  /** The button's label, its label with a count (`{n}`), and what to say if the rest fails to load. */
  labels: { open: string; openCount: string; failed: string };
}

/** The page's one highlights store, kept in step with other tabs. */
export const highlightsStore = pageStore(HIGHLIGHTS_KEY, () => createHighlightsStore(localStorageOrNull()));

const App = lazy(() => import('./highlights/App'));

/** Whether the current selection has words inside the article. */
function selectsArticle(): boolean {
  const selection = document.getSelection();
  const body = document.querySelector('.gl-article__body');
  return !!selection && !selection.isCollapsed && !!body && body.contains(selection.anchorNode);
}

export default function Highlights({ lesson, src, labels }: Props) {
  const hydrated = useHydrated();
  const count = useSyncExternalStore(
    (listener) => highlightsStore().subscribe(listener),
    () => lessonHighlights(highlightsStore().getSnapshot(), lesson).length,
    () => 0,
  );
  const [loaded, setLoaded] = useState(false);
  // Bumped by each press of the button: the app opens its panel when it changes.
  const [opened, setOpened] = useState(0);

  // Saved highlights are painted at once; otherwise the highlighter waits for a selection in the article.
  const show = loaded || count > 0;
  useEffect(() => {
    if (show) return;
    const onSelect = (): void => {
      if (selectsArticle()) setLoaded(true);
    };
    // The island may hydrate during the very interaction that selected words (a press that became a
    // drag, a long-press): look at the selection already made, then listen for the next.
    onSelect();
    document.addEventListener('selectionchange', onSelect);
    return () => {
      document.removeEventListener('selectionchange', onSelect);
    };
  }, [show]);

  return (
    <>
      <button
        type="button"
        className="gl-button gl-hl-open"
        aria-haspopup="dialog"
        disabled={!hydrated}
        onClick={() => {
          setLoaded(true);
          setOpened((n) => n + 1);
        }}
      >
        {count > 0 ? fill(labels.openCount, { n: count }) : labels.open}
      </button>
      {show && (
        <Suspense fallback={null}>
          <App lesson={lesson} src={src} opened={opened} store={highlightsStore} failed={labels.failed} />
        </Suspense>
      )}
    </>
  );
}
