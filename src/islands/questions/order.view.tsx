/**
 * Order: the list with "Move up" / "Move down" buttons. Until the learner moves an item the
 * question has no answer; focus stays on the moved item.
 */
import { moveItem } from '../../lib/quiz';
import { Cited } from '../cited';
import { Feedback } from './parts';
import type { QuestionView } from './types';

/** The order view. */
export const view: QuestionView<'order'> = {
  type: 'order',
  Fields: ({ q, answer, locked, marks, onAnswer, focusAfter, onMoved, ctx }) => {
    const { L } = ctx;
    const current = answer?.order ?? ctx.order(q);
    return (
      <ol className="gl-quiz__options gl-quiz__order">
        {current.map((i, pos) => {
          const item = q.items[i];
          if (!item) return null;
          const textId = ctx.idOf(q, `item-${i}`);
          const ok = pos === i;
          return (
            <li key={i} className="gl-quiz__option gl-quiz__order-item">
              <span id={textId} className="gl-quiz__order-text">
                {item.text}
              </span>
              {item.event !== undefined && ctx.timeline !== undefined && (
                <>
                  {' '}
                  <a className="gl-quiz__timeline" href={`${ctx.timeline}#${item.event}`} aria-describedby={textId}>
                    {L('quiz.onTimeline')}
                  </a>
                </>
              )}
              {!locked && (
                <span className="gl-quiz__moves">
                  {([-1, 1] as const).map((delta) => (
                    <button
                      key={delta}
                      type="button"
                      id={ctx.idOf(q, `move-${i}-${delta < 0 ? 'up' : 'down'}`)}
                      className="gl-button"
                      aria-describedby={textId}
                      disabled={delta < 0 ? pos === 0 : pos === current.length - 1}
                      onClick={() => {
                        const to = pos + delta;
                        // Keep focus on the moved item; at either end, its other button is the one still enabled.
                        const atEdge = delta < 0 ? to === 0 : to === current.length - 1;
                        focusAfter(ctx.idOf(q, `move-${i}-${delta < 0 !== atEdge ? 'up' : 'down'}`));
                        onAnswer({ type: 'order', order: moveItem(current, pos, delta) });
                        onMoved?.(item.text, to + 1, current.length);
                      }}
                    >
                      {L(delta < 0 ? 'quiz.moveUp' : 'quiz.moveDown')}
                    </button>
                  ))}
                </span>
              )}
              {marks && (
                <Feedback
                  ok={ok}
                  mark={ok ? L('quiz.place.right') : L('quiz.place.wrong', { n: i + 1 })}
                  text={item.explanation}
                  lessonHref={ctx.lessonHref}
                />
              )}
            </li>
          );
        })}
      </ol>
    );
  },
  staticHint: (q, L, mode) => [
    mode === 'worksheet' ? L('worksheet.orderHint', { n: q.items.length }) : L('quiz.static.order'),
  ],
  box: '___',
  StaticItem: ({ q, i, ctx }) => {
    const item = q.items[i];
    return (
      <>
        {item?.text}
        {item?.event !== undefined && (
          <>
            {' '}
            <a className="gl-quiz__timeline" href={`${ctx.timeline}#${item.event}`}>
              {ctx.L('quiz.onTimeline')}
            </a>
          </>
        )}
      </>
    );
  },
  StaticKey: ({ q, ctx }) => (
    <>
      <p>{ctx.L('quiz.rightOrder')}</p>
      <ol className="gl-quiz__key">
        {q.items.map((item, i) => (
          <li key={i}>
            {item.text} <Cited text={item.explanation} lessonHref={ctx.lessonHref} />
          </li>
        ))}
      </ol>
    </>
  ),
};
