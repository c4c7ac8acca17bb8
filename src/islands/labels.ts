import type { AnswerWords } from '../lib/answer-text';
import type { QuizLabelKey } from '../lib/quiz-data';

/** Fills `{name}` placeholders in a UI string looked up at build time (see `labelsFor`). */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** A label function over a build-time string table. */
export const labeller =
  <K extends string>(labels: Record<K, string>) =>
  (key: K, vars?: Record<string, string | number>): string =>
    fill(labels[key], vars);

/** Offers text or a made file (a zip) as a download (made in the browser; nothing is sent anywhere). */
export function download(name: string, text: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof text === 'string' ? new Blob([text], { type }) : text);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Looks up a quiz string (from a lesson's quiz data) and fills its `{name}` placeholders. */
export type QuizLabel = (key: QuizLabelKey, vars?: Record<string, string | number>) => string;

/** The words answers are described with, from the quiz strings. */
export const answerWords = (L: QuizLabel): AnswerWords => ({
  true: L('quiz.true'),
  false: L('quiz.false'),
  none: L('quiz.noAnswer'),
  paragraph: (n) => L('quiz.paragraph', { n }),
});
