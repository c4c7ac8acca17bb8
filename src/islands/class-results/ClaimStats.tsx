import type { ClaimClassStat } from '../../lib/claim-agreement';
import { SORT_FIELDS } from '../../lib/claim-sort';
import type { ClaimLoad } from '../assignment/claim-task-data';
import { claimWords } from '../assignment/claim-task-data';
import type { Label } from './types';

/** Props of {@link ClaimStats}. */
export interface ClaimStatsProps {
  /** Per claim, how the class judged it. */
  stats: readonly ClaimClassStat[];
  /** The lesson's claims and key, for the quotes and the question names. */
  load: ClaimLoad;
  /** UI strings. */
  T: Label;
}

/**
 * "Check it yourself" across the class: per claim and question, how many students judged it as
 * Gloss's key does. Numbers in words and cells, never colour alone.
 */
export function ClaimStats({ stats, load, T }: ClaimStatsProps) {
  if (stats.length === 0) return null;
  const data = typeof load === 'object' ? load : undefined;
  const words = data && claimWords(data);
  const n = Math.max(0, ...stats.map((s) => s.students));
  return (
    <section className="gl-results__claims" aria-labelledby="results-claims">
      <h2 id="results-claims">{T('results.claims.title')}</h2>
      <p>{T('results.claims.intro')}</p>
      {load === undefined && <p role="status">{T('results.claims.loading')}</p>}
      {load === 'failed' && <p>{T('results.claims.failed')}</p>}
      {words && (
        <section className="gl-results__scroll" tabIndex={0} aria-labelledby="results-claims-table">
          <table className="gl-results__table">
            <caption id="results-claims-table">{T('results.claims.caption', { n })}</caption>
            <thead>
              <tr>
                <th scope="col">{T('results.claims.claim')}</th>
                {SORT_FIELDS.map((f) => (
                  <th scope="col" key={f}>
                    {words.L(`sort.${f}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.map((s) => {
                const claim = data.claims[s.index];
                return (
                  <tr key={s.index}>
                    <th scope="row">
                      {T('results.claims.number', { n: s.index + 1 })}
                      {claim && (
                        <>
                          {': '}
                          <q>{claim.quote}</q>
                        </>
                      )}
                    </th>
                    {SORT_FIELDS.map((f) => (
                      <td key={f}>{T('results.claims.cell', { agrees: s.agrees[f], n: s.students })}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
