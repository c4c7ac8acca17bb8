import type { Question } from '../schemas/quiz';
import type { ClaimsFileShape, ContentInput } from './content-types';
import { isPlaceholder } from './new-lesson';
import { citations } from './quiz';
import { checkLessonSources, checkPlaceholders, checkTimelineDates } from './content-integrity';
import {
  checkIdRefs,
  checkParagraphRefs,
  checkPassageRefs,
  type IdRef,
  type ParagraphRef,
  type PassageRef,
  type ReferenceProblem,
} from './references';

export type { ContentInput } from './content-types';

/** Speakers that are not glossary entries: the article's own voice. */
const NON_GLOSSARY_SPEAKERS = new Set(['outlet']);

/** Every text of a question a reader sees, with its field path: prompt, claim, explanations. */
function questionTexts(q: Question): [field: string, text: string][] {
  const texts: [string, string][] = [['prompt', q.prompt]];
  const explained = (field: string, xs: readonly { explanation: string }[]): void => {
    xs.forEach((x, i) => texts.push([`${field}[${i}].explanation`, x.explanation]));
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      explained('options', q.options);
      break;
    case 'evidence':
      texts.push(['claim', q.claim]);
      explained('options', q.options);
      break;
    case 'truefalse':
      texts.push(['explanations.true', q.explanations.true], ['explanations.false', q.explanations.false]);
      explained('why', q.why);
      break;
    case 'categorise':
    case 'order':
      explained('items', q.items);
      break;
  }
  return texts;
}

/** Problems in how a quiz question is authored (no right answer, duplicate id, …). */
function questionProblems(input: ContentInput): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const seen = new Map<string, string>();
  for (const set of input.quizzes) {
    set.data.questions.forEach((q, qi) => {
      const where = (field: string): { file: string; field: string } => ({
        file: set.file,
        field: `questions[${qi}] (${q.id}).${field}`,
      });
      const push = (field: string, bad: string, message: string): void => {
        problems.push({ ...where(field), bad, message: `${set.file}: question "${q.id}", field ${field}: ${message}` });
      };
      const key = `${set.data.lesson}/${q.id}`;
      const prev = seen.get(key);
      if (prev !== undefined) {
        push(
          'id',
          q.id,
          `duplicate question id; it is already used in ${prev}. Give every question in a lesson its own id.`,
        );
      }
      seen.set(key, set.file);
      const distinct = (field: string, values: readonly (string | number)[], what: string): void => {
        const earlier = new Set<string | number>();
        values.forEach((value, i) => {
          if (earlier.has(value)) {
            push(
              `${field}[${i}]`,
              String(value),
              `repeats ${what} ${JSON.stringify(value)}; make every ${what} different.`,
            );
          }
          earlier.add(value);
        });
      };
      // Each explanation says where in the article its answer comes from, so readers can check it.
      for (const [field, text] of questionTexts(q)) {
        if (field !== 'prompt' && field !== 'claim') {
          if (citations(text).every((part) => part.paragraph === undefined)) {
            push(field, text, 'does not cite a paragraph; add the paragraph it rests on, e.g. "(¶3)".');
          }
        }
      }
      const exactlyOne = (field: string, options: readonly { correct: boolean }[]): void => {
        const n = options.filter((o) => o.correct).length;
        if (n !== 1) push(field, String(n), `has ${n} correct options; mark exactly one with "correct: true".`);
      };
      switch (q.type) {
        case 'single':
          exactlyOne('options', q.options);
          distinct(
            'options',
            q.options.map((o) => o.text),
            'option text',
          );
          break;
        case 'evidence':
          exactlyOne('options', q.options);
          distinct(
            'options',
            q.options.map((o) => o.paragraph),
            'paragraph',
          );
          break;
        case 'multiple':
          if (!q.options.some((o) => o.correct))
            push('options', '0', 'has no correct option; mark at least one with "correct: true".');
          distinct(
            'options',
            q.options.map((o) => o.text),
            'option text',
          );
          break;
        case 'truefalse':
          exactlyOne('why', q.why);
          distinct(
            'why',
            q.why.map((o) => o.text),
            'reason text',
          );
          break;
        case 'categorise': {
          distinct(
            'buckets',
            q.buckets.map((b) => b.id),
            'bucket id',
          );
          distinct(
            'items',
            q.items.map((item) => item.text),
            'item text',
          );
          const buckets = new Set(q.buckets.map((b) => b.id));
          q.items.forEach((item, ii) => {
            if (!buckets.has(item.bucket)) {
              push(
                `items[${ii}].bucket`,
                item.bucket,
                `refers to unknown bucket "${item.bucket}". Buckets are: ${[...buckets].join(', ')}.`,
              );
            }
          });
          break;
        }
        case 'order':
          distinct(
            'items',
            q.items.map((item) => item.text),
            'item text',
          );
          break;
      }
    });
  }
  return problems;
}

/**
 * Checks every cross-reference in a lesson content set and returns all problems found:
 * lesson → glossary terms and sources; glossary → related entries and sources; timeline →
 * glossary actors, sources and paragraphs; notes and claims → passages, speakers and sources;
 * quizzes → lesson, paragraph anchors, skills, sources, timeline events and their own answers;
 * and every lesson body against its verbatim source, and timeline dates (src/lib/content-integrity.ts).
 */
export function checkContent(input: ContentInput): ReferenceProblem[] {
  const ids = (xs: readonly { id: string }[]): Set<string> => new Set(xs.map((x) => x.id));
  const lessonIds = ids(input.lessons);
  const eventsByLesson = new Map<string, Set<string>>();
  for (const e of input.timeline) {
    const set = eventsByLesson.get(e.data.lesson) ?? new Set<string>();
    set.add(e.slug);
    eventsByLesson.set(e.data.lesson, set);
  }
  const known = new Map<string, ReadonlySet<string>>([
    ['glossary', ids(input.glossary)],
    ['source', ids(input.sources)],
    ['skill', ids(input.skills)],
    ['lesson', lessonIds],
  ]);
  const idRefs: IdRef[] = [];
  const paraRefs: ParagraphRef[] = [];
  const passageRefs: PassageRef[] = [];
  const eventProblems: ReferenceProblem[] = [];
  const addIds = (file: string, field: string, target: string, values: readonly string[]): void => {
    values.forEach((value, i) => idRefs.push({ file, field: `${field}[${i}]`, target, value }));
  };
  const addParas = (file: string, field: string, lesson: string, values: readonly number[]): void => {
    values.forEach((value, i) => paraRefs.push({ file, field: `${field}[${i}]`, lesson, value }));
  };

  for (const lesson of input.lessons) {
    // A placeholder source id is reported once, as a placeholder (checkPlaceholders).
    lesson.data.sources.forEach((value, i) => {
      if (!isPlaceholder(value)) idRefs.push({ file: lesson.file, field: `sources[${i}]`, target: 'source', value });
    });
    addIds(lesson.file, 'body <Term id>', 'glossary', lesson.termIds);
  }
  for (const entry of input.glossary) {
    addIds(entry.file, 'related', 'glossary', entry.data.related);
    addIds(entry.file, 'sources', 'source', entry.data.sources);
  }
  for (const event of input.timeline) {
    idRefs.push({ file: event.file, field: 'lesson', target: 'lesson', value: event.data.lesson });
    addIds(event.file, 'actors', 'glossary', event.data.actors);
    addIds(event.file, 'sources', 'source', event.data.sources);
    addParas(event.file, 'paragraphs', event.data.lesson, event.data.paragraphs);
  }
  for (const note of input.notes) {
    idRefs.push({ file: note.file, field: 'lesson', target: 'lesson', value: note.data.lesson });
    addIds(note.file, 'sources', 'source', note.data.sources);
    addIds(note.file, 'body <Term id>', 'glossary', note.termIds);
    paraRefs.push({ file: note.file, field: 'paragraph', lesson: note.data.lesson, value: note.data.paragraph });
    passageRefs.push({
      file: note.file,
      field: 'anchor',
      lesson: note.data.lesson,
      paragraph: note.data.paragraph,
      text: note.data.anchor,
    });
  }
  for (const file of input.claims) {
    const data: ClaimsFileShape = file.data;
    idRefs.push({ file: file.file, field: 'lesson', target: 'lesson', value: data.lesson });
    data.claims.forEach((claim, i) => {
      const field = `claims[${i}] (${claim.id})`;
      if (!NON_GLOSSARY_SPEAKERS.has(claim.speaker)) {
        idRefs.push({ file: file.file, field: `${field}.speaker`, target: 'glossary', value: claim.speaker });
      }
      addIds(file.file, `${field}.sources`, 'source', claim.sources);
      paraRefs.push({ file: file.file, field: `${field}.paragraph`, lesson: data.lesson, value: claim.paragraph });
      passageRefs.push({
        file: file.file,
        field: `${field}.quote`,
        lesson: data.lesson,
        paragraph: claim.paragraph,
        text: claim.quote,
      });
    });
  }
  for (const guide of input.guides) {
    idRefs.push({ file: guide.file, field: 'lesson', target: 'lesson', value: guide.data.lesson });
    guide.data.lateral.professionals.forEach((p, i) =>
      idRefs.push({ file: guide.file, field: `lateral.professionals[${i}].source`, target: 'source', value: p.source }),
    );
  }
  for (const set of input.quizzes) {
    idRefs.push({ file: set.file, field: 'lesson', target: 'lesson', value: set.data.lesson });
    if (set.data.after !== undefined) {
      paraRefs.push({ file: set.file, field: 'after', lesson: set.data.lesson, value: set.data.after });
    }
    const events = eventsByLesson.get(set.data.lesson) ?? new Set<string>();
    set.data.questions.forEach((q, qi) => {
      const field = `questions[${qi}] (${q.id})`;
      addIds(set.file, `${field}.skills`, 'skill', q.skills);
      addIds(set.file, `${field}.sources`, 'source', q.sources);
      addParas(set.file, `${field}.paragraphs`, set.data.lesson, q.paragraphs);
      // "¶N" in what readers see becomes a link to #pN, so it must name a real paragraph.
      for (const [textField, text] of questionTexts(q)) {
        for (const part of citations(text)) {
          if (part.paragraph !== undefined) {
            paraRefs.push({
              file: set.file,
              field: `${field}.${textField} (${part.text})`,
              lesson: set.data.lesson,
              value: part.paragraph,
            });
          }
        }
      }
      if (q.type === 'evidence') {
        addParas(
          set.file,
          `${field}.options.paragraph`,
          set.data.lesson,
          q.options.map((o) => o.paragraph),
        );
      }
      if (q.type === 'order') {
        eventProblems.push(
          ...checkIdRefs(
            q.items.flatMap((item, ii) =>
              item.event === undefined
                ? []
                : [
                    {
                      file: set.file,
                      field: `${field}.items[${ii}].event`,
                      target: 'timeline event',
                      value: item.event,
                    },
                  ],
            ),
            new Map([['timeline event', events]]),
          ),
        );
      }
    });
  }

  const paragraphCounts = new Map(input.lessons.map((l) => [l.id, l.paragraphs.length] as const));
  const paragraphs = new Map(input.lessons.map((l) => [l.id, l.paragraphs] as const));
  return [
    ...checkPlaceholders(input.lessons),
    ...checkLessonSources(input.lessons),
    ...checkTimelineDates(input.timeline),
    ...checkIdRefs(idRefs, known),
    ...eventProblems,
    ...checkParagraphRefs(paraRefs, paragraphCounts),
    ...checkPassageRefs(passageRefs, paragraphs),
    ...questionProblems(input),
  ];
}
