import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { claimsFileSchema } from './schemas/claims';
import { glossarySchema, lessonTermsSchema } from './schemas/glossary';
import { guideSchema } from './schemas/guide';
import { lateralFileSchema } from './schemas/lateral';
import { lessonSchema } from './schemas/lesson';
import { mapSchema } from './schemas/map';
import { noteSchema } from './schemas/note';
import { planSchema } from './schemas/plan';
import { quizSetSchema } from './schemas/quiz';
import { skillSchema } from './schemas/skill';
import { sourceSchema } from './schemas/source';
import { timelineSchema, timelineTagsFileSchema } from './schemas/timeline';

// GLOSS_CONTENT_DIR lets tests build small fixture content sets with the real pipeline.
const contentDir = process.env['GLOSS_CONTENT_DIR'] ?? './content';
const dir = (name: string): string => `${contentDir}/${name}`;

/** Ids of nested entries keep their folder ("<lesson>/<item>") so two lessons may reuse a name. */
const byPath = ({ entry }: { entry: string }): string => entry.replace(/\.[^.]+$/, '');

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: dir('lessons') }), schema: lessonSchema }),
  // `<slug>.terms.yaml` beside each lesson; its id is the lesson's slug.
  lessonTerms: defineCollection({
    loader: glob({
      pattern: '*.terms.yaml',
      base: dir('lessons'),
      generateId: ({ entry }) => entry.replace(/\.terms\.yaml$/, ''),
    }),
    schema: lessonTermsSchema,
  }),
  // `<slug>.plan.yaml` beside each lesson (its teacher plan and core path); its id is the lesson's slug.
  plans: defineCollection({
    loader: glob({
      pattern: '*.plan.yaml',
      base: dir('lessons'),
      generateId: ({ entry }) => entry.replace(/\.plan\.yaml$/, ''),
    }),
    schema: planSchema,
  }),
  // `<slug>.lateral.yaml` beside each lesson (its lateral-reading tasks); its id is the lesson's slug.
  lateral: defineCollection({
    loader: glob({
      pattern: '*.lateral.yaml',
      base: dir('lessons'),
      generateId: ({ entry }) => entry.replace(/\.lateral\.yaml$/, ''),
    }),
    schema: lateralFileSchema,
  }),
  glossary: defineCollection({ loader: glob({ pattern: '*.md', base: dir('glossary') }), schema: glossarySchema }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: dir('sources') }), schema: sourceSchema }),
  skills: defineCollection({ loader: file(dir('skills.yaml')), schema: skillSchema }),
  timeline: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: dir('timeline'), generateId: byPath }),
    schema: timelineSchema,
  }),
  // One file per lesson beside its events' folder: `*.yaml` here never matches the events in `*/`.
  timelineTags: defineCollection({
    loader: glob({ pattern: '*.yaml', base: dir('timeline') }),
    schema: timelineTagsFileSchema,
  }),
  notes: defineCollection({
    loader: glob({ pattern: '*/*.md', base: dir('notes'), generateId: byPath }),
    schema: noteSchema,
  }),
  claims: defineCollection({ loader: glob({ pattern: '*.yaml', base: dir('claims') }), schema: claimsFileSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.yaml', base: dir('guides') }), schema: guideSchema }),
  // One map per lesson, named after it: content/maps/<lesson>.yaml.
  maps: defineCollection({ loader: glob({ pattern: '*.yaml', base: dir('maps') }), schema: mapSchema }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: dir('quizzes'), generateId: byPath }),
    schema: quizSetSchema,
  }),
};
