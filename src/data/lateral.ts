import type { CollectionEntry } from 'astro:content';
import en from '../i18n/en.json';
import { t } from '../i18n';
import { formatPartialDate, parsePartialDate } from '../lib/dates';
import { behindOfKind, type LateralData, type LateralResultData, type LateralTaskData } from '../lib/lateral';
import { PUBLISHED_UNKNOWN } from '../schemas/source';
import { sourceCitation, sourceKindLabel } from '../lib/source-cite';
import { href } from './paths';
import { getSiteContent, lessonPaths, type LessonInfo } from './site';

/** The URL of a lesson's lateral-reading data, which the island loads when the student starts. */
export const lateralHref = (lessonId: string): string => href(`lessons/${lessonId}/lateral.json`);

/** The page of a lesson's lateral-reading tasks that works without JavaScript (and prints). */
export const lateralPageHref = (lessonId: string): string => href(`lessons/${lessonId}/lateral/`);

/** The island's strings: its own (`lateral.*`) and the names of verdicts. */
const isLateralKey = (key: string): key is keyof typeof en =>
  key.startsWith('lateral.') || key.startsWith('claims.verdict.');

/** The host name a results page shows for an address ("tass.com"), or '' without one. */
const siteOf = (url: string | undefined): string =>
  url === undefined ? '' : new URL(url).hostname.replace(/^www\./, '');

/** A lesson's lateral-reading file, if it has one. */
export async function lessonLateralFile(lessonId: string): Promise<CollectionEntry<'lateral'> | undefined> {
  const site = await getSiteContent();
  return site.lateral.find((l) => l.id === lessonId);
}

/**
 * The tasks of a lesson's lateral-reading file, resolved against its claims and sources (which the
 * content check has already proved exist). Empty when the lesson has no such file.
 */
export async function lateralTasks(lessonId: string): Promise<{ intro: string; tasks: LateralTaskData[] }> {
  const site = await getSiteContent();
  const file = await lessonLateralFile(lessonId);
  if (!file) return { intro: '', tasks: [] };
  const claims = site.claims.find((c) => c.data.lesson === lessonId)?.data.claims ?? [];
  const result = (
    id: string,
    excerpt: { quote?: string | undefined; summary?: string | undefined },
  ): LateralResultData => {
    const s = site.sources.get(id)?.data;
    if (!s) throw new Error(`lateral: source "${id}" vanished after the content check`);
    const behind = behindOfKind(s.kind);
    return {
      source: id,
      title: s.title,
      publisher: s.publisher,
      ...(s.url === undefined ? {} : { href: s.url }),
      site: siteOf(s.url),
      published: s.published === PUBLISHED_UNKNOWN ? '' : formatPartialDate(parsePartialDate(s.published), 'long'),
      accessed: formatPartialDate(parsePartialDate(s.accessed), 'long'),
      excerpt: excerpt.quote ?? excerpt.summary ?? '',
      quoted: excerpt.quote !== undefined,
      ...(behind === undefined ? {} : { behind }),
      kind: sourceKindLabel(s.kind),
      ...(s.note === undefined ? {} : { note: s.note }),
    };
  };
  const tasks = file.data.tasks.map((task): LateralTaskData => {
    const claim = claims.find((c) => c.id === task.claim);
    if (!claim) throw new Error(`lateral: claim "${task.claim}" vanished after the content check`);
    return {
      id: task.id,
      quote: claim.quote,
      paragraph: claim.paragraph,
      question: task.question,
      searches: task.searches,
      results: task.results.map((r) => result(r.source, r)),
      best: task.best,
      verdict: claim.isTrue,
      finding: task.finding,
      cites: task.sources.flatMap((id) => {
        const s = site.sources.get(id);
        return s ? [sourceCitation(s.data)] : [];
      }),
    };
  });
  return { intro: file.data.intro, tasks };
}

/** The data of the "Read laterally" island for one lesson. */
export async function lateralData(lesson: LessonInfo): Promise<LateralData> {
  return {
    ...(await lateralTasks(lesson.entry.id)),
    labels: Object.fromEntries(
      Object.keys(en)
        .filter(isLateralKey)
        .map((key) => [key, t(key)]),
    ),
  };
}

/** Static paths for pages built only for lessons that have lateral-reading tasks. */
export async function lateralPaths(): Promise<Awaited<ReturnType<typeof lessonPaths>>> {
  const site = await getSiteContent();
  return (await lessonPaths()).filter(({ params }) => site.lateral.some((l) => l.id === params.slug));
}
