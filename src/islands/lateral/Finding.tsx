/**
 * Gloss's finding for one lateral-reading task, beside what the student wrote: their verdict
 * against Gloss's, whether they chose a source Gloss would start with, who is behind the source
 * they chose, and the finding itself with its sources. Shown only after the student has written.
 */
import type { RefObject } from 'react';
import { compareLateral, type LateralAnswer, type LateralTaskData } from '../../lib/lateral';

interface Props {
  /** Id of the heading, which labels the section. */
  id: string;
  task: LateralTaskData;
  answer: LateralAnswer;
  L: (key: string, vars?: Record<string, string | number>) => string;
  /** The heading, focused when the finding is revealed. */
  heading: RefObject<HTMLHeadingElement | null>;
}

export function Finding({ id, task, answer, L, heading }: Props) {
  const c = compareLateral(answer, task);
  const verdictLabel = (v: string | undefined): string =>
    v === undefined ? L('lateral.notGiven') : L(`claims.verdict.${v}`);
  const names = task.results
    .filter((r) => task.best.includes(r.source))
    .map((r) => r.publisher)
    .join(', ');
  return (
    <section className="gl-lateral__finding" aria-labelledby={id}>
      <h4 id={id} ref={heading} tabIndex={-1}>
        {L('lateral.finding')}
      </h4>
      <p>
        {L('lateral.yourVerdict', { yours: verdictLabel(answer.verdict), gloss: verdictLabel(task.verdict) })}{' '}
        {c.verdict === undefined ? '' : c.verdict ? L('lateral.agrees') : L('lateral.differs')}
      </p>
      <p>{c.best === true ? L('lateral.bestYes') : L('lateral.bestOther', { names })}</p>
      {c.result && (
        <p>
          {L('lateral.behindGloss', { publisher: c.result.publisher, kind: c.result.kind })}{' '}
          {c.behind === undefined ? '' : c.behind ? L('lateral.behindAgrees') : L('lateral.behindDiffers')}{' '}
          {c.result.note ?? ''}
        </p>
      )}
      <p>{task.finding}</p>
      <p className="gl-cite">
        {L('lateral.sources')}{' '}
        {task.cites.map((s, i) => (
          <span key={`${s.name}-${String(i)}`}>
            {s.href === undefined ? (
              s.name
            ) : (
              <a href={s.href} rel="external noreferrer">
                {s.name}
              </a>
            )}{' '}
            <span className="gl-source-kind">({s.kind})</span>
            {i < task.cites.length - 1 ? '; ' : '.'}
          </span>
        ))}
      </p>
    </section>
  );
}
