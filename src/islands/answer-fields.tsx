/**
 * The answer controls and feedback of one question, for the assignment island. The lesson quiz
 * (`Quiz.tsx`) has its own, with per-option feedback; this one is smaller: it shows feedback as a
 * verdict, the learner's answer and the right one in words, and the explanations.
 */
import { useEffect, useRef } from 'react';
import { answerText, explanations, rightAnswerText } from '../lib/answer-text';
import { answerWords } from './labels';
import { moveItem, multipleAnswer, scoreQuestion, type Answer, type Question } from '../lib/quiz';
import { Cited } from './cited';
import type { QuizLabel } from './labels';

export type { QuizLabel } from './labels';

/** What every question needs from the page around it. */
export interface FieldContext {
  /** Quiz strings (from the lesson's quiz data). */
  L: QuizLabel;
  /** The id of an element about a question (`part` names which). */
  idOf: (q: Question, part?: string) => string;
  /** Display order of a question's options or items (authored indices). */
  order: (q: Question) => number[];
  /** Text of the paragraphs evidence questions offer, by number. */
  paragraphs: Readonly<Record<string, string>>;
  /** URL of the lesson page, for "¶N" links. */
  lessonHref: string;
}

interface FieldsProps {
  q: Question;
  answer: Answer | undefined;
  /** Once feedback is shown the answer cannot change. */
  locked: boolean;
  onAnswer: (answer: Answer) => void;
  ctx: FieldContext;
}

function Choices({
  q,
  name,
  texts,
  chosen,
  multiple,
  onPick,
  ctx,
}: {
  q: Question;
  name: string;
  texts: (i: number) => [label: string, detail?: string];
  chosen: ReadonlySet<number>;
  multiple: boolean;
  onPick: (i: number) => void;
  ctx: FieldContext;
}) {
  const indices = name === 'tf' ? [1, 0] : ctx.order(q);
  return (
    <ul className="gl-quiz__options">
      {indices.map((i) => {
        const id = ctx.idOf(q, `${name}-${i}`);
        const [label, detail] = texts(i);
        return (
          <li key={i} className="gl-quiz__option">
            <label htmlFor={id}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={ctx.idOf(q, name)}
                checked={chosen.has(i)}
                onChange={() => {
                  onPick(i);
                }}
                aria-describedby={detail === undefined ? undefined : `${id}-text`}
              />{' '}
              <span>{label}</span>
            </label>
            {detail !== undefined && (
              <p className="gl-quiz__para" id={`${id}-text`}>
                {detail}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The controls for answering one question. */
export function AnswerFields({ q, answer, locked, onAnswer, ctx }: FieldsProps) {
  const { L } = ctx;
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id !== null) document.getElementById(id)?.focus();
  });
  const body = (() => {
    switch (q.type) {
      case 'single':
      case 'evidence':
        return (
          <Choices
            q={q}
            name="choice"
            multiple={false}
            chosen={new Set(answer?.type === q.type ? [answer.choice] : [])}
            texts={(i) => {
              if (q.type === 'single') return [q.options[i]?.text ?? ''];
              const n = q.options[i]?.paragraph ?? 0;
              return [L('quiz.paragraph', { n }), ctx.paragraphs[String(n)] ?? ''];
            }}
            onPick={(i) => {
              onAnswer({ type: q.type, choice: i });
            }}
            ctx={ctx}
          />
        );
      case 'multiple': {
        const chosen = new Set(answer?.type === 'multiple' ? answer.choices : []);
        return (
          <Choices
            q={q}
            name="choice"
            multiple
            chosen={chosen}
            texts={(i) => [q.options[i]?.text ?? '']}
            onPick={(i) => {
              const next = new Set(chosen);
              if (!next.delete(i)) next.add(i);
              onAnswer(multipleAnswer(next));
            }}
            ctx={ctx}
          />
        );
      }
      case 'truefalse': {
        const current = answer?.type === 'truefalse' ? answer : { type: 'truefalse' as const, value: null, why: null };
        return (
          <>
            <fieldset className="gl-quiz__sub">
              <legend>{L('quiz.trueFalse')}</legend>
              <Choices
                q={q}
                name="tf"
                multiple={false}
                chosen={new Set(current.value === null ? [] : [current.value ? 1 : 0])}
                texts={(i) => [L(i === 1 ? 'quiz.true' : 'quiz.false')]}
                onPick={(i) => {
                  onAnswer({ ...current, value: i === 1 });
                }}
                ctx={ctx}
              />
            </fieldset>
            <fieldset className="gl-quiz__sub">
              <legend>{L('quiz.reason')}</legend>
              <Choices
                q={q}
                name="why"
                multiple={false}
                chosen={new Set(current.why === null ? [] : [current.why])}
                texts={(i) => [q.why[i]?.text ?? '']}
                onPick={(i) => {
                  onAnswer({ ...current, why: i });
                }}
                ctx={ctx}
              />
            </fieldset>
          </>
        );
      }
      case 'categorise': {
        const buckets = answer?.type === 'categorise' ? answer.buckets : q.items.map(() => null);
        return (
          <ul className="gl-quiz__options">
            {ctx.order(q).map((i) => {
              const id = ctx.idOf(q, `item-${i}`);
              const placed = buckets[i];
              return (
                <li key={i} className="gl-quiz__option gl-quiz__option--select">
                  <label htmlFor={id}>{q.items[i]?.text}</label>
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
                </li>
              );
            })}
          </ul>
        );
      }
      case 'order': {
        const current = answer?.type === 'order' ? answer.order : ctx.order(q);
        return (
          <ol className="gl-quiz__options gl-quiz__order">
            {current.map((i, pos) => {
              const textId = ctx.idOf(q, `item-${i}`);
              return (
                <li key={i} className="gl-quiz__option gl-quiz__order-item">
                  <span id={textId} className="gl-quiz__order-text">
                    {q.items[i]?.text}
                  </span>
                  {!locked && (
                    <span className="gl-quiz__moves">
                      {([-1, 1] as const).map((delta) => (
                        <button
                          key={delta}
                          type="button"
                          id={ctx.idOf(q, `move-${i}-${delta}`)}
                          className="gl-button"
                          aria-describedby={textId}
                          disabled={delta < 0 ? pos === 0 : pos === current.length - 1}
                          onClick={() => {
                            const to = pos + delta;
                            const atEdge = to === 0 || to === current.length - 1;
                            // At either end, the other button is the one still enabled.
                            focusNext.current = ctx.idOf(q, `move-${i}-${atEdge ? -delta : delta}`);
                            onAnswer({ type: 'order', order: moveItem(current, pos, delta) });
                          }}
                        >
                          {L(delta < 0 ? 'quiz.moveUp' : 'quiz.moveDown')}
                        </button>
                      ))}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        );
      }
    }
  })();
  return (
    <fieldset className="gl-quiz__fieldset" disabled={locked} aria-describedby={ctx.idOf(q, 'rule')}>
      <legend className="gl-quiz__prompt">
        <Cited text={q.prompt} lessonHref={ctx.lessonHref} />
      </legend>
      {q.type === 'evidence' && (
        <p className="gl-quiz__claim">
          <Cited text={q.claim} lessonHref={ctx.lessonHref} />
        </p>
      )}
      <p className="gl-quiz__rule gl-muted" id={ctx.idOf(q, 'rule')}>
        {L(`quiz.rule.${q.type}`)}
      </p>
      {body}
    </fieldset>
  );
}

/** Feedback on an answer: a verdict (symbol and words), the answer and the right one, the explanations. */
export function AnswerFeedback({ q, answer, ctx }: { q: Question; answer: Answer | undefined; ctx: FieldContext }) {
  const { L } = ctx;
  const score = scoreQuestion(q, answer);
  const words = answerWords(L);
  const verdict = score.correct ? 'correct' : score.score > 0 ? 'partial' : 'wrong';
  return (
    <div className="gl-quiz__result">
      <p className="gl-quiz__verdict" data-verdict={verdict}>
        <strong>
          <span aria-hidden="true">{score.correct ? '✓ ' : score.score > 0 ? '◐ ' : '✗ '}</span>
          {L(`quiz.verdict.${verdict}`)}
        </strong>{' '}
        {L('quiz.score', { score: Math.round(score.score * 100) })}
      </p>
      <p>
        <strong>{L('quiz.yourAnswer')}</strong> {answerText(q, answer, words)}
      </p>
      {!score.correct && (
        <p>
          <strong>{L('quiz.rightAnswer')}</strong> {rightAnswerText(q, words)}
        </p>
      )}
      {explanations(q, answer).map((text) => (
        <p key={text}>
          <Cited text={text} lessonHref={ctx.lessonHref} />
        </p>
      ))}
    </div>
  );
}
