import { useState } from 'react';
import type { Assignment as AssignmentData } from '../../lib/assignment';
import { encodeAssignment } from '../../lib/assignment';
import { answerText } from '../../lib/answer-text';
import { answersReveal, attemptsLeft, currentAttempt, localIsoDate } from '../../lib/assignment-session';
import { formatPartialDate, parsePartialDate } from '../../lib/dates';
import { scoreSet, type Question } from '../../lib/quiz';
import { encodeCompletion, RESULT_FILE_FORMAT, type ResultFile } from '../../lib/result-code';
import type { AssignmentProgress } from '../../lib/store';
import { AnswerFeedback, type FieldContext } from '../answer-fields';
import { Cited } from '../cited';
import { answerWords, copyText, download } from '../labels';
import type { Label } from './types';

/** The finished attempt: score, completion code, download, another attempt and the review. */
export function Result({
  a,
  questions,
  shown,
  progress,
  ctx,
  T,
  onAgain,
}: {
  a: AssignmentData;
  questions: Question[];
  shown: Question[];
  progress: AssignmentProgress;
  ctx: FieldContext;
  T: Label;
  onAgain: () => void;
}) {
  const { L } = ctx;
  const attempt = currentAttempt(progress);
  const n = progress.attempts.length;
  const answers = questions.map((q) => (Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined));
  const result = scoreSet(questions, attempt.answers);
  const score = Math.round(result.score * 100) / 100;
  // Answers go into the code in the assignment's own order, whatever order this student saw.
  const code = encodeCompletion({
    assignment: a.id,
    student: progress.name,
    attempt: n,
    score,
    answers: answers.map((x) => x ?? null),
  });
  const [copied, setCopied] = useState('');
  const left = attemptsLeft(a.attempts, n);
  const reveal = answersReveal(a, n, localIsoDate(new Date()));
  const words = answerWords(L);
  const file = (): ResultFile => ({
    format: RESULT_FILE_FORMAT,
    version: 1,
    code,
    assignment: encodeAssignment(a),
    title: a.title,
    student: progress.name,
    attempt: n,
    score,
    max: result.max,
    completed: attempt.finished ?? '',
    questions: questions.map((q, i) => ({
      id: q.id,
      prompt: q.prompt,
      answer: answerText(q, answers[i], words),
      score: result.questions[i]?.score ?? 0,
    })),
  });
  return (
    <section aria-labelledby="assign-result" className="gl-assign__result">
      <h2 id="assign-result" tabIndex={-1}>
        {T('assign.result.title')}
      </h2>
      <p>{T('assign.result.who', { name: progress.name, n })}</p>
      <p className="gl-assign__score">
        {T('assign.result.score', {
          score,
          max: result.max,
          percent: Math.round((result.score / Math.max(1, result.max)) * 100),
        })}
      </p>
      <div className="gl-card gl-assign__code">
        <h3 id="assign-code-title">{T('assign.code.title')}</h3>
        <p id="assign-code-hint">{T('assign.code.hint')}</p>
        <input
          id="assign-code"
          className="gl-assign__code-text"
          readOnly
          value={code}
          aria-labelledby="assign-code-title"
          aria-describedby="assign-code-hint"
          onFocus={(e) => {
            e.target.select();
          }}
        />{' '}
        <button
          type="button"
          className="gl-button gl-button--primary"
          onClick={() => {
            void copyText(code).then((ok) => {
              if (!ok) document.getElementById('assign-code')?.focus();
              setCopied(T(ok ? 'assign.code.copied' : 'assign.code.copyFailed'));
            });
          }}
        >
          {T('assign.code.copy')}
        </button>
        <p role="status">{copied}</p>
        <p className="gl-muted">{T('assign.code.honest')}</p>
        <p>
          <button
            type="button"
            className="gl-button"
            onClick={() => {
              const safe = progress.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'result';
              download(`gloss-${a.id}-${safe}-${n}.json`, JSON.stringify(file(), null, 2), 'application/json');
            }}
          >
            {T('assign.download')}
          </button>
        </p>
      </div>
      <p>
        {left > 0 ? (
          <>
            <button type="button" className="gl-button" onClick={onAgain}>
              {T('assign.again')}
            </button>{' '}
            {Number.isFinite(left) && T('assign.attemptsLeft', { n: left })}
          </>
        ) : (
          T('assign.noMore')
        )}
      </p>
      <h3>{T('assign.review')}</h3>
      {reveal === 'hidden' && (
        <p className="gl-assign__hidden">
          {a.showAnswersFrom === undefined
            ? T('assign.answersHidden')
            : T('assign.answersHiddenUntil', {
                date: formatPartialDate(parsePartialDate(a.showAnswersFrom), 'long'),
              })}
        </p>
      )}
      <ol className="gl-quiz__review">
        {shown.map((q) => (
          <li key={q.id}>
            <p>
              <strong>
                <Cited text={q.prompt} lessonHref={ctx.lessonHref} />
              </strong>
            </p>
            <AnswerFeedback
              q={q}
              answer={Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined}
              ctx={ctx}
              reveal={reveal !== 'hidden'}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
