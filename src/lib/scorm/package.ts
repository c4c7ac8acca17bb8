/**
 * The SCORM 1.2 package of an assignment: `imsmanifest.xml` and a self-contained page (the SCO)
 * that asks the assignment's questions and reports the score to the LMS. Pure: it returns the
 * package's files as text; the builder zips them in the browser (`./download.ts`).
 *
 * The page makes no network request of its own: its script and style are files of the package
 * (built by the site from the same scoring code, `/teach/scorm/sco.js` and `sco.css`), and the
 * questions it needs are written into the page as JSON.
 */
import { assignedQuestionIds, type Assignment, type AssignmentMode, type ContentIndex } from '../assignment';
import type { Question } from '../quiz';
import type { QuizData, QuizLabels } from '../quiz-data';

/** The SCO's own UI strings (the `teach.scorm.sco.*` keys of en.json, without the prefix). */
export interface ScoText {
  /** Heading before the questions' count, e.g. "Questions: {n}". */
  count: string;
  /** The button that ends the attempt. */
  finish: string;
  /** Said when finishing with questions unanswered: "… {list}." (their numbers). */
  missing: string;
  /** How many questions have an answer: "{n} of {total} answered". */
  answered: string;
  /** Heading of the result. */
  result: string;
  /** The score line, worded as the assignment page words it: "Score: {score} out of {max} ({percent}%)." */
  score: string;
  /** Said when the LMS stored the result. */
  sent: string;
  /** Said when the LMS refused some values: "{detail}". */
  refused: string;
  /** Said when no LMS was found (the page opened on its own). */
  noLms: string;
  /** Link to the lesson, "Read the article: {title}". */
  lesson: string;
  /** Shown where JavaScript is off. */
  noJs: string;
}

/** Every key of {@link ScoText}, in the order en.json lists them. */
export const SCO_TEXT_KEYS = [
  'count',
  'finish',
  'missing',
  'answered',
  'result',
  'score',
  'sent',
  'refused',
  'noLms',
  'lesson',
  'noJs',
] as const satisfies readonly (keyof ScoText)[];

/** What the SCO page reads from its embedded JSON. */
export interface ScoData {
  /** Assignment id. */
  id: string;
  /** Assignment title. */
  title: string;
  /** Class name, may be empty. */
  className: string;
  /** Practice shows the right answers after finishing; assessment shows the score only. */
  mode: AssignmentMode;
  /** Seed of the options' display order: the lesson id, as on the assignment page. */
  seed: string;
  /** The lesson the questions come from. */
  lesson: { title: string; href: string };
  /** The assigned questions, in the assignment's order. */
  questions: Question[];
  /** Text of the paragraphs the evidence questions offer, by number. */
  paragraphs: Record<string, string>;
  /** Absolute URL of the lesson's timeline page (order items link to it). */
  timeline: string;
  /** The quiz strings. */
  labels: QuizLabels;
  /** The SCO's own strings. */
  text: ScoText;
}

/** What a package is made from. */
export interface PackageInput {
  /** The assignment. */
  a: Assignment;
  /** Its lesson's quiz data, as the site publishes it. */
  data: QuizData;
  /** The lesson's title and absolute URL. */
  lesson: { title: string; href: string };
  /** The SCO's strings. */
  text: ScoText;
  /** The SCO script, as built by the site. */
  script: string;
  /** The SCO style sheet, as built by the site. */
  style: string;
}

/** A package: file path to text. `imsmanifest.xml` first, as LMSs look for it at the root. */
export type PackageFiles = Record<string, string>;

/** Text or attribute value safe in XML: markup escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The content index of one lesson's quiz data, to resolve an assignment's sets into questions. */
export const indexOfData = (data: QuizData): ContentIndex => ({
  lessons: [
    {
      id: data.lesson,
      sets: Object.entries(data.sets).map(([id, set]) => ({ id, questions: set.questions.map((q) => q.id) })),
    },
  ],
});

/** The assignment's questions from its lesson's quiz data, in the assignment's order. */
export function assignedQuestions(a: Assignment, data: QuizData): Question[] {
  const all = new Map(Object.values(data.sets).flatMap((set) => set.questions.map((q) => [q.id, q] as const)));
  return assignedQuestionIds(a, indexOfData(data)).flatMap((id) => {
    const q = all.get(id);
    return q ? [q] : [];
  });
}

/** Where a package's files go; the SCO page is the launch file. */
export const SCO_FILES = { page: 'index.html', script: 'sco.js', style: 'sco.css' } as const;

/** The package's `imsmanifest.xml`: one organization, one item, one SCO resource listing its files. */
export function scormManifest(a: Assignment): string {
  const title = xmlEscape(a.title);
  const files = Object.values(SCO_FILES)
    .map((f) => `        <file href="${f}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="gloss-${a.id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="gloss-org">
    <organization identifier="gloss-org">
      <title>${title}</title>
      <item identifier="gloss-item" identifierref="gloss-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="gloss-sco" type="webcontent" adlcp:scormtype="sco" href="${SCO_FILES.page}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** JSON safe inside `<script>`: no `</script>` or `<!--` can end or change the element. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The paragraphs the evidence questions among `questions` offer. */
function neededParagraphs(
  questions: readonly Question[],
  all: Readonly<Record<string, string>>,
): Record<string, string> {
  const numbers = questions.flatMap((q) => (q.type === 'evidence' ? q.options.map((o) => String(o.paragraph)) : []));
  return Object.fromEntries(numbers.flatMap((n) => (all[n] === undefined ? [] : [[n, all[n]] as const])));
}

/** The SCO's data: the assignment's questions and only the strings and paragraphs they need. */
export function scoData({ a, data, lesson, text }: Pick<PackageInput, 'a' | 'data' | 'lesson' | 'text'>): ScoData {
  const questions = assignedQuestions(a, data);
  return {
    id: a.id,
    title: a.title,
    className: a.className,
    mode: a.mode,
    seed: data.lesson,
    lesson,
    questions,
    paragraphs: neededParagraphs(questions, data.paragraphs),
    timeline: new URL(data.timeline, lesson.href).href,
    labels: data.labels,
    text,
  };
}

/** The SCO page: the data as JSON, the package's script and style, a note for no JavaScript. */
export function scoPage(d: ScoData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(d.title)}</title>
<link rel="stylesheet" href="${SCO_FILES.style}">
</head>
<body>
<main id="gloss-sco" class="gl-sco">
<h1>${xmlEscape(d.title)}</h1>
<noscript><p>${xmlEscape(d.text.noJs)}</p></noscript>
</main>
<script type="application/json" id="gloss-sco-data">${scriptJson(d)}</script>
<script src="${SCO_FILES.script}"></script>
</body>
</html>
`;
}

/**
 * The package's files. Throws when the assignment has no question in this lesson's data (the
 * builder only offers the download for a made assignment, so that means stale quiz data).
 */
export function scormPackage(input: PackageInput): PackageFiles {
  const d = scoData(input);
  if (d.questions.length === 0) {
    throw new Error(
      `SCORM package: assignment "${input.a.id}" names no question of lesson "${input.data.lesson}" (sets: ${input.a.sets.join(', ') || 'none'}; questions: ${input.a.questions.join(', ') || 'none'}). Reload /teach/ and make the assignment again.`,
    );
  }
  return {
    'imsmanifest.xml': scormManifest(input.a),
    [SCO_FILES.page]: scoPage(d),
    [SCO_FILES.script]: input.script,
    [SCO_FILES.style]: input.style,
  };
}

/** The package's file name: `gloss-<title>-scorm12.zip`, the title reduced to safe characters. */
export function packageName(a: Assignment): string {
  const safe = a.title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `gloss-${safe || a.id}-scorm12.zip`;
}
