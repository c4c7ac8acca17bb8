/** Single choice: radio buttons; the key marks each option. */
import { ChoiceList, choiceEntries, StaticChoiceKey, staticEntries } from './parts';
import type { QuestionView } from './types';

/** The single-choice view. */
export const view: QuestionView<'single'> = {
  type: 'single',
  Fields: ({ q, answer, marks, onAnswer, ctx }) => (
    <ChoiceList
      q={q}
      name="choice"
      multiple={false}
      entries={choiceEntries(ctx.order(q), q.options)}
      chosen={new Set(answer ? [answer.choice] : [])}
      marks={marks}
      onPick={(i) => {
        onAnswer({ type: 'single', choice: i });
      }}
      ctx={ctx}
    />
  ),
  StaticKey: ({ q, order, ctx }) => <StaticChoiceKey entries={staticEntries(order, q.options)} ctx={ctx} />,
};
