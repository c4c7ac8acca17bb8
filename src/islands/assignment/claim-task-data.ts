import { useEffect, useState } from 'react';
import { isClaimSortData, OTHER_SPEAKER, type ClaimSortData, type SortField } from '../../lib/claim-sort';
import { claimKinds, claimVerdicts } from '../../lib/claim-sort';
import { fill } from '../labels';

/** The claims and key of the assignment's claim sort: loading, failed, or loaded. */
export type ClaimLoad = ClaimSortData | 'failed' | undefined;

/**
 * Loads the lesson's claims and key (the same `claims.json` the lesson page's "Check it yourself"
 * loads) when the assignment has the claim sort; nothing otherwise.
 */
export function useClaimData(url: string | null | undefined, wanted: boolean): ClaimLoad {
  const [data, setData] = useState<ClaimLoad>();
  useEffect(() => {
    if (!wanted || !url) return;
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(url))))
      .then((d) => {
        if (live) setData(isClaimSortData(d) ? d : 'failed');
      })
      .catch(() => {
        if (live) setData('failed');
      });
    return () => {
      live = false;
    };
  }, [url, wanted]);
  return wanted && !url ? 'failed' : data;
}

/** The claim sort's words: its strings, each question's choices, and a mark in words. */
export interface ClaimWords {
  /** A string of the claim sort (`sort.*`), filled. */
  L: (key: string, vars?: Record<string, string | number>) => string;
  /** The choices of each question. */
  choices: Record<SortField, { value: string; label: string }[]>;
  /** A mark (or the key's answer) in words; "not answered" for none. */
  answerLabel: (field: SortField, value: string | undefined) => string;
}

/** The words for a loaded claim sort (the strings travel in its data, as on the lesson page). */
export function claimWords(data: ClaimSortData): ClaimWords {
  const L = (key: string, vars?: Record<string, string | number>): string => fill(data.labels[key] ?? key, vars);
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
    value === undefined ? L('sort.unanswered') : (choices[field].find((c) => c.value === value)?.label ?? value);
  return { L, choices, answerLabel };
}
