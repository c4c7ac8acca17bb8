/**
 * "Check it yourself" as part of an assignment: the student sorts each claim (who is speaking, what
 * kind, was it said, is it true), one at a time, before the questions. The marks are saved with the
 * attempt (`sessionReducer`'s `claim` action). Gloss's key shows only when the teacher's reveal
 * setting allows it (`claimKeyShown`): with "at once", the student may compare whenever they like.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  compareWithKey,
  SORT_FIELDS,
  sortedCount,
  type ClaimMarks,
  type ClaimSortData,
  type SortField,
} from '../../lib/claim-sort';
import type { ClaimWords } from './claim-task-data';
import { ClaimReview } from './ClaimReview';
import type { Label } from './types';

/** Props of {@link ClaimTask}. */
export interface ClaimTaskProps {
  /** The claims and key. */
  data: ClaimSortData;
  /** Their words. */
  words: ClaimWords;
  /** The student's marks so far. */
  marks: Readonly<Record<string, ClaimMarks>>;
  /** Whether the student may compare with Gloss's key now. */
  canCompare: boolean;
  /** URL of the lesson page, for the paragraph links. */
  lessonHref: string;
  /** The assignment page's strings. */
  T: Label;
  /** The student marks one question of one claim. */
  onMark: (claim: string, field: SortField, value: string) => void;
}

/** The claim sort inside an assignment. */
export function ClaimTask({ data, words, marks, canCompare, lessonHref, T, onMark }: ClaimTaskProps) {
  const { L, choices } = words;
  const [index, setIndex] = useState(0);
  const [compared, setCompared] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const id = useId();
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [index]);
  const total = data.claims.length;
  const current = Math.min(index, total - 1);
  const claim = data.claims[current];
  const mine = claim ? (marks[claim.id] ?? {}) : {};
  const go = (to: number): void => {
    moved.current = true;
    setIndex(to);
  };
  return (
    <section aria-labelledby="assign-claims" className="gl-quiz gl-assign__claims">
      <h2 id="assign-claims">{L('sort.heading')}</h2>
      <p>{T('assign.task.intro')}</p>
      <p className="gl-quiz__progress">
        {L('sort.progress', { n: sortedCount({ marks: { ...marks }, compared: false }, data.claims), total })}
      </p>
      {claim && (
        <div className="gl-assign__claim">
          <h3 ref={heading} tabIndex={-1}>
            {L('sort.claimOf', { n: current + 1, total })}
          </h3>
          <blockquote>
            <q>{claim.quote}</q>{' '}
            <a
              href={`${lessonHref}#p${String(claim.paragraph)}`}
              aria-label={L('sort.paragraphLink', { n: claim.paragraph })}
            >
              {L('sort.paragraph', { n: claim.paragraph })}
            </a>
          </blockquote>
          {SORT_FIELDS.map((field) => (
            <fieldset key={`${claim.id}-${field}`} className="gl-assign__claim-question">
              <legend>{L(`sort.${field}`)}</legend>
              {choices[field].map((c) => (
                <label key={c.value} className="gl-teach__choice">
                  <input
                    type="radio"
                    name={`${id}-${claim.id}-${field}`}
                    value={c.value}
                    checked={mine[field] === c.value}
                    onChange={() => {
                      onMark(claim.id, field, c.value);
                    }}
                  />{' '}
                  {c.label}
                </label>
              ))}
            </fieldset>
          ))}
          <p className="gl-assign__claim-nav">
            <button
              type="button"
              className="gl-button"
              disabled={current === 0}
              onClick={() => {
                go(current - 1);
              }}
            >
              {L('sort.previous')}
            </button>{' '}
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
          </p>
        </div>
      )}
      {canCompare ? (
        <>
          <p>
            <button
              type="button"
              className="gl-button"
              aria-expanded={compared}
              aria-controls="assign-claims-key"
              onClick={() => {
                setCompared((x) => !x);
              }}
            >
              {L('sort.compare')}
            </button>
          </p>
          <div id="assign-claims-key">
            {compared && (
              <ClaimReview
                data={data}
                words={words}
                marks={marks}
                comparison={compareWithKey({ marks: { ...marks }, compared: true }, data.claims)}
                lessonHref={lessonHref}
              />
            )}
          </div>
        </>
      ) : (
        <p className="gl-muted">{T('assign.task.keyLater')}</p>
      )}
    </section>
  );
}
