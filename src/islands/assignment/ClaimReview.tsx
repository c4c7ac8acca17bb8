import {
  compareWithKey,
  SORT_FIELDS,
  sortedCount,
  type ClaimMarks,
  type ClaimSortData,
  type SortComparison,
} from '../../lib/claim-sort';
import type { ClaimWords } from './claim-task-data';

/** Props of {@link ClaimReview}. */
export interface ClaimReviewProps {
  /** The claims and key. */
  data: ClaimSortData;
  /** Their words. */
  words: ClaimWords;
  /** The student's marks. */
  marks: Readonly<Record<string, ClaimMarks>>;
  /** The marks compared with the key. */
  comparison: SortComparison;
  /** URL of the lesson page, for the paragraph links. */
  lessonHref: string;
}

/**
 * The student's marks beside Gloss's key, with the agreement counted and, where they differ, the
 * evidence that explains the key. Shown only when the reveal setting allows it.
 */
export function ClaimReview({ data, words, marks, comparison, lessonHref }: ClaimReviewProps) {
  const { L, answerLabel } = words;
  return (
    <div className="gl-assign__claim-review">
      <h3>{L('sort.resultsHeading')}</h3>
      <p>
        <strong>{L('sort.agreement', { agreed: comparison.agreed, total: comparison.total })}</strong>{' '}
        {L('sort.byQuestion', { ...comparison.byField, n: data.claims.length })}
      </p>
      <ol>
        {data.claims.map((c, i) => {
          const differs = new Set(comparison.claims[i]?.differences ?? []);
          const own = marks[c.id] ?? {};
          return (
            <li key={c.id}>
              <p>
                <q>{c.quote}</q>{' '}
                <a href={`${lessonHref}#p${String(c.paragraph)}`}>{L('sort.paragraph', { n: c.paragraph })}</a>
              </p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{L('sort.question')}</th>
                    <th scope="col">{L('sort.yours')}</th>
                    <th scope="col">{L('sort.gloss')}</th>
                  </tr>
                </thead>
                <tbody>
                  {SORT_FIELDS.map((field) => (
                    <tr key={field}>
                      <th scope="row">{L(`sort.${field}`)}</th>
                      <td>
                        {answerLabel(field, own[field])} (
                        {differs.has(field)
                          ? own[field] === undefined
                            ? L('sort.unanswered')
                            : L('sort.differs')
                          : L('sort.agrees')}
                        )
                      </td>
                      <td>{answerLabel(field, c[field])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {(differs.has('wasSaid') || differs.has('isTrue')) && <p>{c.evidence}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** What the finished attempt shows of the claim sort: the review when the key may show, else a note. */
export function ClaimOutcome({
  data,
  words,
  marks,
  shown,
  later,
  lessonHref,
  T,
}: Omit<ClaimReviewProps, 'comparison'> & {
  /** Whether the key may show now. */
  shown: boolean;
  /** Whether it shows later (the reveal setting is "after submitting"), not never. */
  later: boolean;
  /** The assignment page's strings. */
  T: (
    key: 'assign.task.sorted' | 'assign.task.keyHidden' | 'assign.task.keyNever',
    vars?: Record<string, string | number>,
  ) => string;
}) {
  const comparison = compareWithKey({ marks: { ...marks }, compared: true }, data.claims);
  return (
    <section aria-labelledby="assign-claims-result" className="gl-assign__claims">
      <h3 id="assign-claims-result">{words.L('sort.heading')}</h3>
      <p>
        {T('assign.task.sorted', {
          n: sortedCount({ marks: { ...marks }, compared: true }, data.claims),
          total: data.claims.length,
        })}
      </p>
      {shown ? (
        <ClaimReview data={data} words={words} marks={marks} comparison={comparison} lessonHref={lessonHref} />
      ) : (
        <p className="gl-assign__hidden">{T(later ? 'assign.task.keyHidden' : 'assign.task.keyNever')}</p>
      )}
    </section>
  );
}
