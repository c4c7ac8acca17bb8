import type { ContentInput } from './content-types';
import type { ReferenceProblem } from './references';

/**
 * What `npm run check:content` prints: every problem, one per line, as the build prints them,
 * or what was checked when all is well. `time` says how long it took, for the log.
 */
export function formatContentReport(
  folder: string,
  input: ContentInput,
  problems: readonly ReferenceProblem[],
  time: string,
): string {
  if (problems.length > 0) {
    return (
      `check:content found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${folder}/ (${time}):\n` +
      problems.map((p) => `  - ${p.message}`).join('\n') +
      '\nHow to read these messages: docs/authoring.md#reading-a-checker-message'
    );
  }
  const counts = [
    `${input.lessons.length} lesson(s)`,
    `${input.glossary.length} glossary entries`,
    `${input.sources.length} sources`,
    `${input.timeline.length} timeline events`,
    `${input.notes.length} notes`,
    `${input.claims.length} claims file(s)`,
    `${input.quizzes.length} question set(s)`,
  ];
  return `check:content: ${folder}/ is fine: ${counts.join(', ')} checked (${time}).`;
}
