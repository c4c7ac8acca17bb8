/**
 * Makes an assignment's SCORM 1.2 package in the browser, on the builder's button: fetches the
 * lesson's quiz data and the SCO script and style from this site, and zips the package. Loaded
 * only when the button is pressed, so the builder does not carry fflate until then.
 */
import { strToU8, zipSync } from 'fflate';
import type { Assignment } from '../assignment';
import { isQuizData } from '../quiz-data';
import { SCO_FILES, scormPackage, type ScoText } from './package';

/** Where the SCO's assets and the quiz data are, and what the package says. */
export interface DownloadInput {
  /** The assignment. */
  a: Assignment;
  /** URL of the lesson's quiz data. */
  data: string;
  /** The lesson's title and URL (made absolute here). */
  lesson: { title: string; href: string };
  /** URL of the folder holding `sco.js` and `sco.css`. */
  assets: string;
  /** The SCO's strings. */
  text: ScoText;
}

/** A fixed date for every zip entry, so the same assignment always gives the same bytes. */
const ZIP_TIME = new Date('2025-01-01T00:00:00Z');

const text = async (url: string): Promise<string> => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`SCORM package: ${url} answered ${String(r.status)}; reload the page and try again.`);
  return r.text();
};

/** The zipped package, as a file to download. */
export async function buildScormZip(input: DownloadInput): Promise<Blob> {
  const base = new URL(input.assets, location.href);
  const [raw, script, style] = await Promise.all([
    fetch(input.data).then((r) => (r.ok ? (r.json() as Promise<unknown>) : undefined)),
    text(new URL(SCO_FILES.script, base).href),
    text(new URL(SCO_FILES.style, base).href),
  ]);
  if (!isQuizData(raw))
    throw new Error(`SCORM package: ${input.data} is not quiz data; reload the page and try again.`);
  const files = scormPackage({
    a: input.a,
    data: raw,
    lesson: { title: input.lesson.title, href: new URL(input.lesson.href, location.href).href },
    text: input.text,
    script,
    style,
  });
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([path, body]) => [path, [strToU8(body), { mtime: ZIP_TIME }]])),
    { level: 9 },
  );
  return new Blob([zip], { type: 'application/zip' });
}
