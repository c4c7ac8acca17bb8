/** One question of a quiz set: its fields, the "Check" button, and the verdict once checked. */
import type { ReactNode } from 'react';
import type { QuizData } from '../../lib/quiz-data';
import type { Question } from '../../lib/quiz';
import type { QuestionState } from '../../lib/quiz-session';
import { AnswerFields, CheckAnswer, Checked, Verdict } from '../answer-fields';
import type { QuizContext } from './context';

function Sources({ ids, sources, label }: { ids: readonly string[]; sources: QuizData['sources']; label: string }) {
  const cited = ids.flatMap((id) => (Object.hasOwn(sources, id) && sources[id] ? [sources[id]] : []));
  if (cited.length === 0) return null;
  return (
    <p className="gl-quiz__sources">
      {label}{' '}
      {cited.map((s, i) => (
        <span key={i}>
          {s.href === undefined ? (
            s.name
          ) : (
            <a href={s.href} rel="external noreferrer">
              {s.name}
            </a>
          )}{' '}
          <span className="gl-source-kind">({s.kind})</span>
          {i < cited.length - 1 ? '; ' : '.'}
        </span>
      ))}
    </p>
  );
}

/** Props of {@link QuizQuestion}. */
export interface QuizQuestionProps {
  /** The question. */
  q: Question;
  /** Its number in the set, from 1. */
  n: number;
  /** Its answer and whether it is checked. */
  state: QuestionState;
  /** Whether its last check was refused for want of an answer. */
  error: boolean;
  /** The set's context. */
  ctx: QuizContext;
  /** Saves an answer. */
  onAnswer: (q: Question, answer: NonNullable<QuestionState['answer']>) => void;
  /** Checks the question. */
  onCheck: (q: Question) => void;
  /** Announces a moved item. */
  onMoved: (item: string, position: number, total: number) => void;
}

/** One question, answerable until checked; then marked option by option. */
export function QuizQuestion({ q, n, state, error, ctx, onAnswer, onCheck, onMoved }: QuizQuestionProps): ReactNode {
  const { L, data, set, field } = ctx;
  return (
    <li className="gl-quiz__q" id={field.idOf(q)} data-state={state.submitted ? 'checked' : 'open'}>
      <AnswerFields
        q={q}
        answer={state.answer}
        locked={state.submitted}
        marks={state.submitted}
        number={L('quiz.questionOf', { n, total: set.questions.length })}
        onAnswer={(answer) => {
          onAnswer(q, answer);
        }}
        onMoved={onMoved}
        ctx={field}
      />
      <CheckAnswer
        q={q}
        done={state.submitted}
        incomplete={error}
        ctx={field}
        onCheck={() => {
          onCheck(q);
        }}
      />
      {state.submitted && (
        <div className="gl-quiz__result">
          <Verdict q={q} answer={state.answer} ctx={field} />
          <Checked q={q} answer={state.answer} ctx={field} />
          <Sources ids={q.sources} sources={data.sources} label={L('quiz.sources')} />
        </div>
      )}
    </li>
  );
}
