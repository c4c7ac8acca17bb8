import { withBase } from '../lib/paths';

/** A link to a page of this site, under the configured base path. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The URL of a lesson page. */
export const lessonHref = (slug: string): string => href(`lessons/${slug}/`);

/** The URL of a lesson's full timeline page. */
export const timelineHref = (slug: string): string => href(`lessons/${slug}/timeline/`);

/** The URL of a glossary entry. */
export const glossaryHref = (id: string): string => href(`glossary/#${id}`);

/** The URL of a lesson's questions page (its end-of-lesson question sets). */
export const questionsHref = (slug: string): string => href(`lessons/${slug}/questions/`);
