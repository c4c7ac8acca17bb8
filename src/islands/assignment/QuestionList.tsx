import { useState } from 'react';
import type { AssignmentMode } from '../../lib/assignment';
import { isComplete, type Answer, type Question } from '../../lib/quiz';
import { AnswerFeedback, AnswerFields, CheckAnswer, type FieldContext } from '../answer-fields';

/** Props of {@link QuestionList}. */
export interface QuestionListProps {
  /** Practice (check each question) or assessment (submit once). */
  mode: AssignmentMode;
  /** The questions in the order this student sees them. */
  shown: readonly Question[];
  /** The session's answers by question id (see `effectiveAnswers`). */
  answers: Readonly<Record<string, Answer>>;
  /** Questions already checked in this attempt. */
  checked: readonly string[];
  /** How the fields are labelled and identified. */
  ctx: FieldContext;
  /** The student answered a question. */
  onAnswer: (question: string, answer: Answer) => void;
  /** Practice mode: the student checked a complete answer. */
  onCheck: (question: string) => void;
  /** Practice mode: the student checked an incomplete answer; the text says what is missing. */
  onIncomplete: (text: string) => void;
}

/** The assignment's questions, each with its check button and feedback in practice mode. */
export function QuestionList({
  mode,
  shown,
  answers,
  checked,
  ctx,
  onAnswer,
  onCheck,
  onIncomplete,
}: QuestionListProps) {
  const { L } = ctx;
  // Questions whose "check" found the answer incomplete; the message stays until it is complete.
  const [errors, setErrors] = useState<ReadonlySet<string>>(new Set());
  return (
    <ol className="gl-quiz__list">
      {shown.map((q, i) => {
        const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
        const done = checked.includes(q.id);
        return (
          <li key={q.id} className="gl-quiz__q" id={ctx.idOf(q)}>
            <p className="gl-quiz__num">{L('quiz.questionOf', { n: i + 1, total: shown.length })}</p>
            <AnswerFields
              q={q}
              answer={answer}
              locked={done}
              ctx={ctx}
              onAnswer={(x) => {
                onAnswer(q.id, x);
              }}
            />
            {mode === 'practice' && (
              <>
                <CheckAnswer
                  q={q}
                  done={done}
                  incomplete={errors.has(q.id)}
                  ctx={ctx}
                  onCheck={() => {
                    if (!answer || !isComplete(q, answer)) {
                      setErrors((prev) => new Set([...prev, q.id]));
                      onIncomplete(L(`quiz.incomplete.${q.type}`));
                      return;
                    }
                    setErrors((prev) => new Set([...prev].filter((id) => id !== q.id)));
                    onCheck(q.id);
                  }}
                />
                {done && <AnswerFeedback q={q} answer={answer} ctx={ctx} />}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
