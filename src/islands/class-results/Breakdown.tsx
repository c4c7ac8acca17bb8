import type { ClassResults } from '../../lib/class-results';
import { plainText } from '../../lib/answer-text';
import type { Question } from '../../lib/quiz';
import { BarChart, pct } from './BarChart';
import type { Label } from './types';

/** Share correct per question and per skill (tables and charts), and the hardest questions. */
export function Breakdown({
  results,
  questions,
  T,
  skillLabel,
}: {
  results: ClassResults;
  questions: Question[];
  T: Label;
  skillLabel: (id: string) => string;
}) {
  return (
    <>
      <h3 id="results-by-question">{T('results.byQuestion')}</h3>
      <div className="gl-results__pair">
        <section className="gl-results__scroll" tabIndex={0} aria-labelledby="results-by-question">
          <table>
            <thead>
              <tr>
                <th scope="col">{T('results.question')}</th>
                <th scope="col">{T('results.correct')}</th>
                <th scope="col">{T('results.fullyRight')}</th>
              </tr>
            </thead>
            <tbody>
              {results.questions.map((s, i) => (
                <tr key={s.id}>
                  <th scope="row">
                    {T('results.q', { n: s.number })}: {plainText(questions[i]?.prompt ?? '')}
                    {s.hardest && <strong className="gl-results__flag"> ({T('results.hardestFlag')})</strong>}
                  </th>
                  <td>{`${pct(s.mean)}%`}</td>
                  <td>{`${s.right} / ${results.rows.length}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <BarChart
          id="results-chart-q"
          title={T('results.chart.question')}
          rows={results.questions.map((s) => ({
            label: `${T('results.q', { n: s.number })}${s.hardest ? ` (${T('results.hardestFlag')})` : ''}`,
            value: s.mean,
            flag: s.hardest,
          }))}
        />
      </div>
      <h3 id="results-by-skill">{T('results.bySkill')}</h3>
      <div className="gl-results__pair">
        <section className="gl-results__scroll" tabIndex={0} aria-labelledby="results-by-skill">
          <table>
            <thead>
              <tr>
                <th scope="col">{T('results.skill')}</th>
                <th scope="col">{T('results.correct')}</th>
              </tr>
            </thead>
            <tbody>
              {results.skills.map((s) => (
                <tr key={s.skill}>
                  <th scope="row">{skillLabel(s.skill)}</th>
                  <td>{`${pct(s.mean)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <BarChart
          id="results-chart-skill"
          title={T('results.chart.skill')}
          rows={results.skills.map((s) => ({ label: skillLabel(s.skill), value: s.mean, flag: false }))}
        />
      </div>
      <h3>{T('results.hardest')}</h3>
      {results.hardest.length === 0 ? (
        <p>{T('results.hardestNone')}</p>
      ) : (
        <ol>
          {results.hardest.map((id) => {
            const s = results.questions.find((x) => x.id === id);
            const q = questions.find((x) => x.id === id);
            return (
              <li key={id}>
                {T('results.q', { n: s?.number ?? 0 })}: {plainText(q?.prompt ?? '')} ({`${pct(s?.mean ?? 0)}%`})
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
