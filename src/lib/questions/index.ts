/**
 * The registry of question types. Each line is one module (`./<type>.ts`) implementing
 * {@link QuestionModule}; the schema union, scoring, answer text, result codes, the content
 * checker and the LMS exports all dispatch through this list. Adding a type: write its module,
 * add it here, add its view (`src/islands/questions/<type>.tsx`) and its strings (en.json).
 */
import { categorise } from './categorise';
import { evidence } from './evidence';
import { multiple } from './multiple';
import { open } from './open';
import { order } from './order';
import { single } from './single';
import { truefalse } from './truefalse';
import type { AnswerOfModule, QuestionModule, QuestionOfModule } from './types';

/** Every question type, in the order the docs list them. */
export const questionModules = [single, multiple, truefalse, categorise, order, evidence, open] as const;

type Module = (typeof questionModules)[number];

/** Any question. */
export type Question = QuestionOfModule<Module>;
/** Any answer. Indices are in authored order, so a shuffled display never changes what an answer means. */
export type Answer = AnswerOfModule<Module>;
/** A question type's name. */
export type QuestionType = Question['type'];
/** The question of a given type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** The answer shape for a given question type. */
export type AnswerOf<T extends QuestionType> = Extract<Answer, { type: T }>;

/** The type names, in registry order. */
export const questionTypes = questionModules.map((m) => m.type) as readonly QuestionType[];

const byType = new Map<string, Module>(questionModules.map((m) => [m.type, m]));

/**
 * The module of a type name, or undefined for an unknown one. Typed loosely on purpose: a
 * question and its module agree by construction (the registry keys modules by their own `type`),
 * which TypeScript cannot follow through a union, so the one cast lives here.
 */
export const moduleFor = (type: string): QuestionModule<Question, Answer> | undefined =>
  byType.get(type) as QuestionModule<Question, Answer> | undefined;

/** The module of a question. */
export const moduleOf = <Q extends Question>(q: Q): QuestionModule<Q, AnswerOf<Q['type']>> =>
  byType.get(q.type) as unknown as QuestionModule<Q, AnswerOf<Q['type']>>;

/** The module of a result-code tag, or undefined. */
export const moduleByTag = (tag: number): QuestionModule<Question, Answer> | undefined =>
  questionModules.find((m) => m.tag === tag) as QuestionModule<Question, Answer> | undefined;

/** The answer if it is for this question's type, else undefined. */
export const answerFor = <Q extends Question>(q: Q, a: Answer | null | undefined): AnswerOf<Q['type']> | undefined =>
  a?.type === q.type ? (a as AnswerOf<Q['type']>) : undefined;

export type * from './types';
