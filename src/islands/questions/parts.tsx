/**
 * View parts the question types share: marks, per-option feedback and the radio/checkbox list of
 * the choice-like types.
 */
import type { ReactNode } from 'react';
import type { Question } from '../../lib/questions';
import { Cited } from '../cited';
import type { FieldContext, StaticContext } from './types';

/** "✓ Right answer" / "✗ Wrong answer": a symbol plus words, never colour alone. */
export function Mark({ ok, children }: { ok: boolean; children: ReactNode }): ReactNode {
  return (
    <strong className="gl-quiz__mark" data-ok={ok ? 'true' : 'false'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {children}
    </strong>
  );
}

/** Feedback on one option or item: a ✓/✗ verdict in words, then its explanation. */
export function Feedback({
  ok,
  mark,
  text,
  lessonHref,
  children,
}: {
  ok: boolean;
  mark: string;
  text: string;
  lessonHref: string;
  children?: ReactNode;
}): ReactNode {
  return (
    <div className="gl-quiz__feedback">
      <p>
        <Mark ok={ok}>{mark}</Mark>
        {children}
      </p>
      <p>
        <Cited text={text} lessonHref={lessonHref} />
      </p>
    </div>
  );
}

/** Feedback on a choice: right or wrong, whether it was the learner's, and why. */
export function OptionFeedback({
  ok,
  chosen,
  text,
  ctx,
}: {
  ok: boolean;
  chosen: boolean;
  text: string;
  ctx: FieldContext;
}): ReactNode {
  return (
    <Feedback
      ok={ok}
      mark={ctx.L(ok ? 'quiz.option.right' : 'quiz.option.wrong')}
      text={text}
      lessonHref={ctx.lessonHref}
    >
      {chosen && <span className="gl-quiz__yours"> · {ctx.L('quiz.yourChoice')}</span>}
    </Feedback>
  );
}

/** One choice as a list shows it. */
export interface ChoiceEntry {
  /** Authored index. */
  i: number;
  /** Label text. */
  label: string;
  /** Text shown under the label and read with it (an evidence paragraph). */
  detail?: string | undefined;
  /** Whether it is right, with its explanation, for marks after checking. */
  correct: boolean;
  /** Why it is right or wrong. */
  explanation: string;
}

/** A radio or checkbox list of choices, with per-option feedback once marked. */
export function ChoiceList({
  q,
  name,
  entries,
  chosen,
  multiple,
  marks,
  onPick,
  ctx,
  className = 'gl-quiz__options',
}: {
  q: Question;
  name: string;
  entries: readonly ChoiceEntry[];
  chosen: ReadonlySet<number>;
  multiple: boolean;
  marks: boolean;
  onPick: (i: number) => void;
  ctx: FieldContext;
  className?: string;
}): ReactNode {
  return (
    <ul className={className}>
      {entries.map((e) => {
        const id = ctx.idOf(q, `${name}-${e.i}`);
        return (
          <li key={e.i} className="gl-quiz__option">
            <label htmlFor={id}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={ctx.idOf(q, name)}
                checked={chosen.has(e.i)}
                onChange={() => {
                  onPick(e.i);
                }}
                aria-describedby={e.detail === undefined ? undefined : `${id}-text`}
              />{' '}
              <span>{e.label}</span>
            </label>
            {e.detail !== undefined && (
              <p className="gl-quiz__para" id={`${id}-text`}>
                {e.detail}
              </p>
            )}
            {marks && <OptionFeedback ok={e.correct} chosen={chosen.has(e.i)} text={e.explanation} ctx={ctx} />}
          </li>
        );
      })}
    </ul>
  );
}

/** Choices in display order, from options with text, correctness and an explanation. */
export const choiceEntries = (
  order: readonly number[],
  options: readonly { text: string; correct: boolean; explanation: string }[],
): ChoiceEntry[] =>
  order.flatMap((i) => {
    const o = options[i];
    return o ? [{ i, label: o.text, correct: o.correct, explanation: o.explanation }] : [];
  });

/** Text ending in a full stop, unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?…][”’")]*$/.test(text) ? text : `${text}.`);

/** The self-check key of a choice list: each option marked right or wrong, with why. */
export function StaticChoiceKey({
  entries,
  ctx,
}: {
  entries: readonly { i: number; text: string; correct: boolean; explanation: string }[];
  ctx: StaticContext;
}): ReactNode {
  return (
    <ul className="gl-quiz__key">
      {entries.map((e) => (
        <li key={e.i}>
          <strong className="gl-quiz__mark" data-ok={e.correct ? 'true' : 'false'}>
            <span aria-hidden="true">{e.correct ? '✓ ' : '✗ '}</span>
            {ctx.L(e.correct ? 'quiz.option.right' : 'quiz.option.wrong')}:
          </strong>{' '}
          {sentence(e.text)} <Cited text={e.explanation} lessonHref={ctx.lessonHref} />
        </li>
      ))}
    </ul>
  );
}

/** Options in display order for a static key. */
export const staticEntries = (
  order: readonly number[],
  options: readonly { text: string; correct: boolean; explanation: string }[],
): { i: number; text: string; correct: boolean; explanation: string }[] =>
  order.flatMap((i) => {
    const o = options[i];
    return o ? [{ i, ...o }] : [];
  });
