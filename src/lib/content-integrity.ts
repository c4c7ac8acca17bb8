/**
 * Content rules that are not references between files: the lesson body is the primary source
 * word for word, the source file a lesson names exists, and timeline dates are real and in
 * order. Each problem names the file, the field, the bad value and a fix, like the reference
 * checker's (src/lib/references.ts), and fails the build through `checkContent`.
 */
import { parseSourceText, type SourceText } from './article';
import type { ContentInput, LessonSource } from './content-types';
import { parsePartialDate, type PartialDate } from './dates';
import { buildMap, MapDataError } from './map';
import type { ReferenceProblem } from './references';
import { closestId } from './suggest';
import { isPlaceholder } from './new-lesson';
import { endsBeforeStart } from './timeline';

/** Words shown either side of a difference, so the author can find the place. */
const CONTEXT_WORDS = 3;

/** How two versions of a paragraph differ, in words. */
export interface WordDifference {
  /** The differing words of the lesson's copy ("" when the lesson leaves words out). */
  lesson: string;
  /** The differing words of the source ("" when the lesson adds words). */
  source: string;
  /** A few words before the difference, to find it. */
  before: string;
  /** A few words after it. */
  after: string;
}

/**
 * The words by which `lesson` differs from `source`: everything between their common first and
 * last words. Undefined when they are the same text, whitespace folded.
 */
export function wordDifference(lesson: string, source: string): WordDifference | undefined {
  const a = lesson.split(/\s+/u).filter(Boolean);
  const b = source.split(/\s+/u).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (start === a.length && start === b.length) return undefined;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return {
    lesson: a.slice(start, a.length - end).join(' '),
    source: b.slice(start, b.length - end).join(' '),
    before: a.slice(Math.max(0, start - CONTEXT_WORDS), start).join(' '),
    after: a.slice(a.length - end, a.length - end + CONTEXT_WORDS).join(' '),
  };
}

/** "the lesson has "nearly" where the source has "almost"", for each kind of difference. */
function describeDifference(d: WordDifference): string {
  const at = `${d.before ? `after "${d.before}"` : 'at the start'}${d.after ? `, before "${d.after}"` : ''}`;
  if (d.source === '') return `the lesson adds "${d.lesson}" ${at}`;
  if (d.lesson === '') return `the lesson leaves out "${d.source}" ${at}`;
  return `the lesson has "${d.lesson}" where the source has "${d.source}" (${at})`;
}

/** The file name of a project-relative path. */
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Problems with a lesson's source file itself: missing or empty. */
function sourceFileProblem(file: string, sourceFile: string, source: LessonSource): ReferenceProblem | undefined {
  if (source.text === undefined) {
    const suggestion = closestId(sourceFile, source.available);
    const hint =
      suggestion === undefined
        ? 'Put the article\'s verbatim text in that file (see docs/authoring.md), or run "npm run new:lesson -- <article.txt>".'
        : `Did you mean "${suggestion}"?`;
    return {
      file,
      field: 'sourceFile',
      bad: sourceFile,
      ...(suggestion === undefined ? {} : { suggestion }),
      message: `${file}: sourceFile names "${sourceFile}", but there is no ${source.file}. ${hint}`,
    };
  }
  return undefined;
}

/**
 * The article-integrity promise, for every lesson: its body is the source text paragraph for
 * paragraph, its title is the source's headline and its photo credit the source's credit.
 */
export function checkLessonSources(lessons: ContentInput['lessons']): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const lesson of lessons) {
    const missing = sourceFileProblem(lesson.file, lesson.data.sourceFile, lesson.source);
    if (missing) {
      problems.push(missing);
      continue;
    }
    let source: SourceText;
    try {
      source = parseSourceText(lesson.source.text ?? '');
    } catch (error) {
      problems.push({
        file: lesson.source.file,
        field: 'text',
        bad: '',
        message: `${lesson.source.file}: ${(error as Error).message} Paste the article there: headline, then paragraphs, separated by blank lines.`,
      });
      continue;
    }
    const sourceName = baseName(lesson.source.file);
    if (lesson.data.title !== source.headline) {
      problems.push({
        file: lesson.file,
        field: 'title',
        bad: lesson.data.title,
        suggestion: source.headline,
        message: `${lesson.file}: title is "${lesson.data.title}", but the headline in ${sourceName} is "${source.headline}". The title must be the headline exactly as published: did you mean "${source.headline}"?`,
      });
    }
    if (source.photoCredit !== undefined && lesson.data.photoCredit !== source.photoCredit) {
      problems.push({
        file: lesson.file,
        field: 'photoCredit',
        bad: lesson.data.photoCredit ?? '',
        suggestion: source.photoCredit,
        message: `${lesson.file}: photoCredit is ${lesson.data.photoCredit === undefined ? 'missing' : `"${lesson.data.photoCredit}"`}, but ${sourceName} credits "${source.photoCredit}". Did you mean "${source.photoCredit}"?`,
      });
    }
    const count = Math.max(lesson.paragraphs.length, source.paragraphs.length);
    for (let i = 0; i < count; i += 1) {
      const mine = lesson.paragraphs[i];
      const theirs = source.paragraphs[i];
      const field = `body paragraph ${i + 1}`;
      if (mine === undefined || theirs === undefined) {
        problems.push({
          file: lesson.file,
          field: 'body',
          bad: String(lesson.paragraphs.length),
          suggestion: String(source.paragraphs.length),
          message: `${lesson.file}: the body has ${lesson.paragraphs.length} paragraphs, but ${sourceName} has ${source.paragraphs.length}. ${
            mine === undefined
              ? `Paragraph ${i + 1} of the source is missing: "${theirs ?? ''}".`
              : `Paragraph ${i + 1} is not in the source: "${mine}".`
          } Separate paragraphs with one blank line, as in ${sourceName}.`,
        });
        break;
      }
      const difference = wordDifference(mine, theirs);
      if (difference === undefined) continue;
      problems.push({
        file: lesson.file,
        field,
        bad: difference.lesson,
        suggestion: difference.source,
        message: `${lesson.file}: ${field} differs from ${sourceName}: ${describeDifference(difference)}. The lesson is the article word for word: copy paragraph ${i + 1} from ${sourceName}.`,
      });
    }
  }
  return problems;
}

/** The nearest real date to an impossible one: the last day of its month. */
function nearestRealDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
}

/** Timeline dates that are not real dates, and spans that end before they start. */
export function checkTimelineDates(timeline: ContentInput['timeline']): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const event of timeline) {
    const parse = (field: 'date' | 'end', text: string): PartialDate | undefined => {
      try {
        return parsePartialDate(text);
      } catch (error) {
        const suggestion = nearestRealDate(text);
        const fix =
          suggestion === undefined
            ? 'Write it as YYYY, YYYY-MM or YYYY-MM-DD.'
            : `Did you mean "${suggestion}"? If the day is not known, write the month alone ("${text.slice(0, 7)}").`;
        problems.push({
          file: event.file,
          field,
          bad: text,
          ...(suggestion === undefined ? {} : { suggestion }),
          message: `${event.file}: ${field} "${text}" is not a real date (${(error as Error).message.replace(/^Invalid date "[^"]*": /, '').replace(/\.$/, '')}). ${fix}`,
        });
        return undefined;
      }
    };
    const start = parse('date', event.data.date);
    const end = event.data.end === undefined ? undefined : parse('end', event.data.end);
    if (start && end && event.data.end !== undefined && endsBeforeStart(start, end)) {
      problems.push({
        file: event.file,
        field: 'end',
        bad: event.data.end,
        suggestion: event.data.date,
        message: `${event.file}: end "${event.data.end}" is before date "${event.data.date}"; a span must end after it starts. Did you mean to swap them (date: "${event.data.end}", end: "${event.data.date}")?`,
      });
    }
  }
  return problems;
}

/** The message for a field that still holds the placeholder `npm run new:lesson` wrote. */
export function formatPlaceholder(file: string, field: string, value: string): string {
  return `${file}: ${field} is still the placeholder "${value}". Replace it with the real value (docs/authoring.md explains each field).`;
}

/** Fields of one entry's data (top level, and items of lists) still holding a placeholder. */
export function placeholderProblems(file: string, data: unknown): ReferenceProblem[] {
  if (typeof data !== 'object' || data === null) return [];
  const problems: ReferenceProblem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (!isPlaceholder(v)) return;
      const field = Array.isArray(value) ? `${key}[${i}]` : key;
      problems.push({ file, field, bad: String(v), message: formatPlaceholder(file, field, String(v)) });
    });
  }
  return problems;
}

/**
 * Lesson frontmatter still holding the "TODO: …" placeholders of `npm run new:lesson`; the
 * schema lets most of them through (they are text), so without this a lesson could go out
 * with "TODO" on its page.
 */
export function checkPlaceholders(lessons: ContentInput['lessons']): ReferenceProblem[] {
  return lessons.flatMap((lesson) => placeholderProblems(lesson.file, lesson.data));
}

/**
 * Lesson maps: every country name is one the atlas knows, every named country lies in the view,
 * a lesson has at most one map, and the file is named after its lesson (the page finds it by lesson).
 */
export function checkMaps(maps: ContentInput['maps']): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const seen = new Map<string, string>();
  for (const map of maps) {
    const first = seen.get(map.data.lesson);
    if (first !== undefined) {
      problems.push({
        file: map.file,
        field: 'lesson',
        bad: map.data.lesson,
        message: `${map.file}: lesson "${map.data.lesson}" already has a map in ${first}; a lesson has one map. Merge the two files.`,
      });
    }
    seen.set(map.data.lesson, map.file);
    try {
      buildMap(map.data, map.file);
    } catch (error) {
      if (!(error instanceof MapDataError)) throw error;
      problems.push({
        file: map.file,
        field: error.field,
        bad: error.bad,
        ...(error.suggestion === undefined ? {} : { suggestion: error.suggestion }),
        message: error.message,
      });
    }
  }
  return problems;
}
