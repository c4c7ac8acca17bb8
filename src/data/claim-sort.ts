import en from '../i18n/en.json';
import { t } from '../i18n';
import type { ClaimSortData } from '../lib/claim-sort';
import { lessonSpeakers } from './lesson';
import { href } from './paths';
import { getSiteContent, type LessonInfo } from './site';

/** The URL of a lesson's claim-sorting data, which the island loads when the student starts. */
export const claimSortHref = (lessonId: string): string => href(`lessons/${lessonId}/claims.json`);

/** The island's strings: its own (`sort.*`) and the names of kinds and verdicts. */
const isSortKey = (key: string): key is keyof typeof en =>
  key.startsWith('sort.') || key.startsWith('claims.kind.') || key.startsWith('claims.verdict.');

/** The data of the "Check it yourself" island for one lesson (empty claims when it has none). */
export async function claimSortData(lesson: LessonInfo): Promise<ClaimSortData> {
  const site = await getSiteContent();
  const file = site.claims.find((c) => c.data.lesson === lesson.entry.id)?.data;
  const speakers = await lessonSpeakers(lesson.entry.id);
  return {
    speakers: speakers.map((s) => ({ id: s.id, label: s.label })),
    claims: (file?.claims ?? []).map((c) => ({
      id: c.id,
      paragraph: c.paragraph,
      quote: c.quote,
      speaker: c.speaker,
      kind: c.kind,
      wasSaid: c.wasSaid,
      isTrue: c.isTrue,
      status: c.status,
      evidence: c.evidence,
    })),
    labels: Object.fromEntries(
      Object.keys(en)
        .filter(isSortKey)
        .map((key) => [key, t(key)]),
    ),
  };
}
