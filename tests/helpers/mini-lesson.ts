/**
 * A made-up lesson for reducer and component tests: two small sets on an invented topic, so these
 * tests do not depend on the real lesson's content.
 */
import en from '../../src/i18n/en.json';
import type { Assignment, ContentIndex } from '../../src/lib/assignment';
import type { Question } from '../../src/lib/quiz';
import type { QuizData } from '../../src/lib/quiz-data';
import type { Labels, TeachLesson } from '../../src/data/teach';

const base = { skills: ['reading'], paragraphs: [1], sources: [] };
const choice = (text: string, correct = false) => ({ text, correct, explanation: `Because of ${text}.` });

/** The lesson's id. */
export const MINI = 'harbour-lights';

const single: Question = {
  ...base,
  id: 'hl-keeper',
  type: 'single',
  prompt: 'Who lit the harbour lamp?',
  options: [choice('The keeper', true), choice('The mayor')],
};
const tf: Question = {
  ...base,
  id: 'hl-night',
  type: 'truefalse',
  prompt: 'The lamp was lit at night.',
  answer: true,
  explanations: { true: 'It was dark.', false: 'It was not.' },
  why: [choice('The article says so', true), choice('A guess')],
};
const multiple: Question = {
  ...base,
  id: 'hl-boats',
  type: 'multiple',
  prompt: 'Which boats came in?',
  options: [choice('The ferry', true), choice('The trawler', true), choice('The submarine')],
};

/** The sets: id → questions. */
export const MINI_SETS = { basics: [single, tf], boats: [multiple] } as const;

/** The content index links are checked against. */
export const MINI_INDEX: ContentIndex = {
  lessons: [
    {
      id: MINI,
      sets: Object.entries(MINI_SETS).map(([id, qs]) => ({ id, questions: qs.map((q) => q.id) })),
    },
  ],
};

/** UI strings under the given prefixes, straight from en.json. */
export function labels<P extends string>(...prefixes: P[]): Labels<P> {
  return Object.fromEntries(Object.entries(en).filter(([k]) => prefixes.some((p) => k.startsWith(p)))) as Labels<P>;
}

/** The lesson's quiz data, as `/lessons/<id>/quizzes.json` serves it. */
export const MINI_DATA: QuizData = {
  lesson: MINI,
  timeline: '/lessons/harbour-lights/timeline/',
  labels: labels('quiz.'),
  skills: { reading: 'Close reading' },
  paragraphs: {},
  sources: {},
  sets: Object.fromEntries(Object.entries(MINI_SETS).map(([id, qs]) => [id, { title: id, questions: [...qs] }])),
};

/** The lesson as the teacher pages get it. */
export const MINI_TEACH: TeachLesson = {
  id: MINI,
  title: 'Harbour lights',
  href: '/lessons/harbour-lights/',
  data: '/lessons/harbour-lights/quizzes.json',
  sets: Object.entries(MINI_SETS).map(([id, qs]) => ({
    id,
    title: id,
    after: null,
    label: `Set ${id} (${qs.length} questions)`,
    questions: qs.map((q) => ({ id: q.id, prompt: q.prompt })),
  })),
  claims: '/lessons/harbour-lights/claims.json',
};

/** One assessment on the made-up lesson's first set, shared by the reducer and component tests. */
export const MINI_ASSIGNMENT: Assignment = {
  id: 'K3M9QX2A',
  lesson: MINI,
  sets: ['basics'],
  questions: [],
  title: 'Lamps',
  className: '',
  due: null,
  mode: 'assessment',
  shuffle: false,
  attempts: 1,
  showNotes: true,
  showClaims: false,
};
