/** Categorise: a group menu per item; the key names each item's group. */
import { bucketLabel } from '../../lib/questions/categorise';
import { scoreQuestion } from '../../lib/quiz';
import { Cited } from '../cited';
import { Feedback } from './parts';
import type { QuestionView } from './types';

/** The categorise view. */
export const view: QuestionView<'categorise'> = {
  type: 'categorise',
  // Each item gets a group written beside it, nothing to tick.
  box: 'none',
  Fields: ({ q, answer, marks, onAnswer, ctx }) => {
    const { L } = ctx;
    const buckets = answer?.buckets ?? q.items.map(() => null);
    const score = marks ? scoreQuestion(q, answer) : undefined;
    return (
      <ul className="gl-quiz__options">
        {ctx.order(q).map((i) => {
          const item = q.items[i];
          if (!item) return null;
          const id = ctx.idOf(q, `item-${i}`);
          const placed = buckets[i];
          const ok = score?.parts[i]?.right ?? false;
          return (
            <li key={i} className="gl-quiz__option gl-quiz__option--select">
              <label htmlFor={id}>{item.text}</label>
              <select
                id={id}
                value={placed === null || placed === undefined ? '' : String(placed)}
                onChange={(e) => {
                  const next = q.items.map((_, j) => buckets[j] ?? null);
                  next[i] = e.target.value === '' ? null : Number(e.target.value);
                  onAnswer({ type: 'categorise', buckets: next });
                }}
              >
                <option value="">{L('quiz.chooseGroup')}</option>
                {q.buckets.map((b, bi) => (
                  <option key={b.id} value={String(bi)}>
                    {b.label}
                  </option>
                ))}
              </select>
              {score && (
                <Feedback
                  ok={ok}
                  mark={ok ? L('quiz.group.right') : L('quiz.group.wrong', { group: bucketLabel(q, item.bucket) })}
                  text={item.explanation}
                  lessonHref={ctx.lessonHref}
                />
              )}
            </li>
          );
        })}
      </ul>
    );
  },
  staticHint: (q, L) => [L('quiz.static.categorise', { groups: q.buckets.map((b) => b.label).join('; ') })],
  WorksheetBlank: ({ ctx }) => (
    <span className="gl-worksheet__blank">
      {' '}
      {ctx.L('worksheet.group')} <span className="gl-worksheet__line" />
    </span>
  ),
  StaticKey: ({ q, ctx }) => (
    <ul className="gl-quiz__key">
      {q.items.map((item, i) => (
        <li key={i}>
          {item.text}:{' '}
          <strong className="gl-quiz__mark" data-ok="true">
            {bucketLabel(q, item.bucket)}
          </strong>
          . <Cited text={item.explanation} lessonHref={ctx.lessonHref} />
        </li>
      ))}
    </ul>
  ),
};
