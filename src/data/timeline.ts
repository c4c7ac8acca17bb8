import { t } from '../i18n';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../lib/dates';
import { articleDate, groupByYear, parseEvent, sortEvents, type TimelineEvent, type YearGroup } from '../lib/timeline';
import { getSiteContent, slugOf, type LessonInfo } from './site';

/** A lesson's timeline, ready to render. */
export interface LessonTimeline {
  lesson: LessonInfo;
  /** Events in chronological order. */
  events: TimelineEvent[];
  /** The date of the marker: the article's, or that of the event it reports when it gives no day. */
  marker: PartialDate;
  /**
   * The marker's words with its date, e.g. "The article: 27 Feb 2024". When the marker takes the
   * day of a reported event, it is named as that event (the file's `markerLabel`), not the article.
   */
  markerText: (date: string) => string;
  /** Events and marker grouped by year. */
  years: YearGroup[];
  /** Labels of the lesson's declared topics, by id, in declaration order. */
  tags: ReadonlyMap<string, string>;
}

const cache = new Map<string, Promise<LessonTimeline | undefined>>();

async function load(lessonId: string): Promise<LessonTimeline | undefined> {
  const site = await getSiteContent();
  const lesson = site.lessons.find((l) => l.entry.id === lessonId);
  if (!lesson) return undefined;
  const events = sortEvents(
    site.timeline.filter((e) => e.data.lesson === lessonId).map((e) => parseEvent({ slug: slugOf(e.id), ...e.data })),
  );
  if (events.length === 0) return undefined;
  const marker = articleDate(lesson.entry.data.published, events);
  const file = site.timelineTags.find((f) => f.data.lesson === lessonId)?.data;
  const tags = new Map((file?.tags ?? []).map((tag) => [tag.id, tag.label]));
  // The article's own date, unless that lacks a day and the marker took a reported event's.
  const isArticle = marker.iso === parsePartialDate(lesson.entry.data.published).iso;
  const label = file?.markerLabel;
  const markerText = (date: string): string =>
    isArticle
      ? t('timeline.articleMarker', { date })
      : label
        ? t('timeline.namedMarker', { label, date })
        : t('timeline.momentMarker', {
            date,
            published: formatPartialDate(parsePartialDate(lesson.entry.data.published)),
          });
  return { lesson, events, marker, markerText, years: groupByYear(events, marker), tags };
}

/** The timeline of a lesson, or undefined when the lesson has no events. Computed once per build. */
export function lessonTimeline(lessonId: string): Promise<LessonTimeline | undefined> {
  let hit = cache.get(lessonId);
  if (!hit) {
    hit = load(lessonId);
    cache.set(lessonId, hit);
  }
  return hit;
}

/** Every lesson that has at least one timeline event, with its timeline. */
export async function lessonTimelines(): Promise<LessonTimeline[]> {
  const site = await getSiteContent();
  const all = await Promise.all(site.lessons.map((l) => lessonTimeline(l.entry.id)));
  return all.filter((t): t is LessonTimeline => t !== undefined);
}

/** Display names of glossary entries, for actor labels; falls back to the id. */
export async function glossaryTerms(): Promise<Map<string, string>> {
  const site = await getSiteContent();
  return new Map(site.glossary.map((g) => [g.id, g.data.term]));
}
