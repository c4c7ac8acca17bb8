import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n';
import { toTimelineJs, type ExportSource } from '../../../lib/timeline';
import { getSiteContent } from '../../../data/site';
import { sourceCitation } from '../../../lib/source-cite';
import { lessonTimelines, type LessonTimeline } from '../../../data/timeline';

export const getStaticPaths = (async () => {
  const timelines = await lessonTimelines();
  return timelines.map((timeline) => ({ params: { slug: timeline.lesson.entry.id }, props: { timeline } }));
}) satisfies GetStaticPaths;

interface Props {
  timeline: LessonTimeline;
}

/** The lesson's events in TimelineJS's JSON format, so teachers can load them into tools they know. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { timeline } = props;
  const site = await getSiteContent();
  const sources = new Map<string, ExportSource>(
    [...site.sources].map(([id, s]) => {
      const cited = sourceCitation(s.data);
      // A book's citation already names its title.
      const title = s.data.kind === 'book' ? undefined : s.data.title;
      return [id, { publisher: cited.name, url: cited.href, title, kind: cited.kind }];
    }),
  );
  const data = toTimelineJs({
    headline: t('timeline.pageTitle', { title: timeline.lesson.entry.data.title }),
    intro: t('timeline.intro'),
    events: timeline.events,
    sources,
    labels: {
      approx: t('timeline.approx'),
      sources: t('notes.sources'),
      paragraphs: (list) => t('timeline.exportParagraphs', { list }),
      relation: (relation) =>
        relation === 'after' ? t('timeline.after') : relation === 'moment' ? t('timeline.moment') : '',
      tag: (tag) => timeline.tags.get(tag) ?? tag,
    },
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
