import { moduleOf, type Question, type QuestionText } from './questions';
import type { ClaimsFileShape, ContentInput } from './content-types';
import { isPlaceholder } from './new-lesson';
import { checkPlans } from './plan';
import { citations } from './quiz';
import { MAX_SPEAKERS, SPEAKER_COLOURS, SPEAKER_LINES } from './speakers';
import { checkLateral } from './lateral-check';
import { checkLessonSources, checkMaps, checkPlaceholders, checkTimelineDates } from './content-integrity';
import {
  checkIdRefs,
  checkParagraphRefs,
  checkPassageRefs,
  type IdRef,
  type ParagraphRef,
  type PassageRef,
  type ReferenceProblem,
} from './references';
import { checkSourceUrls } from './source-urls';

export type { ContentInput } from './content-types';

/** Every text of a question a reader sees, with its field path: the prompt, then its type's texts. */
function questionTexts(q: Question): QuestionText[] {
  return [{ field: 'prompt', text: q.prompt, cites: false }, ...moduleOf(q).texts(q)];
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
      // Each explanation says what it rests on, so readers can check it: a paragraph it cites, or, where
      // nothing in the article supports the point (or the student has not read that far yet), the
      // question's sources, which the quiz shows with the feedback. Forcing a "¶" into every explanation
      // led to citations of paragraphs that do not support the sentence they are attached to.
      const hasSources = q.sources.length > 0;
      for (const { field, text, cites } of questionTexts(q)) {
        if (cites && !hasSources && citations(text).every((part) => part.paragraph === undefined)) {
          push(
            field,
            text,
            'cites no paragraph, and the question lists no sources; add the paragraph it rests on, e.g. "(¶3)", or, if nothing in the article supports it, add the source it rests on to the question\'s "sources".',
          );
        }
      }
      const exactlyOne = (field: string, options: readonly { correct: boolean }[]): void => {
        const n = options.filter((o) => o.correct).length;
        if (n !== 1) push(field, String(n), `has ${n} correct options; mark exactly one with "correct: true".`);
      };
      moduleOf(q).check(q, { push, distinct, exactlyOne });
    });
  }
  return problems;
}

/**
 * A claims file's speakers: ids unique, each one used, no more than the palette can tell apart,
 * and every claim's `speaker` one of them.
 */
function checkSpeakers(file: string, data: ClaimsFileShape): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const declared = new Set<string>();
  data.speakers.forEach((speaker, i) => {
    const field = `speakers[${i}].id`;
    if (declared.has(speaker.id)) {
      problems.push({
        file,
        field,
        bad: speaker.id,
        message: `${file}: ${field} declares speaker "${speaker.id}" twice; give every speaker its own id.`,
      });
    }
    declared.add(speaker.id);
  });
  if (data.speakers.length > MAX_SPEAKERS) {
    problems.push({
      file,
      field: 'speakers',
      bad: String(data.speakers.length),
      message:
        `${file}: speakers lists ${data.speakers.length} speakers, but the claims layer can tell at most ` +
        `${MAX_SPEAKERS} apart (${SPEAKER_COLOURS} colours × ${SPEAKER_LINES.length} line styles). ` +
        'Group minor voices under one speaker, e.g. "Other officials".',
    });
  }
  problems.push(
    ...checkIdRefs(
      data.claims.map((claim, i) => ({
        file,
        field: `claims[${i}] (${claim.id}).speaker`,
        target: 'speaker',
        value: claim.speaker,
      })),
      new Map([['speaker', declared]]),
    ),
  );
  const used = new Set(data.claims.map((claim) => claim.speaker));
  data.speakers.forEach((speaker, i) => {
    if (!used.has(speaker.id)) {
      const field = `speakers[${i}].id`;
      problems.push({
        file,
        field,
        bad: speaker.id,
        message: `${file}: ${field} declares speaker "${speaker.id}", but no claim uses it; remove it from the legend or tag its claims.`,
      });
    }
  });
  return problems;
}

/**
 * Checks every cross-reference in a lesson content set and returns all problems found:
 * lesson → glossary terms and sources; a lesson's term notes → lesson and glossary; glossary →
 * related entries and sources; timeline → glossary actors, the lesson's declared tags, sources and
 * paragraphs; notes and claims → passages and sources; claims → declared speakers → glossary;
 * quizzes → lesson, paragraph anchors, skills, sources, timeline events and their own answers;
 * every source's address, which must not be a malformed, proxy or test host; and every lesson
 * body against its verbatim source, and timeline dates (src/lib/content-integrity.ts); and each
 * teacher plan's core terms, notes, questions and skills, and its minutes (src/lib/plan.ts); and
 * each lesson's lateral-reading tasks and every suggested search (src/lib/lateral-check.ts).
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
  const speakerProblems: ReferenceProblem[] = [];
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
  for (const terms of input.lessonTerms) {
    // The file is named after its lesson: content/lessons/<slug>.terms.yaml.
    idRefs.push({ file: terms.file, field: 'file name', target: 'lesson', value: terms.id });
    for (const id of Object.keys(terms.data.why)) {
      idRefs.push({ file: terms.file, field: `why.${id}`, target: 'glossary', value: id });
    }
  }
  for (const entry of input.glossary) {
    addIds(entry.file, 'related', 'glossary', entry.data.related);
    addIds(entry.file, 'sources', 'source', entry.data.sources);
  }
  const tagsByLesson = new Map<string, Set<string>>();
  for (const file of input.timelineTags) {
    idRefs.push({ file: file.file, field: 'lesson', target: 'lesson', value: file.data.lesson });
    const declared = new Set<string>();
    file.data.tags.forEach((tag, i) => {
      if (declared.has(tag.id)) {
        const field = `tags[${i}].id`;
        eventProblems.push({
          file: file.file,
          field,
          bad: tag.id,
          message: `${file.file}: ${field} declares timeline tag "${tag.id}" twice; give every tag its own id.`,
        });
      }
      declared.add(tag.id);
    });
    tagsByLesson.set(file.data.lesson, declared);
  }
  for (const event of input.timeline) {
    idRefs.push({ file: event.file, field: 'lesson', target: 'lesson', value: event.data.lesson });
    const declared = tagsByLesson.get(event.data.lesson);
    if (declared === undefined) {
      // The tags file sits beside the lesson's events folder: content/timeline/<lesson>.yaml.
      const tagsFile = `${event.file.replace(/\/[^/]+\/[^/]+$/, '')}/${event.data.lesson}.yaml`;
      eventProblems.push({
        file: event.file,
        field: 'tags',
        bad: event.data.tags.join(', '),
        message: `${event.file}: tags uses ${event.data.tags.map((tag) => `"${tag}"`).join(', ')}, but lesson "${event.data.lesson}" declares no timeline tags. List each tag with its label in ${tagsFile}.`,
      });
    } else {
      eventProblems.push(
        ...checkIdRefs(
          event.data.tags.map((value, i) => ({ file: event.file, field: `tags[${i}]`, target: 'timeline tag', value })),
          new Map([['timeline tag', declared]]),
        ),
      );
    }
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
    speakerProblems.push(...checkSpeakers(file.file, data));
    data.speakers.forEach((speaker, i) => {
      if (speaker.glossary !== undefined) {
        idRefs.push({
          file: file.file,
          field: `speakers[${i}] (${speaker.id}).glossary`,
          target: 'glossary',
          value: speaker.glossary,
        });
      }
    });
    data.claims.forEach((claim, i) => {
      const field = `claims[${i}] (${claim.id})`;
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
      for (const { field: textField, text } of questionTexts(q)) {
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
      const refs = moduleOf(q).refs?.(q) ?? {};
      for (const [refField, values] of refs.paragraphs ?? []) {
        addParas(set.file, `${field}.${refField}`, set.data.lesson, values);
      }
      eventProblems.push(
        ...checkIdRefs(
          (refs.events ?? []).map(([refField, value]) => ({
            file: set.file,
            field: `${field}.${refField}`,
            target: 'timeline event',
            value,
          })),
          new Map([['timeline event', events]]),
        ),
      );
    });
  }

  for (const map of input.maps) {
    idRefs.push({ file: map.file, field: 'lesson', target: 'lesson', value: map.data.lesson });
    paraRefs.push({ file: map.file, field: 'after', lesson: map.data.lesson, value: map.data.after });
    addIds(map.file, 'glossary', 'glossary', map.data.glossary);
    addIds(map.file, 'borderSources', 'source', map.data.borderSources);
    map.data.overlays.forEach((o, i) => {
      const field = `overlays[${i}] (${o.id})`;
      if (o.glossary !== undefined)
        idRefs.push({ file: map.file, field: `${field}.glossary`, target: 'glossary', value: o.glossary });
      addIds(map.file, `${field}.sources`, 'source', o.sources);
    });
  }

  const paragraphCounts = new Map(input.lessons.map((l) => [l.id, l.paragraphs.length] as const));
  const paragraphs = new Map(input.lessons.map((l) => [l.id, l.paragraphs] as const));
  return [
    ...checkPlaceholders(input.lessons),
    ...checkLessonSources(input.lessons),
    ...checkTimelineDates(input.timeline),
    ...checkMaps(input.maps),
    ...checkIdRefs(idRefs, known),
    ...eventProblems,
    ...speakerProblems,
    ...checkParagraphRefs(paraRefs, paragraphCounts),
    ...checkPassageRefs(passageRefs, paragraphs),
    ...questionProblems(input),
    ...checkPlans(input),
    ...checkLateral(input),
    ...checkSourceUrls(input.sources),
  ];
}
