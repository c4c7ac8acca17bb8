import type { Assignment } from '../../lib/assignment';
import { classCsv, type ClassResults, type ResultProblem } from '../../lib/class-results';
import { formatClockTime } from '../../lib/dates';
import type { Question } from '../../lib/quiz';
import { answerWords, download, type QuizLabel } from '../labels';
import { pct } from './BarChart';
import { Breakdown } from './Breakdown';
import type { Label } from './types';

/** Props of {@link Report}. */
export interface ReportProps {
  /** The assignment. */
  a: Assignment;
  /** Its class results. */
  results: ClassResults;
  /** Its questions, in its order. */
  questions: Question[];
  /** The lesson's quiz strings (answer words for the CSV). */
  L: QuizLabel;
  /** The page's strings. */
  T: Label;
  /** A skill's name. */
  skillLabel: (id: string) => string;
  /** A problem as a sentence. */
  problemText: (p: ResultProblem) => string;
  /** A row's source (line or file), as text; unique per row. */
  sourceLabel: (row: ClassResults['rows'][number]) => string;
  /** The rubric level the teacher chose for a row's open answer, in words ('' when not marked). */
  rubricText: (row: ClassResults['rows'][number], q: Question) => string;
}

/** The class's results: summary, problems, the class table and its CSV, then the breakdown. */
export function Report({ a, results, questions, L, T, skillLabel, problemText, sourceLabel, rubricText }: ReportProps) {
  return (
    <section className="gl-results" aria-labelledby="results-for">
      <h2 id="results-for">{T('results.for', { title: a.title })}</h2>
      <p role="status">
        {results.rows.length === 0
          ? T('results.none')
          : T('results.summary', {
              n: results.rows.length,
              percent: pct(
                results.rows.reduce((sum, r) => sum + r.result.score / Math.max(1, r.result.max), 0) /
                  results.rows.length,
              ),
            })}
      </p>
      {results.problems.some((p) => p.severity === 'error') && (
        <>
          <h3>{T('results.problems')}</h3>
          <ul className="gl-results__problems">
            {results.problems
              .filter((p) => p.severity === 'error')
              .map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
          </ul>
        </>
      )}
      {results.problems.some((p) => p.severity === 'note') && (
        <>
          <h3>{T('results.notes')}</h3>
          <ul>
            {results.problems
              .filter((p) => p.severity === 'note')
              .map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
          </ul>
        </>
      )}
      {results.rows.length > 0 && (
        <>
          <section className="gl-results__scroll" tabIndex={0} aria-labelledby="results-table">
            <table className="gl-results__table">
              <caption id="results-table">{T('results.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{T('results.student')}</th>
                  <th scope="col">{T('results.attempt')}</th>
                  <th scope="col">{T('results.score')}</th>
                  <th scope="col">{T('results.percent')}</th>
                  {questions.map((q, i) => (
                    <th scope="col" key={q.id}>
                      {T('results.q', { n: i + 1 })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.rows.map((row) => (
                  <tr key={sourceLabel(row)}>
                    <th scope="row">
                      {row.student === '' ? <em>{T('results.noName')}</em> : row.student}
                      {row.late && <strong className="gl-results__late"> ({T('results.late')})</strong>}
                      {row.submitted !== undefined && (
                        <span className="gl-results__meta gl-muted">
                          {T('results.submitted', { time: formatClockTime(row.submitted) })}
                        </span>
                      )}
                      {row.attempts.length > 1 && (
                        <span className="gl-results__meta gl-muted">
                          {T('results.attempts', {
                            list: row.attempts
                              .map((t) => `${t.attempt}: ${Math.round(t.result.score * 100) / 100}`)
                              .join(', '),
                          })}
                        </span>
                      )}
                    </th>
                    <td>{row.attempt}</td>
                    <td>{`${Math.round(row.result.score * 100) / 100} / ${row.result.max}`}</td>
                    <td>{`${pct(row.result.score / Math.max(1, row.result.max))}%`}</td>
                    {row.result.questions.map((r, i) => {
                      const mark = !r.answered
                        ? (['–', T('results.mark.none')] as const)
                        : r.correct
                          ? (['✓', T('results.mark.right')] as const)
                          : r.score > 0
                            ? (['◐', T('results.mark.partial', { percent: pct(r.score) })] as const)
                            : (['✗', T('results.mark.wrong')] as const);
                      return (
                        <td key={questions[i]?.id ?? i} data-mark={mark[0]}>
                          <span aria-hidden="true">{mark[0]}</span>
                          <span className="gl-visually-hidden">{mark[1]}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p>
            <button
              type="button"
              className="gl-button gl-button--primary"
              onClick={() => {
                const csv = classCsv(
                  results,
                  questions,
                  {
                    student: T('results.student'),
                    attempt: T('results.attempt'),
                    score: T('results.score'),
                    max: T('results.max'),
                    percent: T('results.percent'),
                    questionScore: (n, id) => T('results.csvQuestionScore', { n, id }),
                    questionAnswer: (n, id) => T('results.csvQuestionAnswer', { n, id }),
                  },
                  answerWords(L),
                  {
                    labels: {
                      submitted: T('results.csvSubmitted'),
                      late: T('results.csvLate'),
                      yes: T('results.csvYes'),
                      no: T('results.csvNo'),
                      rubric: (n, id) => T('results.csvRubric', { n, id }),
                      claims: T('results.csvClaims'),
                    },
                    rubric: rubricText,
                  },
                );
                // The byte-order mark tells spreadsheets the file is UTF-8.
                download(`gloss-results-${a.id}.csv`, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
              }}
            >
              {T('results.csv')}
            </button>
          </p>
          <Breakdown results={results} questions={questions} T={T} skillLabel={skillLabel} />
        </>
      )}
    </section>
  );
}
