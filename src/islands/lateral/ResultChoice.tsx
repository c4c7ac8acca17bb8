/**
 * The simulated search-results page of one lateral-reading task: each stored source as a result the
 * student can choose (title, site, dates, and a quote or a labelled summary), plus "another source I
 * found online". Who is behind each result is left for the student to judge, so it is not shown here.
 */
import type { LateralResultData } from '../../lib/lateral';
import { OWN_SOURCE } from '../../lib/lateral';

interface Props {
  /** Unique prefix for names and ids. */
  id: string;
  results: readonly LateralResultData[];
  /** The chosen source id, OWN_SOURCE or ''. */
  chosen: string;
  /** The name or address of the student's own source. */
  own: string;
  onChoose: (source: string) => void;
  onOwn: (value: string) => void;
  L: (key: string, vars?: Record<string, string | number>) => string;
}

export function ResultChoice({ id, results, chosen, own, onChoose, onOwn, L }: Props) {
  return (
    <fieldset className="gl-lateral__results">
      <legend>{L('lateral.results')}</legend>
      <p className="gl-muted">{L('lateral.resultsIntro')}</p>
      <ol className="gl-lateral__list">
        {results.map((r) => (
          <li key={r.source}>
            <label className="gl-lateral__result">
              <input
                type="radio"
                name={`${id}-source`}
                value={r.source}
                checked={chosen === r.source}
                onChange={() => {
                  onChoose(r.source);
                }}
              />
              <span>
                <span className="gl-lateral__title">{r.title}</span>
                <span className="gl-lateral__meta">
                  {r.publisher}
                  {r.site === '' ? '' : ` · ${r.site}`} ·{' '}
                  {r.published === '' ? L('lateral.publishedUnknown') : L('lateral.published', { date: r.published })} ·{' '}
                  {L('lateral.accessed', { date: r.accessed })}
                </span>
                <span className="gl-lateral__excerpt">
                  {r.quoted ? (
                    <>
                      {L('lateral.quoted')} <q>{r.excerpt}</q>
                    </>
                  ) : (
                    <>
                      {L('lateral.summarised')} {r.excerpt}
                    </>
                  )}
                </span>
              </span>
            </label>
          </li>
        ))}
        <li>
          <label className="gl-lateral__result">
            <input
              type="radio"
              name={`${id}-source`}
              value={OWN_SOURCE}
              checked={chosen === OWN_SOURCE}
              onChange={() => {
                onChoose(OWN_SOURCE);
              }}
            />
            <span className="gl-lateral__title">{L('lateral.ownSource')}</span>
          </label>
        </li>
      </ol>
      {chosen === OWN_SOURCE && (
        <p>
          <label htmlFor={`${id}-own`}>{L('lateral.ownName')}</label>
          <input
            id={`${id}-own`}
            type="text"
            className="gl-lateral__input"
            value={own}
            onChange={(e) => {
              onOwn(e.target.value);
            }}
          />
        </p>
      )}
    </fieldset>
  );
}
