import { closestId } from './suggest';

/** A content item that refers to other items by id. */
export interface RefSite {
  /** Path of the file that holds the reference, relative to the project root. */
  file: string;
  /** Where in the file, e.g. `actors[1]` or `questions[3] (check-source).paragraphs[0]`. */
  field: string;
}

/** One reference to check: `value` must be one of the ids in the target collection. */
export interface IdRef extends RefSite {
  /** Which collection the id must exist in: "glossary", "source", "skill", "lesson", "timeline event". */
  target: string;
  /** The id as written. */
  value: string;
}

/** One broken reference, ready to print. */
export interface ReferenceProblem extends RefSite {
  /** The id or text that does not resolve. */
  bad: string;
  /** The closest valid value, when there is one. */
  suggestion?: string;
  /** The full message, naming file, field, bad value and suggestion. */
  message: string;
}

/** Builds the message for an id that does not exist; its wording is locked by unit tests. */
export function formatUnknownId(site: RefSite, target: string, bad: string, suggestion?: string): string {
  const hint = suggestion === undefined ? `No ${target} ids exist yet.` : `Did you mean "${suggestion}"?`;
  return `${site.file}: ${site.field} refers to unknown ${target} id "${bad}". ${hint}`;
}

/** Checks every id reference against the ids that exist, returning one problem per bad reference. */
export function checkIdRefs(
  refs: readonly IdRef[],
  known: ReadonlyMap<string, ReadonlySet<string>>,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const ref of refs) {
    const ids = known.get(ref.target);
    if (ids === undefined) throw new Error(`Reference checker has no collection called "${ref.target}".`);
    if (ids.has(ref.value)) continue;
    const suggestion = closestId(ref.value, ids);
    problems.push({
      file: ref.file,
      field: ref.field,
      bad: ref.value,
      ...(suggestion === undefined ? {} : { suggestion }),
      message: formatUnknownId(ref, ref.target, ref.value, suggestion),
    });
  }
  return problems;
}

/** A paragraph-number reference: `value` must be between 1 and the lesson's paragraph count. */
export interface ParagraphRef extends RefSite {
  lesson: string;
  value: number;
}

/** Checks paragraph anchors (`#pN`) against the number of paragraphs each lesson has. */
export function checkParagraphRefs(
  refs: readonly ParagraphRef[],
  paragraphCounts: ReadonlyMap<string, number>,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const ref of refs) {
    const count = paragraphCounts.get(ref.lesson);
    if (count === undefined || (ref.value >= 1 && ref.value <= count)) continue;
    const suggestion = `p${Math.min(Math.max(ref.value, 1), count)}`;
    problems.push({
      file: ref.file,
      field: ref.field,
      bad: `p${ref.value}`,
      suggestion,
      message: `${ref.file}: ${ref.field} refers to paragraph anchor "p${ref.value}", but lesson "${ref.lesson}" has paragraphs p1 to p${count}. Did you mean "${suggestion}"?`,
    });
  }
  return problems;
}

/** A passage reference: `text` must occur, exactly, in the given paragraph. */
export interface PassageRef extends RefSite {
  lesson: string;
  paragraph: number;
  text: string;
}

/** Checks that quoted passages (note anchors, claim quotes) occur word for word in their paragraph. */
export function checkPassageRefs(
  refs: readonly PassageRef[],
  paragraphs: ReadonlyMap<string, readonly string[]>,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const ref of refs) {
    const text = paragraphs.get(ref.lesson)?.[ref.paragraph - 1];
    if (text === undefined || text.includes(ref.text)) continue;
    const elsewhere = paragraphs.get(ref.lesson)?.findIndex((p) => p.includes(ref.text)) ?? -1;
    const hint =
      elsewhere >= 0
        ? `It occurs in p${elsewhere + 1}: did you mean paragraph ${elsewhere + 1}?`
        : 'Copy the passage character for character, including curly quotes.';
    problems.push({
      file: ref.file,
      field: ref.field,
      bad: ref.text,
      ...(elsewhere >= 0 ? { suggestion: `p${elsewhere + 1}` } : {}),
      message: `${ref.file}: ${ref.field} quotes "${ref.text}", which is not in paragraph p${ref.paragraph} of lesson "${ref.lesson}". ${hint}`,
    });
  }
  return problems;
}

/** Raised at build time when content has broken references; lists every problem at once. */
export class ContentReferenceError extends Error {
  /** The individual problems. */
  readonly problems: readonly ReferenceProblem[];

  constructor(problems: readonly ReferenceProblem[]) {
    super(
      `Gloss found ${problems.length} broken content reference${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p.message}`).join('\n'),
    );
    this.name = 'ContentReferenceError';
    this.problems = problems;
  }
}
