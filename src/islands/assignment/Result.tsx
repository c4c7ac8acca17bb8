import { useEffect, useState } from 'react';
import type { Assignment as AssignmentData } from '../../lib/assignment';
import { encodeAssignment } from '../../lib/assignment';
import { answerText } from '../../lib/answer-text';
import { answersReveal, attemptsLeft, currentAttempt, localIsoDate } from '../../lib/assignment-session';
import { formatClockTime, formatPartialDate, parsePartialDate } from '../../lib/dates';
import { scoreSet, type Question } from '../../lib/quiz';
import { encodeCompletion, RESULT_FILE_FORMAT, type Deflate, type ResultFile } from '../../lib/result-code';
import type { AssignmentProgress } from '../../lib/store';
import { AnswerFeedback, type FieldContext } from '../answer-fields';
import { Cited } from '../cited';
import { answerWords, copyText, download } from '../labels';
import { QrCode } from '../qr-code';
import { ClaimOutcome } from './ClaimReview';
import type { ClaimWords } from './claim-task-data';
import type { ClaimMarks, ClaimSortData } from '../../lib/claim-sort';
import type { Label } from './types';

/** The claim sort of the attempt, when the assignment has one and its claims have loaded. */
export interface ResultClaims {
  /** The claims and key. */
  data: ClaimSortData;
  /** Their words. */
  words: ClaimWords;
  /** The student's marks. */
  marks: Readonly<Record<string, ClaimMarks>>;
  /** The agreement bytes the code carries. */
  bytes: number[];
  /** Whether the key may show now. */
  shown: boolean;
  /** Whether it shows later rather than never. */
  later: boolean;
}

/** Characters of the code per line on a 360 px screen, so the block shows it in full before any CSS sizing. */
const CHARS_PER_LINE = 26;

/** The finished attempt: score, completion code, download, another attempt and the review. */
export function Result({
  a,
  questions,
  shown,
  progress,
  ctx,
  claims,
  T,
  onAgain,
}: {
  a: AssignmentData;
  questions: Question[];
  shown: Question[];
  progress: AssignmentProgress;
  ctx: FieldContext;
  claims: ResultClaims | undefined;
  T: Label;
  onAgain: () => void;
}) {
  const { L } = ctx;
  const attempt = currentAttempt(progress);
  const n = progress.attempts.length;
  const answers = questions.map((q) => (Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined));
  const result = scoreSet(questions, attempt.answers);
  const score = Math.round(result.score * 100) / 100;
  // Compression loads after the first paint; until then (milliseconds) the longer code is just as valid.
  const [deflate, setDeflate] = useState<{ fn: Deflate }>();
  useEffect(() => {
    let live = true;
    void import('fflate').then(({ deflateSync }) => {
      if (live) setDeflate({ fn: (bytes) => deflateSync(bytes, { level: 9 }) });
    });
    return () => {
      live = false;
    };
  }, []);
  // Answers go into the code in the assignment's own order, whatever order this student saw.
  const code = encodeCompletion(
    {
      assignment: a.id,
      student: progress.name,
      attempt: n,
      score,
      submitted: attempt.finished ?? undefined,
      answers: answers.map((x) => x ?? null),
      claims: claims?.bytes,
    },
    deflate?.fn,
  );
  const [copied, setCopied] = useState('');
  const [qr, setQr] = useState(false);
  // Feature-detected: the share sheet exists on most phones, on few desktops.
  const canShare = typeof navigator.share === 'function';
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
      {attempt.finished !== null && <p>{T('assign.result.submitted', { time: formatClockTime(attempt.finished) })}</p>}
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
        {/* A read-only text area: selectable by hand, wraps at any width, and is read as one field. */}
        <textarea
          id="assign-code"
          className="gl-assign__code-text"
          readOnly
          spellCheck={false}
          rows={Math.ceil(code.length / CHARS_PER_LINE)}
          value={code}
          aria-labelledby="assign-code-title"
          aria-describedby="assign-code-hint"
          onFocus={(e) => {
            e.target.select();
          }}
        />
        <p className="gl-assign__code-actions">
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
          {canShare && (
            <button
              type="button"
              className="gl-button"
              onClick={() => {
                navigator.share({ title: a.title, text: code }).then(
                  () => {
                    setCopied(T('assign.code.shared'));
                  },
                  // Closing the share sheet rejects too; the code is still on screen to copy.
                  () => undefined,
                );
              }}
            >
              {T('assign.code.share')}
            </button>
          )}
          <button
            type="button"
            className="gl-button"
            aria-expanded={qr}
            aria-controls="assign-code-qr"
            onClick={() => {
              setQr((x) => !x);
            }}
          >
            {T('assign.code.qr')}
          </button>
        </p>
        <div id="assign-code-qr">
          {qr && (
            <>
              <QrCode text={code} label={T('assign.code.qrLabel')} className="gl-assign__qr" />
              <p className="gl-muted">{T('assign.code.qrHint')}</p>
            </>
          )}
        </div>
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
      {claims && (
        <ClaimOutcome
          data={claims.data}
          words={claims.words}
          marks={claims.marks}
          shown={claims.shown}
          later={claims.later}
          lessonHref={ctx.lessonHref}
          T={T}
        />
      )}
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
