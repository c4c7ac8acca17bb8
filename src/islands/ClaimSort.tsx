/**
 * "Check it yourself": the student sorts every claim of the lesson (who is speaking, what kind it
 * is, was it said, is it true), then compares with Gloss's key. The server renders only a start
 * button, so the page's first paint carries nothing of it; the claims and the key are fetched when
 * the student starts (or at once, if they started on an earlier visit). State: the pure reducer in
 * `src/lib/claim-sort.ts`, kept in the store `src/lib/store/claim-sort.ts`.
 */
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import {
  claimKinds,
  claimSortReducer,
  claimVerdicts,
  compareWithKey,
  isClaimSortData,
  OTHER_SPEAKER,
  SORT_FIELDS,
  sortedCount,
  type ClaimSortAction,
  type ClaimSortData,
  type SortField,
} from '../lib/claim-sort';
import {
  CLAIM_SORT_KEY,
  createClaimSortStore,
  lessonClaimSort,
  withLessonClaimSort,
  type ClaimSortStore,
} from '../lib/store/claim-sort';
import { localStorageOrNull } from '../lib/store/versioned';
import { useHydrated } from './hydrated';
import { fill } from './labels';
import { ComparedClaim } from './claim-sort/ComparedClaim';
import { pageStore } from './page-store';

/** The strings the island needs before its data has loaded. */
export interface ClaimSortLabels {
  start: string;
  loading: string;
  failed: string;
  retry: string;
}

interface Props {
  /** The lesson id (the store keeps one sorting per lesson). */
  lesson: string;
  /** URL of the lesson's `claims.json`. */
  src: string;
  /** Id of the claims key's <details>, opened on comparing. */
  keyId: string;
  labels: ClaimSortLabels;
}

/** The page's one claim-sorting store, kept in step with other tabs. */
const claimSortStore: () => ClaimSortStore = pageStore(CLAIM_SORT_KEY, () =>
  createClaimSortStore(localStorageOrNull()),
);

type Load = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; data: ClaimSortData };

/** Switches a reading layer on through its switch, so the preferences snippet saves and applies it. */
function switchOn(layer: string): void {
  const input = document.querySelector(`input[data-gl-toggle="${layer}"]`);
  if (!(input instanceof HTMLInputElement) || input.checked) return;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export default function ClaimSort({ lesson, src, keyId, labels }: Props) {
  const hydrated = useHydrated();
  const store = claimSortStore;
  const stored = useSyncExternalStore(
    (listener) => store().subscribe(listener),
    () => store().getSnapshot(),
    () => undefined,
  );
  const state = stored ? lessonClaimSort(stored, lesson) : undefined;
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const id = useId();

  const fetchClaims = useCallback(() => {
    fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(src))))
      .then((data) => {
        setLoad(isClaimSortData(data) ? { state: 'ready', data } : { state: 'failed' });
      })
      .catch(() => {
        setLoad({ state: 'failed' });
      });
  }, [src]);
  const start = (): void => {
    // The start button goes away once the claims load: focus moves to the first claim instead.
    moved.current = true;
    setLoad({ state: 'loading' });
    fetchClaims();
  };

  // A student who started on an earlier visit gets their marks back without pressing start again.
  const begun = state !== undefined && (state.compared || Object.keys(state.marks).length > 0);
  useEffect(() => {
    if (begun && load.state === 'idle') fetchClaims();
  }, [begun, load.state, fetchClaims]);

  // Moving between claims puts focus on the new claim, so a keyboard user carries on from its top.
  useEffect(() => {
    if (!moved.current || !heading.current) return;
    heading.current.focus();
    moved.current = false;
  }, [index, load.state]);

  if (load.state !== 'ready' || !state) {
    return (
      <div className="gl-sort">
        {load.state === 'failed' && <p role="alert">{labels.failed}</p>}
        <p role="status" className={load.state === 'loading' ? undefined : 'gl-visually-hidden'}>
          {load.state === 'loading' ? labels.loading : ''}
        </p>
        <button
          type="button"
          className="gl-button gl-sort__start"
          disabled={!hydrated || load.state === 'loading'}
          onClick={start}
        >
          {load.state === 'failed' ? labels.retry : labels.start}
        </button>
      </div>
    );
  }

  const { data } = load;
  const L = (key: string, vars?: Record<string, string | number>): string => fill(data.labels[key] ?? key, vars);
  const dispatch = (action: ClaimSortAction): void => {
    store().update((s) => withLessonClaimSort(s, lesson, claimSortReducer(lessonClaimSort(s, lesson), action)));
  };
  const total = data.claims.length;
  const current = Math.min(index, total - 1);
  const claim = data.claims[current];
  const speakerLabel = (sid: string): string =>
    sid === OTHER_SPEAKER ? L('sort.others') : (data.speakers.find((s) => s.id === sid)?.label ?? sid);
  const choices: Record<SortField, { value: string; label: string }[]> = {
    speaker: [
      ...data.speakers.map((s) => ({ value: s.id, label: s.label })),
      { value: OTHER_SPEAKER, label: L('sort.others') },
    ],
    kind: claimKinds.map((k) => ({ value: k, label: L(`claims.kind.${k}`) })),
    wasSaid: claimVerdicts.map((v) => ({ value: v, label: L(`claims.verdict.${v}`) })),
    isTrue: claimVerdicts.map((v) => ({ value: v, label: L(`claims.verdict.${v}`) })),
  };
  const answerLabel = (field: SortField, value: string | undefined): string =>
    value === undefined
      ? L('sort.unanswered')
      : field === 'speaker'
        ? speakerLabel(value)
        : (choices[field].find((c) => c.value === value)?.label ?? value);
  const go = (to: number): void => {
    moved.current = true;
    setIndex(to);
  };
  const compare = (): void => {
    dispatch({ type: 'compare' });
    switchOn('notes');
    switchOn('claims');
    const key = document.getElementById(keyId);
    if (key instanceof HTMLDetailsElement) key.open = true;
    requestAnimationFrame(() => results.current?.focus());
  };
  const reset = (): void => {
    if (!window.confirm(L('sort.resetConfirm'))) return;
    dispatch({ type: 'reset' });
    go(0);
  };
  const comparison = state.compared ? compareWithKey(state, data.claims) : undefined;
  const marks = claim ? (state.marks[claim.id] ?? {}) : {};

  return (
    <div className="gl-sort">
      <p className="gl-sort__progress">
        {L('sort.progress', { n: sortedCount(state, data.claims), total })}{' '}
        {store().isPersistent() ? L('sort.saved') : L('sort.notSaved')}
      </p>
      {claim && (
        <div className="gl-sort__panel">
          <h3 ref={heading} tabIndex={-1} className="gl-sort__claim-title">
            {L('sort.claimOf', { n: current + 1, total })}
          </h3>
          <blockquote className="gl-sort__quote">
            <q>{claim.quote}</q>{' '}
            <a href={`#p${claim.paragraph}`} aria-label={L('sort.paragraphLink', { n: claim.paragraph })}>
              {L('sort.paragraph', { n: claim.paragraph })}
            </a>
          </blockquote>
          {SORT_FIELDS.map((field) => (
            <fieldset key={`${claim.id}-${field}`} className="gl-sort__question">
              <legend>{L(`sort.${field}`)}</legend>
              {choices[field].map((c) => (
                <label key={c.value} className="gl-sort__choice">
                  <input
                    type="radio"
                    name={`${id}-${claim.id}-${field}`}
                    value={c.value}
                    checked={marks[field] === c.value}
                    onChange={() => {
                      dispatch({ type: 'mark', claim: claim.id, field, value: c.value });
                    }}
                  />
                  {c.label}
                </label>
              ))}
              {comparison && (
                <p className="gl-sort__key" data-agrees={String(comparison.claims[current]?.fields[field] === true)}>
                  {L('sort.gloss')}: {answerLabel(field, claim[field])} (
                  {comparison.claims[current]?.fields[field] === true
                    ? L('sort.agrees')
                    : marks[field] === undefined
                      ? L('sort.unanswered')
                      : L('sort.differs')}
                  )
                </p>
              )}
            </fieldset>
          ))}
          <div className="gl-sort__nav">
            <button
              type="button"
              className="gl-button"
              disabled={current === 0}
              onClick={() => {
                go(current - 1);
              }}
            >
              {L('sort.previous')}
            </button>
            <button
              type="button"
              className="gl-button"
              disabled={current === total - 1}
              onClick={() => {
                go(current + 1);
              }}
            >
              {L('sort.next')}
            </button>
          </div>
        </div>
      )}
      <div className="gl-sort__actions">
        <button type="button" className="gl-button gl-button--primary" onClick={compare}>
          {L('sort.compare')}
        </button>
        <button type="button" className="gl-button" onClick={reset}>
          {L('sort.reset')}
        </button>
      </div>
      {comparison && (
        <section className="gl-sort__results" aria-labelledby={`${id}-results`}>
          <h3 id={`${id}-results`} ref={results} tabIndex={-1}>
            {L('sort.resultsHeading')}
          </h3>
          <p className="gl-sort__agreement">
            <strong>{L('sort.agreement', { agreed: comparison.agreed, total: comparison.total })}</strong>{' '}
            {L('sort.byQuestion', { ...comparison.byField, n: total })}
          </p>
          <p>{L('sort.revealed')}</p>
          <ol className="gl-sort__list">
            {data.claims.map((c, i) => (
              <ComparedClaim
                key={c.id}
                claim={c}
                differences={comparison.claims[i]?.differences ?? []}
                marks={state.marks[c.id] ?? {}}
                L={L}
                answerLabel={answerLabel}
              />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
