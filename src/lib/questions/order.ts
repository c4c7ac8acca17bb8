/**
 * Order: put events in order. Credit is the share of item pairs in the right relative order (a
 * swap of two neighbours in a list of five still earns 90%; a full reversal earns 0). The list
 * never starts solved, and an untouched list is no answer: the learner must arrange it.
 * Exported as an ordering question where the format has one (Moodle XML, Blackboard), else as
 * matching (each item to its position, items never written in answer order).
 */
import type { z } from 'zod';
import { explained, inRange, INDEX_LIST_FIELD, result } from './common';
import type { AnswerKit, Part, QuestionModule, SchemaKit } from './types';

const schema = ({ z, base, id }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('order'),
    /** The items, authored in the correct order; the quiz shuffles them. */
    items: z
      .array(
        z.strictObject({
          /** Text of the item. */
          text: z.string().min(1),
          /** Timeline event id this item links to. */
          event: id.optional(),
          /** Why it goes where it goes (its date). */
          explanation: z.string().min(1),
        }),
      )
      .min(3),
  });

const answerSchema = ({ z, index }: AnswerKit) =>
  z.strictObject({
    /** Put in order. */
    type: z.literal('order'),
    /** Item indices from first to last as arranged. */
    order: z.array(index),
  });

/** An order question. */
export type OrderQuestion = z.output<ReturnType<typeof schema>>;
/** An order answer: item indices from first to last as arranged. */
export type OrderAnswer = z.output<ReturnType<typeof answerSchema>>;

/** Position labels for order questions exported as matching: "1", "2", … */
export const positionLabel = (i: number): string => String(i + 1);

/** The order type. */
export const order: QuestionModule<OrderQuestion, OrderAnswer> = {
  type: 'order',
  tag: 5,
  schema,
  answerSchema,
  answerFields: { order: INDEX_LIST_FIELD },
  listLength: (q) => q.items.length,
  arrange: (_, shuffled) =>
    // Rotating by one keeps this deterministic and leaves every item out of place.
    shuffled.length > 1 && shuffled.every((item, pos) => item === pos)
      ? [...shuffled.slice(1), shuffled[0] as number]
      : [...shuffled],
  score(q, a) {
    const list = a?.order ?? [];
    const n = q.items.length;
    // First position of each authored item in the learner's list; missing items never count as right.
    const position = new Map<number, number>();
    list.forEach((item, pos) => {
      if (!position.has(item)) position.set(item, pos);
    });
    let rightPairs = 0;
    for (let x = 0; x < n; x += 1) {
      for (let y = x + 1; y < n; y += 1) {
        const px = position.get(x);
        const py = position.get(y);
        if (px !== undefined && py !== undefined && px < py) rightPairs += 1;
      }
    }
    const pairs = (n * (n - 1)) / 2;
    const parts: Part[] = q.items.map((_, i) => ({
      kind: 'item',
      index: i,
      chosen: position.has(i),
      right: position.get(i) === i,
    }));
    return result(pairs === 0 ? 1 : rightPairs / pairs, parts);
  },
  // Any arrangement the learner made is an answer; an untouched list has no answer at all.
  complete: () => true,
  validate(q, a) {
    const n = q.items.length;
    const seen = new Set(a.order);
    return a.order.length !== n || seen.size !== n || a.order.some((i) => !inRange(i, n))
      ? `the order must list each of the ${n} items exactly once`
      : undefined;
  },
  correct: (q) => ({ type: 'order', order: q.items.map((_, i) => i) }),
  optionText: (q, i) => q.items[i]?.text ?? '',
  answerText: (q, a) => a.order.map((i, pos) => `${pos + 1}. ${q.items[i]?.text ?? ''}`).join('; '),
  rightText: (q) => q.items.map((item, i) => `${i + 1}. ${item.text}`).join('; '),
  explanations: (q) => q.items.map((item) => item.explanation),
  texts: (q) => explained('items', q.items),
  check(q, kit) {
    kit.distinct(
      'items',
      q.items.map((item) => item.text),
      'item text',
    );
  },
  refs: (q) => ({
    events: q.items.flatMap((item, i) => (item.event === undefined ? [] : [[`items[${i}].event`, item.event]])),
  }),
  encode: (a, out) => {
    out.list(a.order);
  },
  decode: (r) => {
    const list = r.list();
    return list && { type: 'order', order: list };
  },
  exportItems: (q, kit) => [kit.ordering(q.id, kit.stem(q.prompt), q.items)],
};
