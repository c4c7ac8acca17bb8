/**
 * One question's answer controls, shared by the quiz island and the assignment island: the
 * prompt as the legend, the type's lead text and scoring rule, then the type's own fields
 * (`src/islands/questions/<type>.view.tsx`). Also the summary feedback the assignment shows.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { answerText, explanations, rightAnswerText } from '../lib/answer-text';
import { scoreQuestion, type Answer, type Question } from '../lib/quiz';
import { Cited } from './cited';
import { answerWords } from './labels';
import { viewOf } from './questions';
import type { AnyFieldsProps, FieldContext } from './questions/types';

export type { QuizLabel } from './labels';
export type { FieldContext } from './questions/types';

/** Props of {@link AnswerFields}. */
export interface AnswerFieldsProps {
  /** The question. */
  q: Question;
  /** The answer so far. */
  answer: Answer | undefined;
  /** Once checked or submitted the answer cannot change. */
  locked: boolean;
  /** Whether to mark each option or item right or wrong (the quiz, once checked). */
  marks?: boolean | undefined;
  /** Saves a new answer. */
  onAnswer: (answer: Answer) => void;
  /** Tells the page an item moved, for a live announcement. */
  onMoved?: ((item: string, position: number, total: number) => void) | undefined;
  /** "Question 2 of 5", before the prompt. */
  number?: string | undefined;
  /** Page context. */
  ctx: FieldContext;
}

/** The controls for answering one question. */
export function AnswerFields({ q, answer, locked, marks = false, onAnswer, onMoved, number, ctx }: AnswerFieldsProps) {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id !== null) document.getElementById(id)?.focus();
  });
  const view = viewOf(q);
  const lead = view.lead?.(q);
  const ruleId = ctx.idOf(q, 'rule');
  const leadId = ctx.idOf(q, 'claim');
  const Fields = view.Fields as (props: AnyFieldsProps) => ReactNode;
  return (
    <fieldset
      className="gl-quiz__fieldset"
      disabled={locked}
      aria-describedby={lead === undefined ? ruleId : `${leadId} ${ruleId}`}
    >
      <legend className="gl-quiz__prompt">
        {number !== undefined && (
          <>
            <span className="gl-quiz__num">{number}</span>{' '}
          </>
        )}
        <Cited text={q.prompt} lessonHref={ctx.lessonHref} />
      </legend>
      {lead !== undefined && (
        <p className="gl-quiz__claim" id={leadId}>
          <Cited text={lead} lessonHref={ctx.lessonHref} />
        </p>
      )}
      <p className="gl-quiz__rule gl-muted" id={ruleId}>
        {ctx.L(`quiz.rule.${q.type}`)}
      </p>
      <Fields
        q={q}
        answer={answer?.type === q.type ? answer : undefined}
        locked={locked}
        marks={marks}
        onAnswer={onAnswer}
        onMoved={onMoved}
        focusAfter={(id) => {
          focusNext.current = id;
        }}
        ctx={ctx}
      />
    </fieldset>
  );
}

/** The verdict of a score: a symbol and words, never colour alone, and the score. */
export function Verdict({ q, answer, ctx }: { q: Question; answer: Answer | undefined; ctx: FieldContext }) {
  const { L } = ctx;
  const score = scoreQuestion(q, answer);
  if (score.auto === false) {
    return (
      <p className="gl-quiz__verdict" data-verdict="manual">
        <strong>
          <span aria-hidden="true">✎ </span>
          {L('quiz.verdict.manual')}
        </strong>
      </p>
    );
  }
  const verdict = score.correct ? 'correct' : score.score > 0 ? 'partial' : 'wrong';
  return (
    <p className="gl-quiz__verdict" data-verdict={verdict}>
      <strong>
        <span aria-hidden="true">{score.correct ? '✓ ' : score.score > 0 ? '◐ ' : '✗ '}</span>
        {L(`quiz.verdict.${verdict}`)}
      </strong>{' '}
      {L('quiz.score', { score: Math.round(score.score * 100) })}
    </p>
  );
}

/** What a type shows once its answer is checked, outside the locked fields (e.g. a rubric to rate against). */
export function Checked({ q, answer, ctx }: { q: Question; answer: Answer | undefined; ctx: FieldContext }) {
  const { Checked: View } = viewOf(q);
  if (!View) return null;
  const Typed = View as (props: { q: Question; answer: Answer | undefined; ctx: FieldContext }) => ReactNode;
  return <Typed q={q} answer={answer?.type === q.type ? answer : undefined} ctx={ctx} />;
}

/**
 * Feedback on an answer: a verdict (symbol and words), the answer and the right one, the
 * explanations. With `reveal` false (an assessment with attempts left) only the student's own
 * answer shows: a verdict, a right answer, an explanation or a rubric would each give the key away.
 */
export function AnswerFeedback({
  q,
  answer,
  ctx,
  reveal = true,
}: {
  q: Question;
  answer: Answer | undefined;
  ctx: FieldContext;
  reveal?: boolean;
}) {
  const { L } = ctx;
  const score = scoreQuestion(q, answer);
  const words = answerWords(L);
  const yours = (
    <p>
      <strong>{L('quiz.yourAnswer')}</strong> {answerText(q, answer, words)}
    </p>
  );
  if (!reveal) return <div className="gl-quiz__result">{yours}</div>;
  return (
    <div className="gl-quiz__result">
      <Verdict q={q} answer={answer} ctx={ctx} />
      {yours}
      {!score.correct && (
        <p>
          <strong>{L(score.auto === false ? 'quiz.modelAnswer' : 'quiz.rightAnswer')}</strong>{' '}
          {rightAnswerText(q, words)}
        </p>
      )}
      {explanations(q, answer).map((text) => (
        <p key={text}>
          <Cited text={text} lessonHref={ctx.lessonHref} />
        </p>
      ))}
      <Checked q={q} answer={answer} ctx={ctx} />
    </div>
  );
}

/** Props of {@link CheckAnswer}. */
export interface CheckAnswerProps {
  /** The question the button checks. */
  q: Question;
  /** Whether it has been checked (the button then says so and does nothing). */
  done: boolean;
  /** Whether the last check was refused for want of an answer. */
  incomplete: boolean;
  /** Labels and ids. */
  ctx: FieldContext;
  /** The student pressed "Check" on a question not yet checked. */
  onCheck: () => void;
}

/**
 * A question's "Check" button and the message that says what is missing, which the button points
 * to (`aria-describedby`) while it shows. One component for the quiz and the assignment's practice
 * mode, so both explain an incomplete answer the same way.
 */
export function CheckAnswer({ q, done, incomplete, ctx, onCheck }: CheckAnswerProps) {
  const errorId = ctx.idOf(q, 'error');
  const showError = incomplete && !done;
  return (
    <>
      {showError && (
        <p className="gl-quiz__error" id={errorId}>
          {ctx.L(`quiz.incomplete.${q.type}`)}
        </p>
      )}
      <button
        type="button"
        className="gl-button gl-button--primary gl-quiz__check"
        aria-disabled={done ? 'true' : undefined}
        aria-describedby={showError ? errorId : undefined}
        onClick={() => {
          if (!done) onCheck();
        }}
      >
        {ctx.L(done ? 'quiz.checked' : 'quiz.check')}
      </button>
    </>
  );
}
