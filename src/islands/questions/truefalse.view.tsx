/** True or false, then a reason: two radio groups; the key states the answer, then marks each reason. */
import { Cited } from '../cited';
import { ChoiceList, choiceEntries, OptionFeedback, StaticChoiceKey, staticEntries } from './parts';
import type { QuestionView } from './types';

/** The true/false view. */
export const view: QuestionView<'truefalse'> = {
  type: 'truefalse',
  Fields: ({ q, answer, marks, onAnswer, ctx }) => {
    const { L } = ctx;
    const current = answer ?? { type: 'truefalse' as const, value: null, why: null };
    return (
      <>
        <fieldset className="gl-quiz__sub">
          <legend>{L('quiz.trueFalse')}</legend>
          <ul className="gl-quiz__options gl-quiz__options--inline">
            {[true, false].map((value) => {
              const id = ctx.idOf(q, `tf-${String(value)}`);
              return (
                <li key={String(value)} className="gl-quiz__option">
                  <label htmlFor={id}>
                    <input
                      id={id}
                      type="radio"
                      name={ctx.idOf(q, 'tf')}
                      checked={current.value === value}
                      onChange={() => {
                        onAnswer({ ...current, value });
                      }}
                    />{' '}
                    {L(value ? 'quiz.true' : 'quiz.false')}
                  </label>
                  {marks && (
                    <OptionFeedback
                      ok={value === q.answer}
                      chosen={current.value === value}
                      text={q.explanations[value ? 'true' : 'false']}
                      ctx={ctx}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <fieldset className="gl-quiz__sub">
          <legend>{L('quiz.reason')}</legend>
          <ChoiceList
            q={q}
            name="why"
            multiple={false}
            entries={choiceEntries(ctx.order(q), q.why)}
            chosen={new Set(current.why === null ? [] : [current.why])}
            marks={marks}
            onPick={(i) => {
              onAnswer({ ...current, why: i });
            }}
            ctx={ctx}
          />
        </fieldset>
      </>
    );
  },
  staticHint: (_, L, mode) =>
    mode === 'worksheet' ? [L('worksheet.trueOrFalse'), L('quiz.reason')] : [L('quiz.static.truefalse')],
  StaticKey: ({ q, order, ctx }) => (
    <>
      <p>
        <strong className="gl-quiz__mark" data-ok="true">
          <span aria-hidden="true">✓ </span>
          {ctx.L('quiz.answerIs', { answer: ctx.L(q.answer ? 'quiz.true' : 'quiz.false') })}
        </strong>{' '}
        <Cited text={q.explanations[q.answer ? 'true' : 'false']} lessonHref={ctx.lessonHref} />
      </p>
      <StaticChoiceKey entries={staticEntries(order, q.why)} ctx={ctx} />
    </>
  ),
};
