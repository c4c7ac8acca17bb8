/**
 * Open response: a text box with a word count. Once checked, the model answer and the rubric
 * appear, and the learner may rate their own answer against the rubric's levels (kept on this
 * page only: the rating is for the learner, the teacher marks from the code).
 */
import { useState } from 'react';
import { OPEN_TEXT_MAX, wordCount } from '../../lib/questions/open';
import { Cited } from '../cited';
import type { QuestionView } from './types';

/** The open-response view. */
export const view: QuestionView<'open'> = {
  type: 'open',
  writing: true,
  Fields: ({ q, answer, onAnswer, ctx }) => {
    const { L } = ctx;
    const id = ctx.idOf(q, 'text');
    const text = answer?.text ?? '';
    const words = wordCount(text);
    const over = q.wordLimit !== undefined && words > q.wordLimit;
    return (
      <p className="gl-quiz__open">
        <label htmlFor={id}>{L('quiz.open.label')}</label>
        <textarea
          id={id}
          className="gl-quiz__textarea"
          rows={5}
          maxLength={OPEN_TEXT_MAX}
          value={text}
          aria-describedby={`${id}-count`}
          onChange={(e) => {
            onAnswer({ type: 'open', text: e.target.value });
          }}
        />
        <span id={`${id}-count`} className="gl-muted" data-over={over ? 'true' : undefined}>
          {q.wordLimit === undefined
            ? L('quiz.open.words', { n: words })
            : L(over ? 'quiz.open.over' : 'quiz.open.limit', { n: words, max: q.wordLimit })}
        </span>
      </p>
    );
  },
  Checked: ({ q, ctx }) => {
    const { L } = ctx;
    const [rating, setRating] = useState<number | null>(null);
    const name = ctx.idOf(q, 'rating');
    return (
      <div className="gl-quiz__rubric">
        <p>
          <strong>{L('quiz.modelAnswer')}</strong> <Cited text={q.model} lessonHref={ctx.lessonHref} />
        </p>
        <fieldset className="gl-quiz__sub">
          <legend>{L('quiz.open.rate')}</legend>
          <ul className="gl-quiz__options">
            {q.rubric.map((level, i) => (
              <li key={i} className="gl-quiz__option">
                <label htmlFor={`${name}-${i}`}>
                  <input
                    id={`${name}-${i}`}
                    type="radio"
                    name={name}
                    checked={rating === i}
                    onChange={() => {
                      setRating(i);
                    }}
                  />{' '}
                  <strong>{level.label}:</strong> {level.descriptor}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
    );
  },
  staticHint: (q, L) => [
    L('quiz.static.open'),
    ...(q.wordLimit === undefined ? [] : [L('quiz.open.limitHint', { max: q.wordLimit })]),
  ],
  StaticKey: ({ q, ctx }) => (
    <>
      <p>
        <strong>{ctx.L('quiz.modelAnswer')}</strong> <Cited text={q.model} lessonHref={ctx.lessonHref} />
      </p>
      <p>{ctx.L('quiz.open.rubric')}</p>
      <ul className="gl-quiz__key">
        {q.rubric.map((level, i) => (
          <li key={i}>
            <strong>{level.label}:</strong> {level.descriptor}
          </li>
        ))}
      </ul>
    </>
  ),
};
