/**
 * Checks of the lateral-reading tasks (`content/lessons/<slug>.lateral.yaml`) and of every other
 * suggested search in content (the reading guide's `lateral.searches`). A suggested search must
 * not give the answer away: the student is meant to find out which organisation met, not to be
 * told it in the search box, so a search may not contain any of the task's `answerTerms`.
 */
import type { ContentInput } from './content-types';
import { checkIdRefs, type IdRef, type ReferenceProblem } from './references';

/** Escapes `text` for use inside a regular expression. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that finds `term` as a whole word or phrase, in any case ("SCO" in "SCO's", not in "Moscow"). */
const wholeWord = (term: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

/** The answer terms a search contains, in the order they are declared. */
export function answerTermsIn(search: string, answerTerms: readonly string[]): string[] {
  return answerTerms.filter((term) => term.trim() !== '' && wholeWord(term).test(search));
}

/** The search with the given terms taken out, as the fix to suggest. */
export function withoutTerms(search: string, terms: readonly string[]): string {
  const stripped = terms.reduce((text, term) => text.replace(new RegExp(wholeWord(term), 'giu'), ' '), search);
  return stripped.replace(/\s+/g, ' ').trim();
}

/**
 * Builds the message for a suggested search that gives its answer away; its wording is locked by a
 * unit test. Names the file, the field, the search, the words, and a neutral rewrite to start from.
 */
export function formatLeakingSearch(file: string, field: string, search: string, terms: readonly string[]): string {
  const words = terms.map((t) => `"${t}"`).join(', ');
  const fix = withoutTerms(search, terms);
  return (
    `${file}: ${field} suggests the search "${search}", which contains ${words}, listed in answerTerms as ` +
    `giving the answer away. Make the search neutral: name who, where and when, not the answer` +
    (fix === '' ? '.' : `, e.g. "${fix}".`)
  );
}

/** Problems for each search that contains an answer term. */
function leakingSearches(
  file: string,
  field: (i: number) => string,
  searches: readonly string[],
  answerTerms: readonly string[],
): ReferenceProblem[] {
  return searches.flatMap((search, i) => {
    const found = answerTermsIn(search, answerTerms);
    if (found.length === 0) return [];
    return [
      {
        file,
        field: field(i),
        bad: search,
        suggestion: withoutTerms(search, found),
        message: formatLeakingSearch(file, field(i), search, found),
      },
    ];
  });
}

/**
 * Every lateral-reading file: its lesson (from the file name) exists; each task's id is unique;
 * its claim is one of that lesson's claims; its results and finding cite existing sources; the
 * results Gloss would rely on (`best`) are among its results; and no suggested search contains an
 * answer term. The reading guide's suggested searches get the same answer-term check.
 */
export function checkLateral(input: ContentInput): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const sources = new Set(input.sources.map((s) => s.id));
  const lessons = new Set(input.lessons.map((l) => l.id));
  for (const entry of input.lateral ?? []) {
    const { file, data } = entry;
    const lesson = entry.id;
    const claims = new Set(
      input.claims.filter((c) => c.data.lesson === lesson).flatMap((c) => c.data.claims.map((claim) => claim.id)),
    );
    const refs: IdRef[] = [{ file, field: 'file name', target: 'lesson', value: lesson }];
    const seen = new Set<string>();
    data.tasks.forEach((task, ti) => {
      const at = `tasks[${ti}] (${task.id})`;
      if (seen.has(task.id)) {
        problems.push({
          file,
          field: `tasks[${ti}].id`,
          bad: task.id,
          message: `${file}: tasks[${ti}].id repeats task id "${task.id}"; give every task its own id.`,
        });
      }
      seen.add(task.id);
      refs.push({ file, field: `${at}.claim`, target: 'claim', value: task.claim });
      task.results.forEach((r, ri) => {
        refs.push({ file, field: `${at}.results[${ri}].source`, target: 'source', value: r.source });
      });
      task.sources.forEach((s, si) => {
        refs.push({ file, field: `${at}.sources[${si}]`, target: 'source', value: s });
      });
      problems.push(
        ...checkIdRefs(
          task.best.map((value, bi) => ({ file, field: `${at}.best[${bi}]`, target: 'result of this task', value })),
          new Map([['result of this task', new Set(task.results.map((r) => r.source))]]),
        ),
        ...leakingSearches(file, (i) => `${at}.searches[${i}]`, task.searches, task.answerTerms),
      );
    });
    problems.push(
      ...checkIdRefs(
        refs,
        new Map([
          ['lesson', lessons],
          ['claim', claims],
          ['source', sources],
        ]),
      ),
    );
  }
  for (const guide of input.guides) {
    guide.data.lateral.searches.forEach((s, i) => {
      problems.push(
        ...leakingSearches(guide.file, () => `lateral.searches[${i}].query`, [s.query], s.answerTerms ?? []),
      );
    });
  }
  return problems;
}
