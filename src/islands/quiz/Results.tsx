/** A finished set's results: the total, the score per skill and a review of every question. */
import type { ReactNode } from 'react';
import { answerText, explanations, rightAnswerText } from '../../lib/answer-text';
import { scoreSet } from '../../lib/quiz';
import type { QuestionState } from '../../lib/quiz-session';
import { Verdict } from '../answer-fields';
import { Cited } from '../cited';
import { answerWords } from '../labels';
import { percent, setPartId, tenths, type QuizContext } from './context';

/** The results of a set whose questions are all checked. */
export function Results({ states, ctx }: { states: readonly QuestionState[]; ctx: QuizContext }): ReactNode {
  const { L, set, data, field } = ctx;
  const idOf = (part: string): string => setPartId(ctx.setId, part);
  const answers = Object.fromEntries(set.questions.map((q, i) => [q.id, states[i]?.answer]));
  const result = scoreSet(set.questions, answers);
  const words = answerWords(L);
  const titleId = idOf('results');
  const Title = ctx.level === 2 ? 'h3' : 'h4';
  const Subtitle = ctx.level === 2 ? 'h4' : 'h5';
  return (
    <section className="gl-quiz__results" aria-labelledby={titleId}>
      <Title id={titleId} className="gl-quiz__results-title">
        {L('quiz.results')}
      </Title>
      <p className="gl-quiz__total">
        {L('quiz.total', {
          score: tenths(result.score),
          max: result.max,
          percent: percent(result.max === 0 ? 0 : result.score / result.max),
        })}{' '}
        {L('quiz.correctCount', { n: result.correct, total: result.max })}
      </p>
      <div className="gl-table-scroll" tabIndex={0} role="region" aria-labelledby={idOf('skills')}>
        <table className="gl-quiz__skills">
          <caption id={idOf('skills')}>{L('quiz.bySkill')}</caption>
          <thead>
            <tr>
              <th scope="col">{L('quiz.skill')}</th>
              <th scope="col">{L('quiz.skillQuestions')}</th>
              <th scope="col">{L('quiz.skillScore')}</th>
            </tr>
          </thead>
          <tbody>
            {result.skills.map((s) => (
              <tr key={s.skill}>
                <th scope="row">{data.skills[s.skill] ?? s.skill}</th>
                <td>{s.questions}</td>
                <td>{L('quiz.percent', { n: percent(s.score) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Subtitle className="gl-quiz__review-title">{L('quiz.review')}</Subtitle>
      <ol className="gl-quiz__review">
        {set.questions.map((q, i) => {
          const r = result.questions[i];
          const a = states[i]?.answer;
          return (
            r && (
              <li key={q.id}>
                <Verdict q={q} answer={a} ctx={field} />
                <p>
                  <Cited text={q.prompt} lessonHref={field.lessonHref} />
                </p>
                <p>
                  <strong>{L('quiz.yourAnswer')}</strong> {answerText(q, a, words)}
                </p>
                {!r.correct && (
                  <p>
                    <strong>{L(r.auto === false ? 'quiz.modelAnswer' : 'quiz.rightAnswer')}</strong>{' '}
                    {rightAnswerText(q, words)}
                  </p>
                )}
                <ul className="gl-quiz__why">
                  {explanations(q, a).map((text, j) => (
                    <li key={j}>
                      <Cited text={text} lessonHref={field.lessonHref} />
                    </li>
                  ))}
                </ul>
              </li>
            )
          );
        })}
      </ol>
    </section>
  );
}
