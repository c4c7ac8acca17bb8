/** Multiple select: checkboxes; the key marks each option. */
import { multipleAnswer } from '../../lib/questions/multiple';
import { ChoiceList, choiceEntries, StaticChoiceKey, staticEntries } from './parts';
import type { QuestionView } from './types';

/** The multiple-select view. */
export const view: QuestionView<'multiple'> = {
  type: 'multiple',
  // Several answers may be right: squares on paper, as checkboxes on screen.
  box: 'square',
  Fields: ({ q, answer, marks, onAnswer, ctx }) => {
    const chosen = new Set(answer?.choices ?? []);
    return (
      <ChoiceList
        q={q}
        name="choice"
        multiple
        entries={choiceEntries(ctx.order(q), q.options)}
        chosen={chosen}
        marks={marks}
        onPick={(i) => {
          const next = new Set(chosen);
          if (!next.delete(i)) next.add(i);
          onAnswer(multipleAnswer(next));
        }}
        ctx={ctx}
      />
    );
  },
  StaticKey: ({ q, order, ctx }) => <StaticChoiceKey entries={staticEntries(order, q.options)} ctx={ctx} />,
};
