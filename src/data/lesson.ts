import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n';
import { sourceCitation, sourceCitationHtml } from '../lib/source-cite';
import { resolveSpeakers, type ResolvedSpeaker } from '../lib/speakers';
import { getSiteContent, type LessonInfo } from './site';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * An inline "Sources: A; B." citation as HTML, for places that need markup as a string
 * (note bodies inserted into the article by the annotator).
 */
export async function citationHtml(ids: readonly string[]): Promise<string> {
  const site = await getSiteContent();
  const links = ids.flatMap((id) => {
    const source = site.sources.get(id);
    return source ? [sourceCitationHtml(sourceCitation(source.data), ' rel="external noreferrer"')] : [];
  });
  return `<span class="gl-cite">${escapeHtml(t('notes.sources'))} ${links.join('; ')}.</span>`;
}

/** A margin note with its display number and rendered body. */
export interface NumberedNote {
  number: number;
  entry: CollectionEntry<'notes'>;
  html: string;
  /** Body plus its citation, for the margin version of the note. */
  marginHtml: string;
}

/** The lesson's notes in reading order (paragraph, then position of the anchor), numbered from 1. */
export async function lessonNotes(lesson: LessonInfo): Promise<NumberedNote[]> {
  const site = await getSiteContent();
  const ordered = site.notes
    .filter((n) => n.data.lesson === lesson.entry.id)
    .map((entry) => ({
      entry,
      at: lesson.paragraphs[entry.data.paragraph - 1]?.indexOf(entry.data.anchor) ?? -1,
    }))
    .sort((a, b) => a.entry.data.paragraph - b.entry.data.paragraph || a.at - b.at);
  return Promise.all(
    ordered.map(async ({ entry }, i) => ({
      number: i + 1,
      entry,
      html: entry.rendered?.html ?? '',
      marginHtml: `${entry.rendered?.html ?? ''} ${await citationHtml(entry.data.sources)}`,
    })),
  );
}

/** The speakers a lesson's claims file declares, with their labels, colours and line styles. */
export async function lessonSpeakers(lessonId: string): Promise<ResolvedSpeaker[]> {
  const site = await getSiteContent();
  const file = site.claims.find((c) => c.data.lesson === lessonId);
  const headwords = new Map(site.glossary.map((g) => [g.id, g.data.term]));
  return resolveSpeakers(file?.data.speakers ?? [], headwords);
}
