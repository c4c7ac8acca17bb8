/**
 * What a lesson's teacher plan page (/lessons/<slug>/plan/) shows, from the lesson's plan file
 * (`content/lessons/<slug>.plan.yaml`) and its content: every core and extended item as a label
 * and a link, so the page itself only lays them out.
 */
import type { CollectionEntry } from 'astro:content';
import { corePartition, planMinutes } from '../lib/plan';
import { setTitleId } from '../lib/quiz';
import type { Plan } from '../schemas/plan';
import { glossaryHref, href, lessonHref, questionsHref } from './paths';
import { lessonQuizzes } from './quizzes';
import { getSiteContent, lessonPaths, slugOf, type LessonInfo } from './site';
import { termsByParagraph } from './teach';

/** The URL of a lesson's teacher plan. */
export const planHref = (lesson: string): string => href(`lessons/${lesson}/plan/`);

/** The plan of a lesson, if it has one. */
export async function lessonPlan(lessonId: string): Promise<CollectionEntry<'plans'> | undefined> {
  const site = await getSiteContent();
  return site.plans.find((p) => p.id === lessonId);
}

/** One item of the core or extended path, as the plan page lists it. */
export interface PlanItem {
  /** Content id. */
  id: string;
  /** What the reader sees. */
  label: string;
  /** Where it is on the site. */
  href: string;
  /** The paragraph it belongs to, when it has one. */
  paragraph?: number;
  /** For a question: whether it is an open response, marked against a rubric. */
  open?: boolean;
}

/** A lesson's core and extended terms, notes and questions. */
export interface PlanParts {
  terms: { core: PlanItem[]; extended: PlanItem[] };
  notes: { core: PlanItem[]; extended: PlanItem[] };
  questions: { core: PlanItem[]; extended: PlanItem[] };
}

/** Splits items into core and extended by the plan's ids. */
function split(core: readonly string[], items: readonly PlanItem[]): { core: PlanItem[]; extended: PlanItem[] } {
  const byId = new Map(items.map((item) => [item.id, item]));
  const parts = corePartition(
    core,
    items.map((item) => item.id),
  );
  const pick = (ids: string[]): PlanItem[] => ids.flatMap((id) => byId.get(id) ?? []);
  return { core: pick(parts.core), extended: pick(parts.extended) };
}

/** The lesson's terms, notes and questions, split into the plan's core path and the rest. */
export async function planParts(lesson: LessonInfo, plan: Plan): Promise<PlanParts> {
  const site = await getSiteContent();
  const slug = lesson.entry.id;
  const article = lessonHref(slug);

  // Core terms first (a core term need not be marked in the article), then the article's terms.
  const marked = [...(await termsByParagraph(lesson)).values()].flat().map((term) => term.id);
  const termIds = [...new Set([...plan.core.terms, ...marked])];
  const terms = termIds.flatMap((id): PlanItem[] => {
    const entry = site.glossary.find((g) => g.id === id);
    return entry ? [{ id, label: entry.data.term, href: glossaryHref(id) }] : [];
  });

  const notes = site.notes
    .filter((n) => n.data.lesson === slug)
    .sort((a, b) => a.data.paragraph - b.data.paragraph || a.id.localeCompare(b.id))
    .map((n) => ({
      id: slugOf(n.id),
      label: n.data.title,
      href: `${article}#p${n.data.paragraph}`,
      paragraph: n.data.paragraph,
    }));

  // Embedded sets sit in the article after their paragraph; the others are on the questions page.
  const { embedded, end } = await lessonQuizzes(lesson);
  const where = (set: CollectionEntry<'quizzes'>, page: string): PlanItem[] =>
    set.data.questions.map((q) => ({
      id: q.id,
      label: q.prompt,
      href: `${page}#${setTitleId(slugOf(set.id))}`,
      open: q.type === 'open',
    }));
  const questions = [
    ...embedded.flatMap(([, sets]) => sets.flatMap((set) => where(set, article))),
    ...end.flatMap((set) => where(set, questionsHref(slug))),
  ];

  return {
    terms: split(plan.core.terms, terms),
    notes: split(plan.core.notes, notes),
    questions: split(plan.core.questions, questions),
  };
}

/** Total minutes of the plan's steps. */
export const stepMinutes = (plan: Plan): number => planMinutes(plan.steps);

/** Static paths for the plan page: one per lesson that has a plan file. */
export async function planPaths(): Promise<
  { params: { slug: string }; props: { lesson: LessonInfo; plan: CollectionEntry<'plans'> } }[]
> {
  const site = await getSiteContent();
  return (await lessonPaths()).flatMap(({ params, props }) => {
    const plan = site.plans.find((p) => p.id === params.slug);
    return plan ? [{ params, props: { ...props, plan } }] : [];
  });
}
