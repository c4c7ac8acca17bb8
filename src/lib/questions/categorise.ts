/**
 * Categorise: sort items into buckets. Credit is the share of items placed right. Exported as
 * matching (each item to its group).
 */
import type { z } from 'zod';
import { arrayOf, explained, inRange, isIndex, orNull, result } from './common';
import type { AnswerKit, Part, QuestionModule, SchemaKit } from './types';

const schema = ({ z, base, id }: SchemaKit) =>
  z.strictObject({
    ...base,
    /** Question type. */
    type: z.literal('categorise'),
    /** The buckets items are sorted into. */
    buckets: z
      .array(
        z.strictObject({
          /** Bucket id, referenced by items. */
          id,
          /** Label shown to students. */
          label: z.string().min(1),
        }),
      )
      .min(2),
    /** The items to sort. */
    items: z
      .array(
        z.strictObject({
          /** Text of the item. */
          text: z.string().min(1),
          /** Id of the right bucket. */
          bucket: id,
          /** Why it belongs there. */
          explanation: z.string().min(1),
        }),
      )
      .min(2),
  });

const answerSchema = ({ z, index }: AnswerKit) =>
  z.strictObject({
    /** Sort into buckets. */
    type: z.literal('categorise'),
    /** For each item, the index of the chosen bucket; null until chosen. */
    buckets: z.array(index.nullable()),
  });

/** A categorise question. */
export type CategoriseQuestion = z.output<ReturnType<typeof schema>>;
/** A categorise answer: per item, the chosen bucket's index or null. */
export type CategoriseAnswer = z.output<ReturnType<typeof answerSchema>>;

/** The label of a bucket by id (the id itself if unknown). */
export const bucketLabel = (q: CategoriseQuestion, id: string): string =>
  q.buckets.find((b) => b.id === id)?.label ?? id;

const placedLabel = (q: CategoriseQuestion, index: number | null | undefined): string =>
  index === null || index === undefined ? '—' : (q.buckets[index]?.label ?? '—');

/** The categorise type. */
export const categorise: QuestionModule<CategoriseQuestion, CategoriseAnswer> = {
  type: 'categorise',
  tag: 4,
  schema,
  answerSchema,
  answerFields: { buckets: [arrayOf(orNull(isIndex)), 'a list of whole numbers from 0 or nulls'] },
  listLength: (q) => q.items.length,
  score(q, a) {
    const buckets = a?.buckets ?? [];
    const ids = q.buckets.map((b) => b.id);
    const parts: Part[] = q.items.map((item, i) => {
      const placed = buckets[i];
      const chosen = placed !== undefined && placed !== null;
      return { kind: 'item', index: i, chosen, right: chosen && ids[placed] === item.bucket };
    });
    return result(parts.filter((p) => p.right).length / q.items.length, parts);
  },
  complete: (q, a) => q.items.every((_, i) => typeof a.buckets[i] === 'number'),
  validate(q, a) {
    const items = q.items.length;
    const buckets = q.buckets.length;
    if (a.buckets.length !== items) return `${a.buckets.length} placements were given for ${items} items`;
    const bad = a.buckets.find((b) => b !== null && !inRange(b, buckets));
    return bad === undefined || bad === null ? undefined : `bucket ${bad} is not one of the ${buckets} buckets`;
  },
  correct: (q) => ({
    type: 'categorise',
    buckets: q.items.map((item) => q.buckets.findIndex((b) => b.id === item.bucket)),
  }),
  optionText: (q, i) => q.items[i]?.text ?? '',
  answerText: (q, a) => q.items.map((item, i) => `${item.text} → ${placedLabel(q, a.buckets[i])}`).join('; '),
  rightText: (q) => q.items.map((item) => `${item.text} → ${bucketLabel(q, item.bucket)}`).join('; '),
  explanations: (q) => q.items.map((item) => item.explanation),
  texts: (q) => explained('items', q.items),
  check(q, kit) {
    kit.distinct(
      'buckets',
      q.buckets.map((b) => b.id),
      'bucket id',
    );
    kit.distinct(
      'items',
      q.items.map((item) => item.text),
      'item text',
    );
    const buckets = new Set(q.buckets.map((b) => b.id));
    q.items.forEach((item, ii) => {
      if (!buckets.has(item.bucket)) {
        kit.push(
          `items[${ii}].bucket`,
          item.bucket,
          `refers to unknown bucket "${item.bucket}". Buckets are: ${[...buckets].join(', ')}.`,
        );
      }
    });
  },
  encode: (a, out) => {
    out.list(a.buckets.map((b) => (b === null ? 0 : b + 1)));
  },
  decode: (r) => {
    const buckets = r.list();
    return buckets && { type: 'categorise', buckets: buckets.map((b) => (b === 0 ? null : b - 1)) };
  },
  exportItems: (q, { L, stem, matching }) => [
    matching(
      q.id,
      `${stem(q.prompt)}\n\n${L.categoriseNote}`,
      q.items.map((item) => ({
        text: item.text,
        answer: Math.max(
          0,
          q.buckets.findIndex((b) => b.id === item.bucket),
        ),
        explanation: item.explanation,
      })),
      q.buckets.map((b) => b.label),
      L.categoriseComment,
    ),
  ],
};
