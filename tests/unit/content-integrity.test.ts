import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { loadContentFolder } from '../../src/lib/content-files';
import { wordDifference } from '../../src/lib/content-integrity';

const ROOT = new URL('../../', import.meta.url).pathname;
const BROKEN = new URL('../fixtures/broken-content/', import.meta.url).pathname;
const DIR = 'tests/fixtures/broken-content';

describe('wordDifference', () => {
  it('finds the words that differ, with the words around them', () => {
    expect(wordDifference('fees rise by nearly a fifth', 'fees rise by almost a fifth')).toEqual({
      lesson: 'nearly',
      source: 'almost',
      before: 'fees rise by',
      after: 'a fifth',
    });
  });
  it('reports added and missing words, and nothing for the same text', () => {
    expect(wordDifference('a b c d', 'a b d')).toMatchObject({ lesson: 'c', source: '' });
    expect(wordDifference('a b d', 'a b c d')).toMatchObject({ lesson: '', source: 'c' });
    expect(wordDifference('a  b', 'a b')).toBeUndefined();
  });
});

describe('the content checker on broken content (the checks the build runs)', () => {
  const { input, problems } = loadContentFolder(BROKEN, ROOT);
  const messages = checkContent(input).map((p) => p.message);

  it('loads the fixture without schema errors, so only the checker can catch these', () => {
    expect(problems).toEqual([]);
  });

  it('names a lesson paragraph that differs from its source by one word', () => {
    expect(messages).toContain(
      `${DIR}/lessons/harbour-fees.mdx: body paragraph 1 differs from harbour-fees.source.txt: the lesson has "nearly" where the source has "almost" (after "will rise by", before "a fifth from"). The lesson is the article word for word: copy paragraph 1 from harbour-fees.source.txt.`,
    );
  });

  it('names a title that is not the source’s headline', () => {
    expect(messages).toContain(
      `${DIR}/lessons/harbour-fees.mdx: title is "Harbour Fees Rise Again", but the headline in harbour-fees.source.txt is "Harbour Fees Rise Again This Spring". The title must be the headline exactly as published: did you mean "Harbour Fees Rise Again This Spring"?`,
    );
  });

  it('names a sourceFile that does not exist, suggesting the file that does', () => {
    expect(messages).toContain(
      `${DIR}/lessons/ferry-times.mdx: sourceFile names "ferry-time.source.txt", but there is no ${DIR}/lessons/ferry-time.source.txt. Did you mean "ferry-times.source.txt"?`,
    );
  });

  it('checks <Term id> in note bodies as in lesson bodies', () => {
    expect(messages).toContain(
      `${DIR}/notes/harbour-fees/fifth.md: body <Term id>[0] refers to unknown glossary id "harbor-office". Did you mean "harbour-office"?`,
    );
  });

  it('names the file, field, value and a fix for an impossible timeline date', () => {
    expect(messages).toContain(
      `${DIR}/timeline/harbour-fees/fee-vote.yaml: date "2025-02-30" is not a real date (2025-02 has no day 30). Did you mean "2025-02-28"? If the day is not known, write the month alone ("2025-02").`,
    );
  });

  it('names the file, field, value and a fix for a span that ends before it starts', () => {
    expect(messages).toContain(
      `${DIR}/timeline/harbour-fees/fee-study.yaml: end "2023-11" is before date "2024-05"; a span must end after it starts. Did you mean to swap them (date: "2023-11", end: "2024-05")?`,
    );
  });

  it('names a teacher plan’s unknown core note, suggesting the lesson’s nearest note', () => {
    expect(messages).toContain(
      `${DIR}/lessons/harbour-fees.plan.yaml: core.notes[0] refers to unknown note id "fith". Did you mean "fifth"?`,
    );
  });

  it('names a teacher plan’s core question that its lesson does not have', () => {
    expect(messages).toContain(
      `${DIR}/lessons/harbour-fees.plan.yaml: core.questions[0] refers to unknown question id "fees-forecast". No question ids exist yet.`,
    );
  });

  it('names a teacher plan whose steps do not fit its period', () => {
    expect(messages).toContain(
      `${DIR}/lessons/harbour-fees.plan.yaml: steps add up to 25 minutes, more than the period of 20 minutes. Shorten or drop a step (move it to the extended path), or raise "period".`,
    );
  });

  it('reports nothing else', () => {
    expect(messages).toHaveLength(9);
  });
});
