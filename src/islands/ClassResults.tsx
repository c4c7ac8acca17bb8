import { useEffect, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { assignedQuestionIds, decodeAssignment, type ContentIndex } from '../lib/assignment';
import { classCsv, classResults, collectCodes, type ResultProblem, type ResultSource } from '../lib/class-results';
import { plainText } from '../lib/answer-text';
import type { Question } from '../lib/quiz';
import type { Labels } from '../data/teach';
import type { AssignLesson } from './Assignment';
import { answerWords, download, labeller, type QuizLabel } from './labels';
import type { QuizData } from '../lib/quiz-data';
import { useHydrated } from './hydrated';

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

type Label = ReturnType<typeof labeller<keyof Labels<'results.' | 'assign.error.'>>>;

const pct = (x: number): number => Math.round(x * 100);

/** A horizontal bar chart in SVG; its numbers are also in the table next to it. */
function BarChart({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: { label: string; value: number; flag: boolean }[];
}) {
  const rowHeight = 36;
  const height = rows.length * rowHeight + 8;
  return (
    <svg className="gl-results__chart" viewBox={`0 0 400 ${height}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      {rows.map((row, i) => {
        const y = i * rowHeight + 4;
        const w = Math.max(1, row.value * 300);
        return (
          <g key={row.label} className={row.flag ? 'gl-results__bar gl-results__bar--flag' : 'gl-results__bar'}>
            <text x="0" y={y + 12} className="gl-results__chart-label">
              {row.label}
            </text>
            <rect x="0" y={y + 17} width={w} height="12" />
            <text x={w + 6} y={y + 28} className="gl-results__chart-value">
              {`${pct(row.value)}%`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

async function readFiles(list: FileList | null): Promise<{ name: string; text: string }[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
}

/**
 * The class results page: the teacher pastes completion codes (or adds result files) for one
 * assignment, and sees the class table, the share correct per question and per skill, the hardest
 * questions, and every line that could not be used. Runs entirely in the browser.
 */
export default function ClassResults({ index, lessons, assignHref, labels, children }: ClassResultsProps) {
  const hydrated = useHydrated();
  const T: Label = useMemo(() => labeller(labels), [labels]);
  // Coming from the builder, the page's own fragment is the assignment.
  const [link, setLink] = useState(() =>
    typeof location === 'undefined' || location.hash.length < 2
      ? ''
      : new URL(`${assignHref}${location.hash}`, location.href).href,
  );
  const [pasted, setPasted] = useState('');
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [data, setData] = useState<Record<string, QuizData | 'failed'>>({});

  const collected = useMemo(() => collectCodes(pasted, files), [pasted, files]);
  const fromFile = link.trim() === '' ? collected.links[0] : undefined;
  const linkText = link.trim() === '' ? (fromFile?.assignment ?? '') : link;
  const decoded = useMemo(() => (linkText === '' ? undefined : decodeAssignment(linkText, index)), [linkText, index]);
  const a = decoded?.ok ? decoded.assignment : undefined;
  const lesson = lessons.find((l) => l.id === a?.lesson);
  const lessonData = lesson ? data[lesson.id] : undefined;
  useEffect(() => {
    if (!lesson || data[lesson.id] !== undefined) return;
    fetch(lesson.data)
      .then((r) => (r.ok ? (r.json() as Promise<QuizData>) : Promise.reject(new Error(r.statusText))))
      .then((d) => {
        setData((prev) => ({ ...prev, [lesson.id]: d }));
      })
      .catch(() => {
        setData((prev) => ({ ...prev, [lesson.id]: 'failed' }));
      });
  }, [lesson, data]);

  const questions: Question[] = useMemo(() => {
    if (!a || typeof lessonData !== 'object') return [];
    const all = new Map(Object.values(lessonData.sets).flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    return assignedQuestionIds(a, index).flatMap((id) => {
      const q = all.get(id);
      return q ? [q] : [];
    });
  }, [a, lessonData, index]);
  const results = useMemo(
    () => (a && questions.length > 0 ? classResults(a, questions, collected.codes, collected.problems) : undefined),
    [a, questions, collected],
  );

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
  const addFiles = (list: FileList | null): void => {
    void readFiles(list).then((added) => {
      setFiles((prev) => [...prev, ...added]);
    });
  };

  return (
    <>
      <form
        className="gl-results__form"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <p>
          <label htmlFor="results-link">{T('results.link')}</label>
          <span id="results-link-hint" className="gl-muted">
            {T('results.linkHint')}
          </span>
          <input
            id="results-link"
            type="url"
            value={link}
            aria-describedby={decoded?.ok === false ? 'results-link-hint results-link-error' : 'results-link-hint'}
            aria-invalid={decoded?.ok === false ? 'true' : undefined}
            onChange={(e) => {
              setLink(e.target.value);
            }}
          />
          {decoded?.ok === false && (
            <span id="results-link-error" className="gl-quiz__error">
              {T(`assign.error.${decoded.error.kind}`, { detail: decoded.error.detail })}
            </span>
          )}
          {fromFile !== undefined && a && (
            <span className="gl-muted">{T('results.linkFromFile', { name: fromFile.file })}</span>
          )}
        </p>
        <p>
          <label htmlFor="results-codes">{T('results.codes')}</label>
          <textarea
            id="results-codes"
            rows={8}
            spellCheck={false}
            autoCapitalize="characters"
            value={pasted}
            onChange={(e) => {
              setPasted(e.target.value);
            }}
          />
        </p>
        <div
          className="gl-results__drop"
          onDragOver={(e: DragEvent) => {
            e.preventDefault();
          }}
          onDrop={(e: DragEvent) => {
            e.preventDefault();
            addFiles(e.dataTransfer.files);
          }}
        >
          <label htmlFor="results-files">{T('results.files')}</label>
          <span id="results-files-hint" className="gl-muted">
            {T('results.filesHint')}
          </span>
          <input
            id="results-files"
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby="results-files-hint"
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = '';
            }}
          />
          {files.length > 0 && (
            <ul>
              {files.map((f, i) => (
                <li key={`${f.name}-${String(i)}`}>{f.name}</li>
              ))}
            </ul>
          )}
        </div>
      </form>
      {!a && decoded === undefined && <p>{T('results.needLink')}</p>}
      {a && lessonData === undefined && <p role="status">{T('results.loading')}</p>}
      {a && lessonData === 'failed' && <p>{T('assign.error.load')}</p>}
      {a && results && L && (
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
                      <tr key={sourceLabel(row.source)}>
                        <th scope="row">{row.student}</th>
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
                    );
                    // The byte-order mark tells spreadsheets the file is UTF-8.
                    download(`gloss-results-${a.id}.csv`, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
                  }}
                >
                  {T('results.csv')}
                </button>
              </p>
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
                        {T('results.q', { n: s?.number ?? 0 })}: {plainText(q?.prompt ?? '')} ({`${pct(s?.mean ?? 0)}%`}
                        )
                      </li>
                    );
                  })}
                </ol>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
