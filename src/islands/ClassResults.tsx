import { useEffect, useMemo, useReducer, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { encodeAssignment, type ContentIndex } from '../lib/assignment';
import type { ResultProblem, ResultSource } from '../lib/class-results';
import { initialResults, resultsReducer, resultsView } from '../lib/class-results-state';
import type { Labels } from '../data/teach';
import type { AssignLesson } from './Assignment';
import { useClaimData } from './assignment/claim-task-data';
import { ClaimStats } from './class-results/ClaimStats';
import { ClassTools } from './class-results/ClassTools';
import { RubricMarks, rubricLevel } from './class-results/RubricMarks';
import { Report } from './class-results/Report';
import { emptyClass, withClass, type SavedClass, type StoredClasses } from '../lib/store';
import { classesStore } from './progress';
import { ResultsForm } from './class-results/ResultsForm';
import type { Label } from './class-results/types';
import { useHydrated } from './hydrated';
import { labeller, type QuizLabel } from './labels';
import type { QuizData } from '../lib/quiz-data';

const serverClasses: StoredClasses = { classes: {} };
const serverSnapshot = (): StoredClasses => serverClasses;
const noSubscribe = (): (() => void) => () => undefined;

/** Props of the class results island. */
export interface ClassResultsProps {
  /** The lessons, sets and questions assignment links are checked against. */
  index: ContentIndex;
  /** Every lesson with questions. */
  lessons: AssignLesson[];
  /** URL of the assignment page, to show the full link when it came in the page's fragment. */
  assignHref: string;
  /** UI strings. */
  labels: Labels<'results.' | 'assign.error.'>;
  /** Shown until the island runs (server render). */
  children?: ReactNode;
}

/**
 * The class results page: the teacher pastes completion codes (or adds result files) for one
 * assignment, and sees the class table, the share correct per question and per skill, the hardest
 * questions, and every line that could not be used. Runs entirely in the browser. Its state is
 * `resultsReducer` and what it shows `resultsView` (src/lib/class-results-state.ts).
 */
export default function ClassResults({ index, lessons, assignHref, labels, children }: ClassResultsProps) {
  const hydrated = useHydrated();
  const T: Label = useMemo(() => labeller(labels), [labels]);
  // Coming from the builder, the page's own fragment is the assignment.
  const [state, dispatch] = useReducer(resultsReducer<QuizData>, undefined, () =>
    initialResults<QuizData>(
      typeof location === 'undefined' || location.hash.length < 2
        ? ''
        : new URL(`${assignHref}${location.hash}`, location.href).href,
    ),
  );
  // The store touches `window`: made only in the browser, never while rendering on the server.
  const store = typeof window === 'undefined' ? undefined : classesStore();
  const stored = useSyncExternalStore(
    store?.subscribe ?? noSubscribe,
    store?.getSnapshot ?? serverSnapshot,
    serverSnapshot,
  );
  // The class saved on this device for the assignment the link names (see src/lib/store/classes.ts).
  const linked = useMemo(() => resultsView(state, index, lessons).assignment, [state, index, lessons]);
  const saved: SavedClass | undefined = linked ? stored.classes[linked.id] : undefined;
  const view = useMemo(
    () =>
      resultsView(state, index, lessons, {
        counts: saved?.counts ?? 'latest',
        names: saved?.names ?? {},
      }),
    [state, index, lessons, saved],
  );
  const { decoded, assignment: a, lessonData, questions, results } = view;
  const saveClass = (next: SavedClass | undefined): void => {
    if (a) store?.update((d) => withClass(d, a.id, next));
  };

  // Once per assignment: the saved codes come back into the list (after any already pasted).
  // Not before hydration has finished: until then the store reads as the server's empty snapshot,
  // and the class would count as restored with nothing in it.
  const restored = useRef<string | null>(null);
  useEffect(() => {
    if (!hydrated || !a || restored.current === a.id) return;
    restored.current = a.id;
    const present = new Set(view.collected.codes.map((c) => c.code));
    const missing = (saved?.codes ?? []).filter((c) => !present.has(c));
    if (missing.length > 0) {
      dispatch({
        type: 'paste',
        text: `${state.pasted.replace(/\s*$/, '\n')}${missing.join('\n')}\n`.replace(/^\n/, ''),
      });
    }
  }, [hydrated, a, saved, state.pasted, view.collected.codes]);
  // Every code that was read for this assignment is saved, every attempt of every student. An
  // empty list is never saved on its own: clearing is the teacher's explicit step.
  const codes = useMemo(() => results?.rows.flatMap((r) => r.attempts.map((t) => t.code)) ?? [], [results]);
  useEffect(() => {
    if (!a || restored.current !== a.id || codes.length === 0) return;
    const current = saved?.codes ?? [];
    if (current.length === codes.length && current.every((c, i) => c === codes[i])) return;
    store?.update((d) => withClass(d, a.id, { ...(d.classes[a.id] ?? emptyClass(encodeAssignment(a))), codes }));
  }, [a, codes, saved, store]);
  const lesson = lessons.find((l) => l.id === a?.lesson);
  const claimLoad = useClaimData(lesson?.claims, (results?.claims.length ?? 0) > 0);
  const fetchLesson = lessons.find((l) => l.id === view.fetch);
  useEffect(() => {
    if (!fetchLesson) return;
    fetch(fetchLesson.data)
      .then((r) => (r.ok ? (r.json() as Promise<QuizData>) : Promise.reject(new Error(r.statusText))))
      .then((data) => {
        dispatch({ type: 'loaded', lesson: fetchLesson.id, data });
      })
      .catch(() => {
        dispatch({ type: 'loaded', lesson: fetchLesson.id, data: 'failed' });
      });
  }, [fetchLesson]);

  // The wrapper gives `client:visible` a box to watch (the slot itself is `display: contents`).
  if (!hydrated) return <div className="gl-island">{children}</div>;

  const sourceLabel = (s: ResultSource): string =>
    s.type === 'line' ? T('results.source.line', { n: s.line }) : T('results.source.file', { name: s.name });
  const problemText = (p: ResultProblem): string =>
    T(`results.problem.${p.kind}`, {
      source: sourceLabel(p.source),
      detail: p.other
        ? sourceLabel(p.other)
        : p.kind === 'characters'
          ? Array.from(p.detail, (c) => `“${c}”`).join(', ')
          : p.detail,
    });
  const L: QuizLabel | undefined = typeof lessonData === 'object' ? labeller(lessonData.labels) : undefined;
  const skillLabel = (id: string): string => (typeof lessonData === 'object' ? (lessonData.skills[id] ?? id) : id);

  return (
    <>
      <ResultsForm
        link={state.link}
        decoded={decoded}
        fromFile={view.fromFile}
        pasted={state.pasted}
        files={state.files}
        T={T}
        onLink={(link) => {
          dispatch({ type: 'link', link });
        }}
        onPaste={(text) => {
          dispatch({ type: 'paste', text });
        }}
        onFiles={(files) => {
          dispatch({ type: 'add-files', files });
        }}
      />
      {!a && decoded === undefined && <p>{T('results.needLink')}</p>}
      {a && lessonData === undefined && <p role="status">{T('results.loading')}</p>}
      {a && lessonData === 'failed' && <p>{T('assign.error.load')}</p>}
      {a && results && L && (
        <Report
          a={a}
          results={results}
          questions={questions}
          L={L}
          T={T}
          skillLabel={skillLabel}
          problemText={problemText}
          sourceLabel={(row) => sourceLabel(row.source)}
          rubricText={(row, q) => {
            const level = rubricLevel(saved?.rubric ?? {}, row, q.id);
            return level === undefined || q.type !== 'open' ? '' : (q.rubric[level]?.label ?? '');
          }}
        />
      )}
      {a && results && <ClaimStats stats={results.claims} load={claimLoad} T={T} />}
      {a && results && (
        <RubricMarks
          results={results}
          questions={questions}
          rubric={saved?.rubric ?? {}}
          lessonHref={lesson?.href ?? ''}
          T={T}
          onMark={(key, level) => {
            const base = saved ?? { ...emptyClass(encodeAssignment(a)), codes };
            const rubric = Object.fromEntries(Object.entries(base.rubric).filter(([k]) => k !== key));
            saveClass({ ...base, rubric: level === undefined ? rubric : { ...rubric, [key]: level } });
          }}
        />
      )}
      {a && (
        <ClassTools
          id={a.id}
          saved={saved ?? emptyClass(encodeAssignment(a))}
          results={results}
          sourceLabel={(row) => sourceLabel(row.source)}
          T={T}
          onChange={saveClass}
          onImport={(id, value) => {
            store?.update((d) => withClass(d, id, value));
            if (id !== a.id)
              dispatch({ type: 'link', link: new URL(`${assignHref}#${value.link}`, location.href).href });
            restored.current = null;
          }}
          onClear={() => {
            saveClass(undefined);
            dispatch({ type: 'paste', text: '' });
          }}
        />
      )}
    </>
  );
}
