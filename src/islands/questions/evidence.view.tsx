/** Find the evidence: radio buttons over paragraphs, each quoted under its number. */
import { ChoiceList, StaticChoiceKey } from './parts';
import type { QuestionView } from './types';

/** The find-the-evidence view. */
export const view: QuestionView<'evidence'> = {
  type: 'evidence',
  lead: (q) => q.claim,
  Fields: ({ q, answer, marks, onAnswer, ctx }) => (
    <ChoiceList
      q={q}
      name="choice"
      multiple={false}
      entries={ctx.order(q).flatMap((i) => {
        const o = q.options[i];
        if (!o) return [];
        const label = ctx.L('quiz.paragraph', { n: o.paragraph });
        return [
          {
            i,
            label,
            detail: ctx.paragraphs[String(o.paragraph)] ?? '',
            correct: o.correct,
            explanation: o.explanation,
          },
        ];
      })}
      chosen={new Set(answer ? [answer.choice] : [])}
      marks={marks}
      onPick={(i) => {
        onAnswer({ type: 'evidence', choice: i });
      }}
      ctx={ctx}
    />
  ),
  StaticItem: ({ q, i, ctx }) => {
    const n = q.options[i]?.paragraph ?? 1;
    return (
      <>
        <a href={`${ctx.lessonHref}#p${n}`}>{ctx.L('quiz.paragraph', { n })}</a>: {ctx.paragraph(n)}
      </>
    );
  },
  StaticKey: ({ q, order, ctx }) => (
    <StaticChoiceKey
      entries={order.flatMap((i) => {
        const o = q.options[i];
        return o
          ? [{ i, text: ctx.L('quiz.paragraph', { n: o.paragraph }), correct: o.correct, explanation: o.explanation }]
          : [];
      })}
      ctx={ctx}
    />
  ),
};
