import { promptLine, type ClassResults, type StudentRow } from '../../lib/class-results';
import type { Question } from '../../lib/quiz';
import { rubricKey } from '../../lib/store';
import { Cited } from '../cited';
import type { Label } from './types';

/** Props of {@link RubricMarks}. */
export interface RubricMarksProps {
  /** The class results (the counted attempt of each student is marked). */
  results: ClassResults;
  /** The assignment's questions, in its order. */
  questions: readonly Question[];
  /** The saved rubric levels, by `rubricKey`. */
  rubric: Readonly<Record<string, number>>;
  /** URL of the lesson page, for the ¶ links in the model answer. */
  lessonHref: string;
  /** UI strings. */
  T: Label;
  /** The teacher chose a level (undefined: not marked). */
  onMark: (key: string, level: number | undefined) => void;
}

/** A row's level for an open question, if marked. */
export const rubricLevel = (
  rubric: Readonly<Record<string, number>>,
  row: StudentRow,
  question: string,
): number | undefined => {
  const key = rubricKey(row.code, question);
  return Object.hasOwn(rubric, key) ? rubric[key] : undefined;
};

/**
 * Marking the open answers: each open question with its model answer and rubric, then each
 * student's answer with a choice of level. The choice is saved with the class at once.
 */
export function RubricMarks({ results, questions, rubric, lessonHref, T, onMark }: RubricMarksProps) {
  const open = questions.flatMap((q, i) => (q.type === 'open' ? [{ q, i }] : []));
  if (open.length === 0 || results.rows.length === 0) return null;
  return (
    <section className="gl-results__rubric" aria-labelledby="results-rubric">
      <h2 id="results-rubric">{T('results.rubric.title')}</h2>
      <p>{T('results.rubric.intro')}</p>
      {open.map(({ q, i }) => (
        <section key={q.id} aria-labelledby={`results-rubric-${q.id}`}>
          <h3 id={`results-rubric-${q.id}`}>{T('results.rubric.question', { n: i + 1, prompt: promptLine(q) })}</h3>
          <details>
            <summary>{T('results.rubric.model')}</summary>
            <p>
              <Cited text={q.model} lessonHref={lessonHref} />
            </p>
          </details>
          <dl className="gl-results__levels">
            {q.rubric.map((level) => (
              <div key={level.label}>
                <dt>{level.label}</dt>
                <dd>{level.descriptor}</dd>
              </div>
            ))}
          </dl>
          <ul className="gl-results__answers">
            {results.rows.map((row) => {
              const answer = row.answers[i];
              const text = answer?.type === 'open' ? answer.text.trim() : '';
              const name = row.student === '' ? T('results.noName') : row.student;
              const id = `results-rubric-${q.id}-${row.code.slice(0, 12)}-${String(row.attempt)}`;
              const level = rubricLevel(rubric, row, q.id);
              return (
                <li key={id}>
                  <p>
                    <strong>{name}</strong>
                  </p>
                  {text === '' ? (
                    <p className="gl-muted">{T('results.rubric.noAnswer')}</p>
                  ) : (
                    <blockquote>{text}</blockquote>
                  )}
                  {text !== '' && (
                    <p>
                      <label htmlFor={id}>{T('results.rubric.level', { name })}</label>{' '}
                      <select
                        id={id}
                        value={level === undefined ? '' : String(level)}
                        onChange={(e) => {
                          onMark(rubricKey(row.code, q.id), e.target.value === '' ? undefined : Number(e.target.value));
                        }}
                      >
                        <option value="">{T('results.rubric.unmarked')}</option>
                        {q.rubric.map((l, n) => (
                          <option key={l.label} value={String(n)}>
                            {l.label}
                          </option>
                        ))}
                      </select>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
