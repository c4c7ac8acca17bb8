import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { loadContent } from '../helpers/load-content';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const fixtureDir = new URL('../fixtures/second-lesson/', import.meta.url).pathname;

describe('the shipped content', () => {
  const content = loadContent(contentDir);

  it('passes every schema and has no broken references', () => {
    expect(checkContent(content).map((p) => p.message)).toEqual([]);
  });

  it('meets the lesson’s size requirements, each item with a source', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(24);
    expect(content.timeline.length).toBeGreaterThanOrEqual(30);
    expect(content.notes.length).toBeGreaterThanOrEqual(10);
    const claims = content.claims.flatMap((c) => c.data.claims);
    expect(claims.length).toBeGreaterThanOrEqual(12);
    const questions = content.quizzes.flatMap((q) => q.data.questions);
    expect(questions.length).toBeGreaterThanOrEqual(24);
    expect(content.quizzes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(questions.flatMap((q) => q.skills)).size).toBeGreaterThanOrEqual(8);
    for (const item of [...content.glossary, ...content.timeline, ...content.notes]) {
      expect(item.data.sources.length, item.file).toBeGreaterThan(0);
    }
    for (const claim of claims) expect(claim.sources.length, claim.id).toBeGreaterThan(0);
  });

  it('marks the article’s key terms through glossary aliases', () => {
    const aliases = new Map(content.glossary.map((g) => [g.id, g.data.aliases]));
    expect(aliases.get('csto')).toContain('CSTO');
    expect(aliases.get('etim')).toContain('East Turkestan Islamic Movement');
    expect(aliases.get('imu')).toContain('Islamic Movement of Uzbekistan');
  });
});

describe('checkContent on a fixture lesson', () => {
  it('accepts a complete small lesson', () => {
    expect(checkContent(loadContent(fixtureDir)).map((p) => p.message)).toEqual([]);
  });

  it('reports broken references with file, field, bad id and suggestion', () => {
    const content = loadContent(fixtureDir);
    const [lesson] = content.lessons;
    const [event] = content.timeline;
    const [set] = content.quizzes;
    const [question] = set?.data.questions ?? [];
    if (!lesson || !event || !set || !question || question.type !== 'single') throw new Error('fixture changed');
    lesson.termIds = ['coastal-counsil'];
    event.data.actors = ['harbor-office'];
    question.paragraphs = [9];
    question.options.forEach((o) => (o.correct = false));
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'tests/fixtures/second-lesson/lessons/tide-report.mdx: body <Term id>[0] refers to unknown glossary id "coastal-counsil". Did you mean "coastal-council"?',
      'tests/fixtures/second-lesson/timeline/tide-report/spring-tide.yaml: actors[0] refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?',
      'tests/fixtures/second-lesson/quizzes/tide-report/check.yaml: questions[0] (tide-kind).paragraphs[0] refers to paragraph anchor "p9", but lesson "tide-report" has paragraphs p1 to p2. Did you mean "p2"?',
      'tests/fixtures/second-lesson/quizzes/tide-report/check.yaml: question "tide-kind", field options: has 0 correct options; mark exactly one with "correct: true".',
    ]);
  });
});
