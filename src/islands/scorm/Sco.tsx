/**
 * The page inside the SCORM package (the SCO): the assignment's questions with Gloss's own answer
 * controls, one button to finish, then the score, reported to the LMS with Gloss's own scoring
 * (src/lib/scorm/runtime.ts). Answers live in the page only: the LMS keeps the result.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { missingQuestions } from '../../lib/assignment-session';
import { arrange, isComplete, type Answer } from '../../lib/quiz';
import type { ScoData } from '../../lib/scorm/package';
import { findApi, reportOf, sendReport, type Report, type Scorm12Api, type Sent } from '../../lib/scorm/runtime';
import { AnswerFeedback, AnswerFields, type FieldContext } from '../answer-fields';
import { fill, labeller, type QuizLabel } from '../labels';

/** The LMS connection: found and initialised, or absent (the page opened on its own). */
type Lms = { api: Scorm12Api; started: number } | undefined;

/** Finds the LMS and starts the session once; ends it if the page goes away before finishing. */
function useLms(): { lms: Lms; finishedRef: RefObject<boolean> } {
  const finishedRef = useRef(false);
  const [lms] = useState<Lms>(() => {
    const api = findApi(window);
    if (!api || api.LMSInitialize('') !== 'true') return undefined;
    if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
      api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    }
    return { api, started: Date.now() };
  });
  useEffect(() => {
    if (!lms) return undefined;
    // SCORM 1.2 asks for LMSFinish before the page unloads, finished or not.
    const leave = (): void => {
      if (finishedRef.current) return;
      finishedRef.current = true;
      lms.api.LMSCommit('');
      lms.api.LMSFinish('');
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
    };
  }, [lms]);
  return { lms, finishedRef };
}

/** The SCO. */
export function Sco({ d }: { d: ScoData }) {
  const L: QuizLabel = useMemo(() => labeller(d.labels), [d.labels]);
  const S = (key: keyof ScoData['text'], vars?: Record<string, string | number>): string => fill(d.text[key], vars);
  const { lms, finishedRef } = useLms();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [done, setDone] = useState<{ report: Report; sent: Sent | undefined } | undefined>();
  const [tried, setTried] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);
  const ctx: FieldContext = useMemo(() => {
    const orders = new Map(d.questions.map((q) => [q.id, arrange(q, d.seed)]));
    return {
      L,
      idOf: (q, part) => `sco-${q.id}${part === undefined ? '' : `-${part}`}`,
      order: (q) => orders.get(q.id) ?? [],
      paragraphs: d.paragraphs,
      lessonHref: d.lesson.href,
      timeline: d.timeline,
    };
  }, [L, d]);
  // As on the assignment page, every question must be answered before finishing.
  const missing = missingQuestions(d.questions, answers);
  const showMissing = tried && missing.length > 0;

  const finish = (): void => {
    setTried(true);
    if (missing.length > 0) return;
    // An incomplete answer (an ordering list never touched) counts as no answer, as in Gloss.
    const given = Object.fromEntries(
      d.questions.flatMap((q) => {
        const a = answers[q.id];
        return a !== undefined && isComplete(q, a) ? [[q.id, a] as const] : [];
      }),
    );
    const report = reportOf(d.questions, given);
    let sent: Sent | undefined;
    if (lms && !finishedRef.current) {
      finishedRef.current = true;
      sent = sendReport(lms.api, report, Date.now() - lms.started);
    }
    setDone({ report, sent });
  };

  return (
    <>
      <h1>{d.title}</h1>
      {d.className !== '' && <p className="gl-muted">{d.className}</p>}
      <p>
        <a href={d.lesson.href} target="_blank" rel="noreferrer">
          {S('lesson', { title: d.lesson.title })}
        </a>
      </p>
      {!lms && (
        <p className="gl-sco__notice" role="note">
          {S('noLms')}
        </p>
      )}
      <h2>{S('count', { n: d.questions.length })}</h2>
      <ol className="gl-quiz__list">
        {d.questions.map((q, i) => (
          <li key={q.id} className="gl-quiz__q" id={ctx.idOf(q)}>
            <AnswerFields
              q={q}
              answer={answers[q.id]}
              locked={done !== undefined}
              number={L('quiz.questionOf', { n: i + 1, total: d.questions.length })}
              ctx={ctx}
              onAnswer={(a) => {
                setAnswers((prev) => ({ ...prev, [q.id]: a }));
              }}
            />
            {done && d.mode === 'practice' && <AnswerFeedback q={q} answer={answers[q.id]} ctx={ctx} />}
          </li>
        ))}
      </ol>
      {done ? (
        <section className="gl-card gl-sco__result" aria-labelledby="sco-result">
          <h2 id="sco-result" ref={resultRef} tabIndex={-1}>
            {S('result')}
          </h2>
          <p className="gl-sco__score">
            {S('score', { score: done.report.points, max: done.report.max, percent: done.report.percent })}
          </p>
          <p role="status">
            {done.sent === undefined
              ? S('noLms')
              : done.sent.ok
                ? S('sent')
                : S('refused', { detail: done.sent.refused.join('; ') })}
          </p>
        </section>
      ) : (
        <div className="gl-sco__finish">
          {showMissing && (
            <p className="gl-quiz__error" id="sco-missing" role="alert">
              {S('missing', { list: missing.join(', ') })}
            </p>
          )}
          <p>
            {S('answered', { n: d.questions.length - missing.length, total: d.questions.length })}{' '}
            <button
              type="button"
              className="gl-button gl-button--primary"
              aria-describedby={showMissing ? 'sco-missing' : undefined}
              onClick={finish}
            >
              {S('finish')}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
