/**
 * A lesson's teacher plan (`content/lessons/<slug>.plan.yaml`): the checks the build runs on it,
 * and the sums its page shows. The plan names the core path's terms, notes and questions by id,
 * so a renamed note or question must fail the build, not silently drop out of the plan.
 */
import type { ContentInput } from './content-types';
import { checkIdRefs, type IdRef, type ReferenceProblem } from './references';

/** The last path segment of a nested id ("lesson/sco-not-oic" → "sco-not-oic"). */
const lastSegment = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

/** Total minutes of a plan's steps. */
export const planMinutes = (steps: readonly { minutes: number }[]): number =>
  steps.reduce((sum, step) => sum + step.minutes, 0);

/** Splits `all` ids into those the plan marks core (in the plan's order) and the rest, extended (in `all`'s order). */
export function corePartition(core: readonly string[], all: readonly string[]): { core: string[]; extended: string[] } {
  const marked = new Set(core);
  return { core: core.filter((id) => all.includes(id)), extended: all.filter((id) => !marked.has(id)) };
}

/**
 * Every id a plan refers to must exist in its own lesson: the lesson (from the file name), the core
 * terms (glossary), notes and questions (that lesson's), and skills. Its steps must fit the period.
 */
export function checkPlans(input: ContentInput): ReferenceProblem[] {
  const plans = input.plans ?? [];
  if (plans.length === 0) return [];
  const problems: ReferenceProblem[] = [];
  const ids = (xs: readonly { id: string }[]): Set<string> => new Set(xs.map((x) => x.id));
  for (const plan of plans) {
    const { file, data } = plan;
    const lesson = plan.id;
    const notes = new Set(input.notes.filter((n) => n.data.lesson === lesson).map((n) => lastSegment(n.id)));
    const questions = new Set(
      input.quizzes.filter((s) => s.data.lesson === lesson).flatMap((s) => s.data.questions.map((q) => q.id)),
    );
    const known = new Map<string, ReadonlySet<string>>([
      ['lesson', ids(input.lessons)],
      ['glossary', ids(input.glossary)],
      ['skill', ids(input.skills)],
      ['note', notes],
      ['question', questions],
    ]);
    const refs: IdRef[] = [{ file, field: 'file name', target: 'lesson', value: lesson }];
    const add = (field: string, target: string, values: readonly string[]): void => {
      values.forEach((value, i) => refs.push({ file, field: `${field}[${i}]`, target, value }));
    };
    add('core.terms', 'glossary', data.core.terms);
    add('core.notes', 'note', data.core.notes);
    add('core.questions', 'question', data.core.questions);
    add('skills', 'skill', data.skills);
    problems.push(...checkIdRefs(refs, known));
    const total = planMinutes(data.steps);
    if (total > data.period) {
      problems.push({
        file,
        field: 'steps',
        bad: String(total),
        suggestion: String(data.period),
        message: `${file}: steps add up to ${total} minutes, more than the period of ${data.period} minutes. Shorten or drop a step (move it to the extended path), or raise "period".`,
      });
    }
  }
  return problems;
}
