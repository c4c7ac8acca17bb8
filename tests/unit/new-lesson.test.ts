import { describe, expect, it } from 'vitest';
import { mdxBodyParagraphs, parseSourceText } from '../../src/lib/article';
import { checkContent } from '../../src/lib/content-check';
import { splitFrontmatter } from '../../src/lib/content-files';
import { lessonSchema } from '../../src/schemas/lesson';
import { datelineOf, isPlaceholder, newLessonFromArticle, slugFromHeadline } from '../../src/lib/new-lesson';

const ARTICLE =
  'Photo: Jo Bloggs\r\n\r\nCafé Owners Fear a Hot, Dry  Summer\n\nLISBON, PORTUGAL – It was\nhot.\n\nThen it rained.\n';

describe('new:lesson', () => {
  const lesson = newLessonFromArticle(ARTICLE);

  it('makes the id from the headline', () => {
    expect(lesson.slug).toBe('cafe-owners-fear-a-hot-dry');
    expect(slugFromHeadline('¿?')).toBe('lesson');
    expect(newLessonFromArticle(ARTICLE, 'my-id').slug).toBe('my-id');
  });

  it('keeps the article as given in the source text and puts the same paragraphs in the body', () => {
    expect(lesson.sourceText).toBe(ARTICLE.replace(/\r\n/g, '\n').trim() + '\n');
    const split = splitFrontmatter(lesson.mdx);
    if (!split) throw new Error('no frontmatter');
    expect(mdxBodyParagraphs(split.body)).toEqual(parseSourceText(lesson.sourceText).paragraphs);
    expect(mdxBodyParagraphs(split.body)).toEqual(['LISBON, PORTUGAL – It was hot.', 'Then it rained.']);
  });

  it('fills in what the article tells and marks the rest as placeholders', () => {
    const data = splitFrontmatter(lesson.mdx)?.data as Record<string, unknown>;
    expect(data).toMatchObject({
      title: 'Café Owners Fear a Hot, Dry Summer',
      dateline: 'LISBON, PORTUGAL',
      photoCredit: 'Jo Bloggs',
      sourceFile: 'cafe-owners-fear-a-hot-dry.source.txt',
    });
    const placeholders = Object.entries(data)
      .filter(([, v]) => (Array.isArray(v) ? v : [v]).some(isPlaceholder))
      .map(([k]) => k);
    expect(placeholders).toEqual(['outlet', 'url', 'published', 'topics', 'summary', 'objectives', 'sources']);
  });

  it('passes the integrity check once the placeholders are filled in', () => {
    const split = splitFrontmatter(lesson.mdx);
    if (!split) throw new Error('no frontmatter');
    const data = lessonSchema.parse({
      ...(split.data as object),
      outlet: 'Gazette',
      url: 'https://example.org/a',
      published: '2025',
      topics: ['Weather'],
      summary: 'Heat.',
      objectives: ['Read it.'],
      sources: ['gazette'],
    });
    const file = `content/lessons/${lesson.slug}.mdx`;
    const problems = checkContent({
      lessons: [
        {
          id: lesson.slug,
          file,
          data,
          paragraphs: mdxBodyParagraphs(split.body),
          termIds: [],
          source: { file: `content/lessons/${data.sourceFile}`, text: lesson.sourceText, available: [] },
        },
      ],
      lessonTerms: [],
      glossary: [],
      sources: [
        {
          id: 'gazette',
          file: 'g.yaml',
          data: {
            title: 'G',
            publisher: 'G',
            url: 'https://e.org',
            kind: 'primary',
            published: '2025',
            accessed: '2026-11-29',
          },
        },
      ],
      skills: [],
      timeline: [],
      timelineTags: [],
      notes: [],
      claims: [],
      guides: [],
      quizzes: [],
      maps: [],
    });
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('finds a dateline only where the article starts with one', () => {
    expect(datelineOf('VANCOUVER, CANADA – Russia said')).toBe('VANCOUVER, CANADA');
    expect(datelineOf('Russia said – on Monday')).toBeUndefined();
  });

  it('says how to lay out an article with no paragraphs', () => {
    expect(() => newLessonFromArticle('Only a headline')).toThrow(
      'The article has a headline but no paragraphs. Put a blank line between the headline and each paragraph.',
    );
  });
});
