import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { comparePartialDates, parsePartialDate } from '../../src/lib/dates';
import {
  articleDate,
  axisLayout,
  compareEvents,
  escapeHtml,
  filterEvents,
  filterOptions,
  groupByYear,
  markerIndex,
  parseEvent,
  sortEvents,
  toTimelineJs,
  type TimelineEvent,
  type TimelineEventInput,
  type TimelineJsLabels,
} from '../../src/lib/timeline';
import { timelineSchema } from '../../src/schemas/timeline';

const ev = (slug: string, date: string, extra: Partial<TimelineEventInput> = {}): TimelineEvent =>
  parseEvent({
    slug,
    date,
    approximate: false,
    title: slug,
    summary: `Summary of ${slug}.`,
    actors: [],
    tags: ['diplomacy'],
    sources: ['src-a'],
    relation: 'background',
    paragraphs: [],
    ...extra,
  });

const slugs = (events: readonly { slug: string }[]): string[] => events.map((e) => e.slug);

/** The real lesson's events, read and validated the way the content collection does. */
const CONTENT = join(import.meta.dirname, '../../content/timeline');
// Each lesson's events are in a folder; its tags file (`<lesson>.yaml`) sits beside the folders.
const realEvents: TimelineEvent[] = readdirSync(CONTENT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .flatMap((lesson) =>
    readdirSync(join(CONTENT, lesson))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const data = timelineSchema.parse(parseYaml(readFileSync(join(CONTENT, lesson, f), 'utf8')));
        return parseEvent({ slug: f.replace(/\.yaml$/, ''), ...data });
      }),
  );

/** What TimelineJS 3 reads (https://timeline.knightlab.com/docs/json-format.html). */
const tjsDate = z
  .strictObject({
    year: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    hour: z.number().int().min(0).max(23).optional(),
    minute: z.number().int().min(0).max(59).optional(),
    second: z.number().int().min(0).max(59).optional(),
    millisecond: z.number().int().min(0).max(999).optional(),
    display_date: z.string().min(1).optional(),
  })
  .refine((d) => d.day === undefined || d.month !== undefined, 'a day needs a month');
const tjsText = z.strictObject({ headline: z.string().min(1), text: z.string() });
const tjsSlide = z.strictObject({
  start_date: tjsDate,
  end_date: tjsDate.optional(),
  display_date: z.string().min(1).optional(),
  text: tjsText,
  group: z.string().min(1).optional(),
  unique_id: z.string().regex(/^[a-z0-9-]+$/, 'TimelineJS uses unique_id in URL hashes'),
});
const timelineJsSchema = z.strictObject({
  title: z.strictObject({ text: tjsText }),
  events: z.array(tjsSlide).min(1),
  scale: z.enum(['human', 'cosmological']).optional(),
});

const labels: TimelineJsLabels = {
  approx: 'approx.',
  sources: 'Sources:',
  paragraphs: (list) => `Paragraphs of the article: ${list}.`,
  relation: (r) => (r === 'after' ? 'after the article' : r === 'moment' ? 'at the time of the article' : ''),
  tag: (tag) => tag.toUpperCase(),
};

describe('parseEvent', () => {
  it('parses start and end dates at their precision', () => {
    const e = ev('span', '1999', { end: '2000-03' });
    expect(e.start).toMatchObject({ year: 1999, precision: 'year' });
    expect(e.until).toMatchObject({ year: 2000, month: 3, precision: 'month' });
  });

  it('names the event and field of a malformed date', () => {
    expect(() => ev('bad', '2024-13')).toThrow(
      'Timeline event "bad", field "date": Invalid date "2024-13": month must be 01 to 12.',
    );
    expect(() => ev('bad-end', '2024', { end: '2024-02-30' })).toThrow(
      'Timeline event "bad-end", field "end": Invalid date "2024-02-30": 2024-02 has no day 30.',
    );
  });

  it('accepts a span whose end is coarser than its start', () => {
    expect(ev('coarse-end', '1999-05-02', { end: '1999' }).until?.iso).toBe('1999');
  });

  it('rejects a span that ends before it starts', () => {
    expect(() => ev('backwards', '2024-05', { end: '2024-04-30' })).toThrow(
      'Timeline event "backwards": "end" (2024-04-30) is before "date" (2024-05); swap them or fix the typo.',
    );
  });
});

describe('sortEvents', () => {
  it('orders by date, coarser dates before the finer dates they contain', () => {
    const events = [
      ev('day-27', '2024-02-27'),
      ev('march', '2024-03'),
      ev('year', '2024'),
      ev('feb', '2024-02'),
      ev('day-16', '2024-02-16'),
      ev('older', '2023-12-31'),
    ];
    expect(slugs(sortEvents(events))).toEqual(['older', 'year', 'feb', 'day-16', 'day-27', 'march']);
  });

  it('puts a point before spans starting the same day, and shorter spans first', () => {
    const events = [
      ev('long', '1999', { end: '2002' }),
      ev('short', '1999', { end: '2000' }),
      ev('point', '1999'),
      ev('next', '1999-01'),
    ];
    expect(slugs(sortEvents(events))).toEqual(['point', 'short', 'long', 'next']);
  });

  it('breaks ties by title, then slug', () => {
    const events = [
      ev('c', '2020-01-01', { title: 'Beta' }),
      ev('b', '2020-01-01', { title: 'Alpha' }),
      ev('a', '2020-01-01', { title: 'Beta' }),
    ];
    expect(slugs(sortEvents(events))).toEqual(['b', 'a', 'c']);
  });

  it('does not change its input', () => {
    const events = [ev('b', '2021'), ev('a', '2020')];
    sortEvents(events);
    expect(slugs(events)).toEqual(['b', 'a']);
  });

  it('orders the real lesson as the fact sheet reads', () => {
    const order = slugs(sortEvents(realEvents));
    const before = (a: string, b: string): boolean => order.indexOf(a) < order.indexOf(b);
    expect(order.length).toBeGreaterThanOrEqual(30);
    expect(before('collective-security-treaty', 'csto-charter')).toBe(true);
    // "2024-02" (month) comes before the days of February it contains.
    expect(before('mujahid-unfounded-2024', 'bishkek-meeting-2024')).toBe(true);
    expect(before('shoigu-board-meeting', 'crocus-attack')).toBe(true);
    expect(before('taliban-ban-suspended', 'russia-recognises-taliban')).toBe(true);
  });

  const dateArb = fc
    .record({
      year: fc.integer({ min: 1900, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('year', 'month', 'day'),
    })
    .map(({ year, month, day, precision }) => {
      const mm = String(month).padStart(2, '0');
      const dd = String(day).padStart(2, '0');
      return precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
    });
  const eventsArb = fc.uniqueArray(
    fc.record({
      slug: fc.stringMatching(/^[a-z]{1,6}$/),
      date: dateArb,
      title: fc.constantFrom('A', 'B', 'Same title'),
      span: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    { selector: (e) => e.slug, maxLength: 30 },
  );
  const build = (xs: { slug: string; date: string; title: string; span: number | undefined }[]) =>
    xs.map((x) =>
      ev(x.slug, x.date, {
        title: x.title,
        ...(x.span === undefined ? {} : { end: String(Number(x.date.slice(0, 4)) + x.span) }),
      }),
    );

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(eventsArb, (xs) => {
        const once = sortEvents(build(xs));
        expect(slugs(sortEvents(once))).toEqual(slugs(once));
      }),
    );
  });

  it('does not depend on input order (property)', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
        ([xs, shuffled]) => {
          expect(slugs(sortEvents(build(shuffled)))).toEqual(slugs(sortEvents(build(xs))));
        },
      ),
    );
  });

  it('never puts a later start before an earlier one (property)', () => {
    fc.assert(
      fc.property(eventsArb, (xs) => {
        const sorted = sortEvents(build(xs));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1], sorted[i]];
          if (!a || !b) continue;
          expect(comparePartialDates(a.start, b.start)).toBeLessThanOrEqual(0);
          expect(compareEvents(a, b)).toBeLessThan(0);
        }
      }),
    );
  });
});

describe('articleDate and the marker', () => {
  const moment = ev('meeting', '2024-02-27', { relation: 'moment' });
  const monthMoment = ev('reaction', '2024-02', { relation: 'moment' });

  it("takes the day from the lesson's own day-precision moment event", () => {
    expect(articleDate('2024-02', [monthMoment, moment]).iso).toBe('2024-02-27');
  });

  it('keeps a published date known to the day', () => {
    expect(articleDate('2024-02-28', [moment]).iso).toBe('2024-02-28');
  });

  it('falls back to the published date at its precision', () => {
    expect(articleDate('2024-02', [monthMoment]).iso).toBe('2024-02');
    expect(articleDate('2024', []).iso).toBe('2024');
    // A moment outside the published month cannot be the article's day.
    expect(articleDate('2024-03', [moment]).iso).toBe('2024-03');
  });

  it('uses the earliest day-precision moment inside a year-precision publication', () => {
    expect(articleDate('2024', [ev('late', '2024-06-01', { relation: 'moment' }), moment]).iso).toBe('2024-02-27');
  });

  it('places the marker after same-day events and before events after the article', () => {
    const sorted = sortEvents([
      ev('before', '2024-01-03'),
      moment,
      ev('same-day-after', '2024-02-27', { relation: 'after', title: 'A' }),
      ev('later', '2024-03-22', { relation: 'after' }),
    ]);
    expect(slugs(sorted)).toEqual(['before', 'same-day-after', 'meeting', 'later']);
    expect(markerIndex(sorted, parsePartialDate('2024-02-27'))).toBe(1);
    const plain = sortEvents([ev('a', '2024-01'), moment, ev('b', '2024-03')]);
    expect(markerIndex(plain, parsePartialDate('2024-02-27'))).toBe(2);
    expect(markerIndex(plain, parsePartialDate('2030'))).toBe(3);
  });
});

describe('groupByYear', () => {
  it('groups by start year in order, with the marker in its place', () => {
    const groups = groupByYear(
      [ev('x', '2024-03-22', { relation: 'after' }), ev('w', '2024-02'), ev('v', '1999', { end: '2001' })],
      parsePartialDate('2024-02-27'),
    );
    expect(groups.map((g) => g.year)).toEqual([1999, 2024]);
    expect(groups[1]?.items.map((i) => (i.kind === 'event' ? i.event.slug : `marker ${i.date.iso}`))).toEqual([
      'w',
      'marker 2024-02-27',
      'x',
    ]);
  });

  it('gives a marker year without events a group of its own', () => {
    const groups = groupByYear([ev('a', '2020'), ev('b', '2026')], parsePartialDate('2024-02'));
    expect(groups.map((g) => [g.year, g.items.length])).toEqual([
      [2020, 1],
      [2024, 1],
      [2026, 1],
    ]);
  });

  it('puts every real event in exactly one group, plus one marker', () => {
    const marker = articleDate('2024-02', realEvents);
    expect(marker.iso).toBe('2024-02-27');
    const items = groupByYear(realEvents, marker).flatMap((g) => g.items);
    expect(items.filter((i) => i.kind === 'marker')).toHaveLength(1);
    expect(items.filter((i) => i.kind === 'event')).toHaveLength(realEvents.length);
  });
});

describe('filterEvents', () => {
  const events = [
    { slug: 'a', year: 2001, actors: ['taliban'], tags: ['diplomacy'] },
    { slug: 'b', year: 2001, actors: ['taliban', 'imu'], tags: ['militant-groups'] },
    { slug: 'c', year: 2024, actors: ['imu'], tags: ['diplomacy', 'militant-groups'] },
    { slug: 'd', year: 2025, actors: [], tags: ['drugs'] },
  ];

  it('shows everything without a filter', () => {
    expect([...filterEvents(events, {}).shown]).toEqual(['a', 'b', 'c', 'd']);
    expect([...filterEvents(events, { actor: '', tag: '' }).shown]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by actor, by tag, and by both', () => {
    expect([...filterEvents(events, { actor: 'imu' }).shown]).toEqual(['b', 'c']);
    expect([...filterEvents(events, { tag: 'diplomacy' }).shown]).toEqual(['a', 'c']);
    expect([...filterEvents(events, { actor: 'taliban', tag: 'militant-groups' }).shown]).toEqual(['b']);
    expect([...filterEvents(events, { actor: 'nobody' }).shown]).toEqual([]);
  });

  it('keeps the years that still have events, and the marker year', () => {
    expect([...filterEvents(events, { tag: 'drugs' }, 2024).years].sort()).toEqual([2024, 2025]);
    expect([...filterEvents(events, { actor: 'taliban' }).years]).toEqual([2001]);
  });

  it('matches the real content count for an actor', () => {
    const real = realEvents.map((e) => ({ slug: e.slug, year: e.start.year, actors: e.actors, tags: e.tags }));
    const expected = realEvents.filter((e) => e.actors.includes('taliban')).length;
    expect(filterEvents(real, { actor: 'taliban' }).shown.size).toBe(expected);
  });

  it('lists options by frequency with counts', () => {
    expect(filterOptions(events, 'actors')).toEqual([
      { id: 'imu', count: 2 },
      { id: 'taliban', count: 2 },
    ]);
    expect(filterOptions(events, 'tags').map((o) => o.id)).toEqual(['diplomacy', 'militant-groups', 'drugs']);
  });
});

describe('axisLayout', () => {
  it('collapses long empty stretches and keeps short ones to scale', () => {
    const axis = axisLayout([ev('a', '1904'), ev('b', '1990'), ev('c', '1993'), ev('d', '1993-05')]);
    expect(axis.columns.map((c) => (c.kind === 'gap' ? `gap ${c.from}-${c.to}` : `${c.year}:${c.count}`))).toEqual([
      '1904:1',
      'gap 1905-1989',
      '1990:1',
      '1991:0',
      '1992:0',
      '1993:2',
    ]);
    expect(axis.busiest).toEqual({ year: 1993, count: 2 });
    expect([axis.from, axis.to]).toEqual([1904, 1993]);
  });

  it('draws one non-overlapping mark of at least 24px per real event, and the marker between', () => {
    const marker = articleDate('2024-02', realEvents);
    const axis = axisLayout(realEvents, marker);
    expect(axis.marks).toHaveLength(realEvents.length);
    for (const [i, a] of axis.marks.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + 24).toBeLessThanOrEqual(axis.width);
      expect(a.y + 24).toBeLessThanOrEqual(axis.baseline);
      for (const b of axis.marks.slice(i + 1)) {
        const overlap = Math.abs(a.x - b.x) < 24 && Math.abs(a.y - b.y) < 24;
        expect(overlap, `${a.slug} overlaps ${b.slug}`).toBe(false);
      }
    }
    const bar = axis.marker;
    expect(bar).toBeDefined();
    const column = axis.marks.filter((m) => m.event.start.year === marker.year);
    const below = column.filter((m) => bar && m.y > bar.y).map((m) => m.relation);
    const above = column.filter((m) => bar && m.y < bar.y).map((m) => m.relation);
    expect(above.length).toBeGreaterThan(0);
    expect(above.every((r) => r === 'after')).toBe(true);
    expect(below).not.toContain('after');
  });

  it('refuses an empty timeline', () => {
    expect(() => axisLayout([])).toThrow('axisLayout: the timeline has no events, so there is no axis to draw.');
  });
});

describe('toTimelineJs', () => {
  const sources = new Map([
    [
      'src-a',
      { publisher: 'Agency <A>', url: 'https://example.org/a?x=1&y=2', title: 'A "title"', kind: 'wire service' },
    ],
    ['src-book', { publisher: 'A. Author, A Book', kind: 'book' }],
  ]);

  it('produces the shape TimelineJS expects, dates at their own precision', () => {
    const data = toTimelineJs({
      headline: 'Timeline: test',
      intro: 'Intro',
      events: [
        ev('day', '2024-02-27', { relation: 'moment', paragraphs: [1, 2] }),
        ev('year-span', '1999', { end: '2000', approximate: true, relation: 'after' }),
        ev('month', '2024-11', { tags: ['drugs', 'diplomacy'] }),
      ],
      sources,
      labels,
    });
    expect(timelineJsSchema.safeParse(data).error?.issues).toBeUndefined();
    expect(data.events.map((e) => e.unique_id)).toEqual(['year-span', 'day', 'month']);
    const [span, day, month] = data.events;
    expect(span?.start_date).toEqual({ year: 1999 });
    expect(span?.end_date).toEqual({ year: 2000 });
    expect(span?.display_date).toBe('approx. 1999 – 2000');
    expect(span?.text.text).toContain('<em>after the article</em>');
    expect(day?.start_date).toEqual({ year: 2024, month: 2, day: 27 });
    expect(day?.text.text).toContain('<p>Paragraphs of the article: 1, 2.</p>');
    expect(month?.start_date).toEqual({ year: 2024, month: 11 });
    expect(month?.group).toBe('DRUGS');
  });

  it('escapes text and cites sources as links', () => {
    const data = toTimelineJs({
      headline: 'h',
      intro: 'Tom & "Jerry" <b>',
      events: [ev('x', '2020', { summary: 'Less <than> & "more"' })],
      sources,
      labels,
    });
    expect(data.title.text.text).toBe('<p>Tom &#38; &#34;Jerry&#34; &#60;b&#62;</p>');
    const text = data.events[0]?.text.text ?? '';
    expect(text).toContain('<p>Less &#60;than&#62; &#38; &#34;more&#34;</p>');
    expect(text).toContain(
      '<p>Sources: <a href="https://example.org/a?x=1&#38;y=2">Agency &#60;A&#62;</a> (wire service), “A &#34;title&#34;”</p>',
    );
    const book = toTimelineJs({
      headline: 'h',
      intro: 'i',
      events: [ev('y', '2020', { sources: ['src-book'] })],
      sources,
      labels,
    });
    expect(book.events[0]?.text.text).toContain('<p>Sources: A. Author, A Book (book)</p>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('exports the real lesson validly, one slide per event with unique ids', () => {
    const data = toTimelineJs({ headline: 'Real', intro: 'Intro', events: realEvents, sources, labels });
    expect(timelineJsSchema.safeParse(data).error?.issues).toBeUndefined();
    expect(data.events).toHaveLength(realEvents.length);
    expect(new Set(data.events.map((e) => e.unique_id)).size).toBe(realEvents.length);
    // The schema really rejects what TimelineJS cannot read.
    const broken = structuredClone(data);
    if (broken.events[0]) broken.events[0].start_date = { year: 2024, month: 13 };
    expect(timelineJsSchema.safeParse(broken).success).toBe(false);
  });
});
