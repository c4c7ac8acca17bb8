/**
 * The Blackboard "Upload Questions" file, parsed back as tab-separated values and checked
 * against the row structure Blackboard documents for each question type.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/answer-text';
import { toBlackboard, tsvField } from '../../src/lib/exports/blackboard';
import type { ExportSet } from '../../src/lib/exports/common';
import { exportLabels } from '../../src/lib/exports/labels';
import type { Question } from '../../src/lib/quiz';
import { EXPORT_SETS } from '../helpers/teach';

const L = exportLabels();

/** The rows of a file: one per line, fields split on tabs. */
function rows(file: string): string[][] {
  expect(file.endsWith('\n')).toBe(true);
  const lines = file.slice(0, -1).split('\n');
  // No header row and no blank lines: every line is a question.
  for (const l of lines) expect(l.trim(), 'a blank line').not.toBe('');
  return lines.map((l) => l.split('\t'));
}

/** Checks one row against the documented structure of its type; returns the fields after the stem. */
function checkRow(row: string[]): string[] {
  const [type = '', stem = '', ...rest] = row;
  expect(stem.length, `${type} without question text`).toBeGreaterThan(0);
  for (const field of row) expect(field).toBe(tsvField(field));
  switch (type) {
    case 'MC':
    case 'MA': {
      expect(rest.length % 2, `${type}: answers come in (text, correct|incorrect) pairs`).toBe(0);
      const marks = rest.filter((_, i) => i % 2 === 1);
      for (const m of marks) expect(['correct', 'incorrect']).toContain(m);
      expect(marks.length).toBeLessThanOrEqual(20);
      if (type === 'MC') expect(marks.filter((m) => m === 'correct')).toHaveLength(1);
      else expect(marks.filter((m) => m === 'correct').length).toBeGreaterThan(0);
      break;
    }
    case 'TF':
      expect(rest).toHaveLength(1);
      expect(['true', 'false']).toContain(rest[0]);
      break;
    case 'ORD':
      expect(rest.length).toBeGreaterThanOrEqual(2);
      expect(rest.length).toBeLessThanOrEqual(20);
      break;
    case 'MAT':
      expect(rest.length % 2).toBe(0);
      break;
    case 'ESS':
      expect(rest.length).toBeLessThanOrEqual(1);
      break;
    default:
      throw new Error(`row type "${type}" is not one Blackboard documents`);
  }
  return rest;
}

const pairs = <T>(xs: readonly T[]): [T, T][] =>
  xs.flatMap((x, i) => (i % 2 === 0 ? [[x, xs[i + 1] as T] as [T, T]] : []));

const one = (set: ExportSet, q: Question): string[][] => rows(toBlackboard({ ...set, questions: [q] }, L));

describe('Blackboard Upload Questions export', () => {
  it('turns tabs and line breaks inside text into spaces', () => {
    expect(tsvField(' a\tb\r\nc\n\nd  e ')).toBe('a b c d e');
  });

  for (const set of EXPORT_SETS) {
    it(`${set.id}: every row has its documented structure and the source's right answers`, () => {
      const all = rows(toBlackboard(set, L));
      all.forEach(checkRow);
      let count = 0;
      for (const q of set.questions) {
        const mine = one(set, q);
        count += mine.length;
        const [first] = mine;
        if (!first) throw new Error(`${q.id}: no row`);
        const rest = checkRow(first);
        expect(first[1]?.startsWith(tsvField(plainText(q.prompt))), q.id).toBe(true);
        switch (q.type) {
          case 'single':
          case 'multiple':
            expect(first[0]).toBe(q.type === 'single' ? 'MC' : 'MA');
            expect(pairs(rest)).toEqual(q.options.map((o) => [tsvField(o.text), o.correct ? 'correct' : 'incorrect']));
            break;
          case 'evidence':
            expect(first[0]).toBe('MC');
            expect(pairs(rest).map(([, m]) => m)).toEqual(q.options.map((o) => (o.correct ? 'correct' : 'incorrect')));
            break;
          case 'truefalse': {
            expect(first).toEqual(['TF', tsvField(plainText(q.prompt)), String(q.answer)]);
            const why = mine[1];
            if (!why) throw new Error(`${q.id}: its "why?" row is missing`);
            expect(why[0]).toBe('MC');
            expect(pairs(checkRow(why))).toEqual(
              q.why.map((o) => [tsvField(o.text), o.correct ? 'correct' : 'incorrect']),
            );
            break;
          }
          case 'order':
            // The key, in the right order; Blackboard shows it shuffled.
            expect(first[0]).toBe('ORD');
            expect(rest).toEqual(q.items.map((item) => tsvField(item.text)));
            break;
          case 'categorise': {
            const oneToOne =
              q.items.length === q.buckets.length && new Set(q.items.map((i) => i.bucket)).size === q.items.length;
            if (oneToOne) {
              expect(first[0]).toBe('MAT');
              break;
            }
            // One choice row per item, its group marked correct.
            expect(mine).toHaveLength(q.items.length);
            mine.forEach((row, i) => {
              const item = q.items[i];
              expect(row[0]).toBe('MC');
              expect(row[1]).toContain(tsvField(item?.text ?? ''));
              expect(pairs(checkRow(row))).toEqual(
                q.buckets.map((b) => [tsvField(b.label), b.id === item?.bucket ? 'correct' : 'incorrect']),
              );
            });
            break;
          }
          case 'open':
            expect(first[0]).toBe('ESS');
            expect(rest).toEqual([tsvField(L.graderInfo(q.model, q.rubric))]);
            break;
        }
      }
      expect(all).toHaveLength(count);
    });
  }
});
