/**
 * "Read laterally": for a few claims of the lesson, the student writes what they searched, chooses
 * the source they found (from a simulated results page of the lesson's stored sources, or their
 * own), says who is behind it and what it says, gives a verdict, and then compares with Gloss's
 * finding. The server renders only a start button, so the page's first paint carries nothing of
 * it; the tasks and the panel that shows them (`lateral/Panel.tsx`) load when the student starts
 * (or at once, if they started on an earlier visit). State: the pure reducer in
 * `src/lib/lateral.ts`, kept in the store `src/lib/store/lateral.ts`.
 */
import { useCallback, useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { LateralData } from '../lib/lateral';
import { createLateralStore, LATERAL_KEY, lessonLateral, type LateralStore } from '../lib/store/lateral';
import { localStorageOrNull } from '../lib/store/versioned';
import { useHydrated } from './hydrated';
import type PanelType from './lateral/Panel';
import { pageStore } from './page-store';

/** The strings the island needs before its data has loaded. */
export interface LateralLabels {
  start: string;
  loading: string;
  failed: string;
  retry: string;
}

interface Props {
  /** The lesson id (the store keeps one set of answers per lesson). */
  lesson: string;
  /** URL of the lesson's `lateral.json`. */
  src: string;
  labels: LateralLabels;
}

/** The page's one lateral-reading store, kept in step with other tabs. */
const lateralStore: () => LateralStore = pageStore(LATERAL_KEY, () => createLateralStore(localStorageOrNull()));

type Load =
  | { state: 'idle' | 'loading' | 'failed' }
  | {
      state: 'ready';
      data: LateralData;
      Panel: ComponentType<Parameters<typeof PanelType>[0]>;
      /** Whether the student pressed start (focus then moves to the first task). */
      started: boolean;
    };

export default function Lateral({ lesson, src, labels }: Props) {
  const hydrated = useHydrated();
  const store = lateralStore;
  const stored = useSyncExternalStore(
    (listener) => store().subscribe(listener),
    () => store().getSnapshot(),
    () => undefined,
  );
  const state = stored ? lessonLateral(stored, lesson) : undefined;
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const fetchTasks = useCallback(
    (started: boolean) => {
      // The data and the panel's code load together, and only now: nothing of it is on the page before.
      Promise.all([
        fetch(src).then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(src)))),
        import('./lateral/Panel'),
      ])
        .then(([data, module]) => {
          setLoad(
            module.isLateralData(data) ? { state: 'ready', data, Panel: module.default, started } : { state: 'failed' },
          );
        })
        .catch(() => {
          setLoad({ state: 'failed' });
        });
    },
    [src],
  );
  const start = (): void => {
    // The start button goes away once the tasks load: focus moves to the first task instead.
    setLoad({ state: 'loading' });
    fetchTasks(true);
  };

  // A student who started on an earlier visit gets their answers back without pressing start again.
  const begun = state !== undefined && Object.keys(state.tasks).length > 0;
  useEffect(() => {
    if (begun && load.state === 'idle') fetchTasks(false);
  }, [begun, load.state, fetchTasks]);

  if (load.state === 'ready' && state) {
    const { Panel } = load;
    return (
      <Panel
        data={load.data}
        state={state}
        lesson={lesson}
        store={store()}
        persistent={store().isPersistent()}
        focusFirst={load.started}
      />
    );
  }
  return (
    <div className="gl-lateral__app">
      {load.state === 'failed' && <p role="alert">{labels.failed}</p>}
      <p role="status" className={load.state === 'loading' ? undefined : 'gl-visually-hidden'}>
        {load.state === 'loading' ? labels.loading : ''}
      </p>
      <button type="button" className="gl-button" disabled={!hydrated || load.state === 'loading'} onClick={start}>
        {load.state === 'failed' ? labels.retry : labels.start}
      </button>
    </div>
  );
}
