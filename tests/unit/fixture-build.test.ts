import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentInput } from '../../src/lib/content-types';
import { resolveSpeakers } from '../../src/lib/speakers';
import { loadContent } from '../helpers/load-content';
import { expected as quizErrors } from '../helpers/quiz-errors';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const TMP = join(ROOT, 'tests/.tmp');
const FIXTURE = join(ROOT, 'tests/fixtures/second-lesson');
const BROKEN_QUIZ = join(ROOT, 'tests/fixtures/quiz-authoring-errors/broken.yaml');
const created: string[] = [];

/** Copies the fixture lesson into a fresh folder inside the project (Astro reports paths relative to it). */
function workspace(name: string): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${name}-`));
  created.push(dir);
  return dir;
}

/** Runs the real Astro build on a content folder; resolves with its exit code and output. */
async function build(contentDir: string): Promise<{ code: number; output: string; dist: string }> {
  const dist = join(contentDir, '..', `${contentDir.split('/').pop() ?? 'x'}-dist`);
  created.push(dist, `${dist}-cache`);
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, GLOSS_CONTENT_DIR: contentDir, GLOSS_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, dist };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? ''), dist };
  }
}

/**
 * Strings that belong to the first lesson and to no other: its slug, headline, outlet, dateline
 * and photo credit; its speakers' labels; every glossary id, headword and alias except the shared
 * news-literacy concepts (any lesson may teach "Attribution"); and its timeline tags. Tag ids and
 * labels that are one plain word ("media", "Drugs") are left out: they are not names, and "media"
 * is also CSS; so are two-letter aliases.
 */
function distinctiveStrings(content: ContentInput): string[] {
  const strings = new Set<string>();
  for (const lesson of content.lessons) {
    const { title, outlet, dateline, photoCredit } = lesson.data;
    for (const s of [lesson.id, title, outlet, dateline, photoCredit]) if (s !== undefined) strings.add(s);
  }
  const headwords = new Map(content.glossary.map((g) => [g.id, g.data.term]));
  for (const file of content.claims) {
    for (const speaker of resolveSpeakers(file.data.speakers, headwords)) strings.add(speaker.label);
  }
  for (const entry of content.glossary.filter((g) => g.data.category !== 'news-literacy')) {
    // An id that is only a short abbreviation in lower case ("sco" for "SCO") is also an everyday
    // word of the code: SCORM calls a package's runnable part a "sco". Its headword, in capitals,
    // is still looked for.
    const plainAbbreviation = entry.id.length <= 3 && entry.id === entry.data.term.toLowerCase();
    for (const s of [...(plainAbbreviation ? [] : [entry.id]), entry.data.term, ...entry.data.aliases]) strings.add(s);
  }
  for (const file of content.timelineTags) {
    for (const tag of file.data.tags) {
      for (const s of [tag.id, tag.label]) if (/[\s-]/.test(s)) strings.add(s);
    }
  }
  // A two-letter alias ("IS") is also a minified name in any script bundle.
  return [...strings].filter((s) => s.length > 2);
}

/** Which of `strings` occur in `text` as whole words (case as written). */
function leaks(text: string, strings: readonly string[]): string[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return strings.filter((s) => new RegExp(`(?<![\\w-])${escape(s)}(?![\\w-])`).test(text));
}

/** Every text file of a built site a reader's browser can load. */
function builtTextFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(html|json|js|mjs|css|xml|txt|svg|gift|webmanifest)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

describe('building fixture content sets', { timeout: 600_000 }, () => {
  // The one build of content with broken references: it proves that the build runs the content
  // checker over lessons, timeline events and question sets, prints every problem and fails. Each
  // kind of problem is checked in detail by calling the checker directly (references.test.ts,
  // quiz-content.test.ts), which needs no build.
  it('fails on broken references and quiz authoring errors, naming file, field, bad value and suggestion', async () => {
    const dir = workspace('broken-ref');
    cpSync(FIXTURE, dir, { recursive: true });
    const eventFile = join(dir, 'timeline/tide-report/spring-tide.yaml');
    writeFileSync(
      eventFile,
      readFileSync(eventFile, 'utf8').replace('actors: [harbour-office]', 'actors: [harbor-office]'),
    );
    const lessonFile = join(dir, 'lessons/tide-report.mdx');
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace('id="coastal-council"', 'id="coastal-counsil"'));
    cpSync(BROKEN_QUIZ, join(dir, 'quizzes/tide-report/broken.yaml'));

    const result = await build(dir);
    expect(result.code).not.toBe(0);
    const rel = relative(ROOT, dir);
    const quiz = quizErrors(`${rel}/quizzes/tide-report/broken.yaml`);
    expect(result.output).toContain(`Gloss found ${String(2 + quiz.length)} broken content references:`);
    expect(result.output).toContain(
      `${rel}/lessons/tide-report.mdx: body <Term id>[0] refers to unknown glossary id "coastal-counsil". Did you mean "coastal-council"?`,
    );
    expect(result.output).toContain(
      `${rel}/timeline/tide-report/spring-tide.yaml: actors[0] refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?`,
    );
    for (const message of quiz) expect(result.output).toContain(message);
  });

  it('fails on a schema error, naming the file and the field', async () => {
    const dir = workspace('bad-schema');
    cpSync(FIXTURE, dir, { recursive: true });
    const entry = join(dir, 'glossary/harbour-office.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('category: organisation', 'category: building'));

    const result = await build(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('harbour-office');
    expect(result.output).toMatch(/glossary\/harbour-office\.md/);
    expect(result.output).toContain('category');
  });

  it('builds two unrelated lessons from content alone, with no string of the first lesson on any page', async () => {
    const firstLesson = distinctiveStrings(loadContent(join(ROOT, 'content')));
    // The scan can fail: it knows the first lesson's names and finds them in a page.
    for (const name of ['Shoigu', 'Mujahid', 'Taliban', 'CSTO', 'KabulNow', 'russia-afghanistan-threats']) {
      expect(firstLesson).toContain(name);
    }
    expect(leaks('<li><span class="gl-claim" data-speaker="x">Shoigu</span></li>', firstLesson)).toEqual(['Shoigu']);

    const result = await build(FIXTURE);
    expect(result.output).not.toContain('broken content reference');
    expect(result.code).toBe(0);
    const read = (path: string): string => readFileSync(join(result.dist, path), 'utf8');
    const home = read('index.html');
    expect(home).toContain('High Tides Expected Along the Coast This Week');
    expect(home).toContain('New Bus Line to Link Millbrook Station and Hillcrest');
    const bus = read('lessons/town-bus-line/index.html');
    expect(bus).toContain('popovertarget="gl-term-transit-authority"');
    expect(bus).toContain('popovertarget="gl-term-residents-association"');
    // The legend is the lesson's own speakers, labelled from the glossary or their own label.
    const legend = /<div class="gl-claims-legend"[^]*?<\/ul>/.exec(bus)?.[0] ?? '';
    expect([...legend.matchAll(/data-speaker="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'transit',
      'mayor',
      'residents',
      'outlet',
    ]);
    expect(legend).toContain('Millbrook Transit Authority');
    expect(legend).toContain('The Courier itself');
    const tide = read('lessons/tide-report/index.html');
    expect(tide).toContain('The Gazette itself');
    expect(tide).not.toContain('The Courier itself');
    // Timeline topics are the lesson's declared labels.
    expect(read('lessons/town-bus-line/timeline/index.html')).toContain('Town hall');
    // The shared entry says why it matters to each lesson.
    const glossary = read('glossary/index.html');
    expect(glossary).toContain('The 2,000 riders a day in ¶2 is a prediction, not a count.');
    expect(glossary).toContain('The 30 centimetre rise in ¶2 is a prediction, not a measurement.');

    // The teacher plan page is the lesson's plan file; a lesson without one has no plan page.
    const plan = read('lessons/tide-report/plan/index.html');
    expect(plan).toContain('Forecast or measurement?');
    expect(plan).toContain('The 30 centimetre rise is a prediction, not a measurement.');
    expect(() => read('lessons/town-bus-line/plan/index.html')).toThrow();

    const found = builtTextFiles(result.dist).flatMap((file) =>
      leaks(readFileSync(file, 'utf8'), firstLesson).map((s) => `${relative(result.dist, file)}: ${s}`),
    );
    expect(found).toEqual([]);
  });
});
