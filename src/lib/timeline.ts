import { comparePartialDates, formatPartialDate, parsePartialDate, type PartialDate } from './dates';

/** How an event stands in time relative to the lesson's article. */
export type TimelineRelation = 'background' | 'moment' | 'after';

/** One event as written in content (dates still as text). */
export interface TimelineEventInput {
  /** The event's slug (its file name); also its element id on the timeline page. */
  slug: string;
  /** Start date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** End date of a span, same forms as `date`. */
  end?: string | undefined;
  /** True when the date is approximate or only "likely". */
  approximate: boolean;
  title: string;
  summary: string;
  /** Glossary ids of the people and groups involved. */
  actors: readonly string[];
  /** Filter tags. */
  tags: readonly string[];
  /** Source ids backing the event. */
  sources: readonly string[];
  relation: TimelineRelation;
  /** Article paragraphs the event explains. */
  paragraphs: readonly number[];
}

/** An event with its dates parsed. */
export interface TimelineEvent extends TimelineEventInput {
  start: PartialDate;
  /** Parsed `end`, when the event is a span. */
  until?: PartialDate | undefined;
}

/**
 * Parses an event's dates.
 * @throws Error naming the event and field when a date is malformed or the span ends before it starts.
 */
export function parseEvent(input: TimelineEventInput): TimelineEvent {
  const at = (field: string, text: string): PartialDate => {
    try {
      return parsePartialDate(text);
    } catch (error) {
      throw new Error(`Timeline event "${input.slug}", field "${field}": ${(error as Error).message}`, {
        cause: error,
      });
    }
  };
  const start = at('date', input.date);
  if (input.end === undefined) return { ...input, start };
  const until = at('end', input.end);
  if (endsBeforeStart(start, until)) {
    throw new Error(
      `Timeline event "${input.slug}": "end" (${input.end}) is before "date" (${input.date}); swap them or fix the typo.`,
    );
  }
  return { ...input, start, until };
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** Compared at the coarser of the two precisions, so "1999-05-02" to "1999" is a valid span. */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  const rank = Math.min(PRECISION_RANK[start.precision], PRECISION_RANK[end.precision]);
  const cut = (d: PartialDate): [number, number, number] => [
    d.year,
    rank >= 1 ? (d.month ?? 0) : 0,
    rank >= 2 ? (d.day ?? 0) : 0,
  ];
  const [a, b] = [cut(end), cut(start)];
  return (a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) < 0;
}

/**
 * Chronological order of two events: by start date (a coarser date comes before the finer dates
 * it contains, so "2024-02" precedes "2024-02-27"), then points before spans that start with them,
 * shorter spans first, then by title, then by slug so that the order is total.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byStart = comparePartialDates(a.start, b.start);
  if (byStart !== 0) return byStart;
  if (a.until === undefined || b.until === undefined) {
    if (a.until !== b.until) return a.until === undefined ? -1 : 1;
  } else {
    const byEnd = comparePartialDates(a.until, b.until);
    if (byEnd !== 0) return byEnd;
  }
  return a.title.localeCompare(b.title, 'en') || compareText(a.slug, b.slug);
}

/** Code-point order, independent of locale, so the last tie-break never depends on the machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Events in chronological order ({@link compareEvents}); the input is not changed. */
export function sortEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/**
 * The date the timeline marks as "the article". A lesson's `published` date is often known only to
 * the month; when it is, the lesson's own "moment" event with a day-precision date inside that
 * period supplies the day (the earliest such event if there are several). Otherwise the published
 * date is used at its own precision.
 */
export function articleDate(published: string, events: readonly TimelineEvent[]): PartialDate {
  const pub = parsePartialDate(published);
  if (pub.precision === 'day') return pub;
  const within = (d: PartialDate): boolean => d.year === pub.year && (pub.month === undefined || d.month === pub.month);
  const moment = sortEvents(events.filter((e) => e.relation === 'moment' && e.start.precision === 'day')).find((e) =>
    within(e.start),
  );
  return moment ? moment.start : pub;
}

/**
 * Where the article marker goes in a sorted list: before the first event that is "after" the
 * article or starts later than the marker date. Events on the marker's own day stay before it,
 * because the article reports them.
 */
export function markerIndex(sorted: readonly TimelineEvent[], marker: PartialDate): number {
  const i = sorted.findIndex((e) => e.relation === 'after' || comparePartialDates(e.start, marker) > 0);
  return i === -1 ? sorted.length : i;
}

/** An entry of a year group: an event, or the article marker. */
export type TimelineItem = { kind: 'event'; event: TimelineEvent } | { kind: 'marker'; date: PartialDate };

/** The events of one year, in order, with the article marker if it falls in that year. */
export interface YearGroup {
  year: number;
  items: TimelineItem[];
}

/**
 * Groups events by the year they start in, in chronological order, and places the article
 * marker (when given) at its position; a marker year without events gets a group of its own.
 */
export function groupByYear(events: readonly TimelineEvent[], marker?: PartialDate): YearGroup[] {
  const sorted = sortEvents(events);
  const items: TimelineItem[] = sorted.map((event) => ({ kind: 'event', event }));
  if (marker) items.splice(markerIndex(sorted, marker), 0, { kind: 'marker', date: marker });
  const groups: YearGroup[] = [];
  for (const item of items) {
    const year = item.kind === 'event' ? item.event.start.year : item.date.year;
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** What the filter island needs to know about an event. */
export interface FilterableEvent {
  slug: string;
  year: number;
  actors: readonly string[];
  tags: readonly string[];
}

/** The filter the reader chose; an empty or missing value means "any". */
export interface TimelineFilterValue {
  actor?: string | undefined;
  tag?: string | undefined;
}

/** The slugs and years left visible by a filter. */
export interface FilterResult {
  shown: Set<string>;
  /** Years that still have a visible event, plus the marker's year, which always shows. */
  years: Set<number>;
}

/** Applies an actor and/or tag filter (both must match when both are set). */
export function filterEvents(
  events: readonly FilterableEvent[],
  filter: TimelineFilterValue,
  markerYear?: number,
): FilterResult {
  const shown = new Set<string>();
  const years = new Set<number>(markerYear === undefined ? [] : [markerYear]);
  for (const e of events) {
    if (filter.actor && !e.actors.includes(filter.actor)) continue;
    if (filter.tag && !e.tags.includes(filter.tag)) continue;
    shown.add(e.slug);
    years.add(e.year);
  }
  return { shown, years };
}

/** A filter choice with how many events it matches. */
export interface FilterOption {
  id: string;
  count: number;
}

/** Every actor (or tag) used by the events, with its number of events, most frequent first. */
export function filterOptions(events: readonly FilterableEvent[], field: 'actors' | 'tags'): FilterOption[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of e[field]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || compareText(a.id, b.id));
}

/** Layout constants of the overview axis, in CSS pixels (the SVG is drawn at 1:1). */
export interface AxisOptions {
  /** Width of a year column that has events, and vertical pitch of stacked marks. */
  pitch: number;
  /** Side of a mark; at least 24 so every mark is a large enough target. */
  mark: number;
  /** Width of an empty year inside a short gap. */
  emptyYear: number;
  /** Runs of more empty years than this collapse into one "break" column. */
  maxGap: number;
  /** Padding around the drawing. */
  pad: number;
  /** Room under the axis line for the rotated year labels. */
  labelHeight: number;
}

/** Default axis layout. */
export const AXIS_DEFAULTS: AxisOptions = { pitch: 28, mark: 24, emptyYear: 8, maxGap: 3, pad: 8, labelHeight: 40 };

/** A column of the axis: a year (with or without events) or a collapsed run of empty years. */
export type AxisColumn =
  | { kind: 'year'; year: number; x: number; width: number; count: number }
  | { kind: 'gap'; from: number; to: number; x: number; width: number };

/** One event's mark on the axis. */
export interface AxisMark {
  slug: string;
  relation: TimelineRelation;
  x: number;
  y: number;
  event: TimelineEvent;
}

/** Everything needed to draw the overview axis. */
export interface AxisData {
  width: number;
  height: number;
  /** y of the axis line. */
  baseline: number;
  columns: AxisColumn[];
  marks: AxisMark[];
  /** The article marker: a bar across its year's column between the events before and after it. */
  marker?: { x: number; y: number; width: number; date: PartialDate } | undefined;
  /** First and last year shown. */
  from: number;
  to: number;
  /** The year with most events (the earliest if tied) and its count. */
  busiest: { year: number; count: number };
  /** Events per year, only years that have events. */
  counts: Map<number, number>;
}

/**
 * Lays out the overview axis: one column per year, stacked marks for its events (earliest at
 * the bottom), long empty stretches collapsed so that clusters stay readable on a phone.
 * @throws Error when there are no events: an empty timeline has no axis.
 */
export function axisLayout(
  events: readonly TimelineEvent[],
  marker?: PartialDate,
  options: Partial<AxisOptions> = {},
): AxisData {
  const o = { ...AXIS_DEFAULTS, ...options };
  const sorted = sortEvents(events);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) throw new Error('axisLayout: the timeline has no events, so there is no axis to draw.');
  const byYear = new Map<number, TimelineEvent[]>();
  for (const e of sorted) byYear.set(e.start.year, [...(byYear.get(e.start.year) ?? []), e]);
  const from = Math.min(first.start.year, marker?.year ?? Infinity);
  const to = Math.max(last.start.year, marker?.year ?? -Infinity);
  const maxCount = Math.max(...[...byYear.values()].map((list) => list.length));
  const markerYear = marker?.year;
  const columns: AxisColumn[] = [];
  let x = o.pad;
  for (let year = from; year <= to; year++) {
    const count = byYear.get(year)?.length ?? 0;
    if (count > 0 || year === markerYear) {
      columns.push({ kind: 'year', year, x, width: o.pitch, count });
      x += o.pitch;
      continue;
    }
    let end = year;
    while (end + 1 <= to && !byYear.has(end + 1) && end + 1 !== markerYear) end++;
    if (end - year + 1 > o.maxGap) {
      columns.push({ kind: 'gap', from: year, to: end, x, width: o.pitch });
      x += o.pitch;
    } else {
      for (let y = year; y <= end; y++) {
        columns.push({ kind: 'year', year: y, x, width: o.emptyYear, count: 0 });
        x += o.emptyYear;
      }
    }
    year = end;
  }
  // One extra pitch of headroom above the tallest column leaves room for the marker bar.
  const baseline = o.pad + (maxCount + 1) * o.pitch;
  const inset = (o.pitch - o.mark) / 2;
  const marks: AxisMark[] = [];
  let markerBar: AxisData['marker'];
  const markerAt = marker ? sorted[markerIndex(sorted, marker)] : undefined;
  for (const col of columns) {
    if (col.kind !== 'year') continue;
    const list = byYear.get(col.year) ?? [];
    let offset = 0;
    list.forEach((event) => {
      if (marker && event === markerAt) {
        markerBar = { x: col.x, y: baseline - offset * o.pitch - o.pitch / 2, width: col.width, date: marker };
        offset += 1;
      }
      marks.push({
        slug: event.slug,
        relation: event.relation,
        x: col.x + inset,
        y: baseline - (offset + 1) * o.pitch + inset,
        event,
      });
      offset += 1;
    });
    if (marker && col.year === marker.year && markerBar === undefined) {
      markerBar = { x: col.x, y: baseline - offset * o.pitch - o.pitch / 2, width: col.width, date: marker };
    }
  }
  const counts = new Map([...byYear].map(([year, list]) => [year, list.length]));
  let busiest = { year: first.start.year, count: 0 };
  for (const [year, count] of counts) if (count > busiest.count) busiest = { year, count };
  return {
    width: x + o.pad,
    height: baseline + o.labelHeight + o.pad,
    baseline,
    columns,
    marks,
    marker: markerBar,
    from,
    to,
    busiest,
    counts,
  };
}

/** A date in TimelineJS's `date` object form. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/** A TimelineJS text object: `headline` is plain text, `text` may hold HTML. */
export interface TimelineJsText {
  headline: string;
  text: string;
}

/** A TimelineJS slide (one event). */
export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: TimelineJsText;
  group?: string;
  unique_id: string;
}

/** The TimelineJS JSON format (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsData {
  title: { text: TimelineJsText };
  events: TimelineJsEvent[];
}

/** A source as the export cites it. */
export interface ExportSource {
  publisher: string;
  /** Address of the copy read; absent for a book. */
  url?: string | undefined;
  /** Title of the cited page, shown after the publisher. */
  title?: string | undefined;
  /** What kind of source it is, in words ("state media"), shown after the publisher. */
  kind?: string | undefined;
}

/** Text the TimelineJS export needs; comes from the i18n file. */
export interface TimelineJsLabels {
  /** The approximate-date prefix, e.g. "approx.". */
  approx: string;
  /** Label before the source links, e.g. "Sources:". */
  sources: string;
  /** Sentence naming the article paragraphs an event relates to. */
  paragraphs: (list: string) => string;
  /** Visible label of an event's relation to the article ("after the article"), or "" for none. */
  relation: (relation: TimelineRelation) => string;
  /** Display name of a tag, used as the TimelineJS group. */
  tag: (tag: string) => string;
}

/** Input for {@link toTimelineJs}. */
export interface TimelineJsInput {
  headline: string;
  /** Introduction shown on the title slide, plain text. */
  intro: string;
  events: readonly TimelineEvent[];
  sources: ReadonlyMap<string, ExportSource>;
  labels: TimelineJsLabels;
}

/** Escapes text for inclusion in HTML (TimelineJS renders `text.text` as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const tjsDate = (d: PartialDate, display?: string): TimelineJsDate => ({
  year: d.year,
  ...(d.month === undefined ? {} : { month: d.month }),
  ...(d.day === undefined ? {} : { day: d.day }),
  ...(display === undefined ? {} : { display_date: display }),
});

/** How an event's date reads: "27 Feb 2024", "1999 – 2000", with "approx." when approximate. */
export function displayDate(event: TimelineEvent, approx: string): string {
  const span = event.until
    ? `${formatPartialDate(event.start)} – ${formatPartialDate(event.until)}`
    : formatPartialDate(event.start);
  return event.approximate ? `${approx} ${span}` : span;
}

/**
 * Builds the TimelineJS JSON for a lesson's events: dates at their own precision (TimelineJS
 * treats a missing month or day as unknown), a display date carrying "approx." and spans, and the
 * summary, relation to the article, paragraphs and source links as the slide text.
 */
export function toTimelineJs(input: TimelineJsInput): TimelineJsData {
  const { labels } = input;
  const events = sortEvents(input.events).map((e): TimelineJsEvent => {
    const cited = e.sources.flatMap((id) => {
      const s = input.sources.get(id);
      if (!s) return [];
      const title = s.title ? `, “${escapeHtml(s.title)}”` : '';
      const name = escapeHtml(s.publisher);
      const linked = s.url === undefined ? name : `<a href="${escapeHtml(s.url)}">${name}</a>`;
      const kind = s.kind ? ` (${escapeHtml(s.kind)})` : '';
      return [`${linked}${kind}${title}`];
    });
    const relation = labels.relation(e.relation);
    const parts = [
      `<p>${escapeHtml(e.summary)}</p>`,
      relation ? `<p><em>${escapeHtml(relation)}</em></p>` : '',
      e.paragraphs.length > 0 ? `<p>${escapeHtml(labels.paragraphs(e.paragraphs.join(', ')))}</p>` : '',
      cited.length > 0 ? `<p>${escapeHtml(labels.sources)} ${cited.join('; ')}</p>` : '',
    ];
    const display = displayDate(e, labels.approx);
    const firstTag = e.tags[0];
    return {
      start_date: tjsDate(e.start),
      ...(e.until ? { end_date: tjsDate(e.until) } : {}),
      display_date: display,
      text: { headline: e.title, text: parts.join('') },
      ...(firstTag === undefined ? {} : { group: labels.tag(firstTag) }),
      unique_id: e.slug,
    };
  });
  return { title: { text: { headline: input.headline, text: `<p>${escapeHtml(input.intro)}</p>` } }, events };
}
