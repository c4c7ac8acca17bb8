/**
 * Plain share links for an assignment: ordinary links to Google Classroom and Microsoft Teams,
 * with no script of theirs on the page. Nothing is sent anywhere when the page loads; the link
 * is only opened (on the other origin) when the teacher clicks it.
 *
 * Neither vendor documents these URLs as such: both document a script-rendered button (Google's
 * `g:sharetoclassroom` with a `url` attribute, Microsoft's `teams-share-button` with `data-href`),
 * which opens `https://classroom.google.com/share?url=…` and `https://teams.microsoft.com/share?href=…`.
 * The links open those pages directly, with the same one parameter.
 *
 * The assignment link carries its settings after `#`, so it is encoded as a whole with
 * encodeURIComponent: unencoded, the `#` would end the share page's own URL and the assignment
 * would reach Classroom or Teams cut short.
 */

/** A "Share to Google Classroom" link for a URL. */
export const classroomShareUrl = (url: string): string =>
  `https://classroom.google.com/share?url=${encodeURIComponent(url)}`;

/** A "Share to Microsoft Teams" link for a URL. */
export const teamsShareUrl = (url: string): string =>
  `https://teams.microsoft.com/share?href=${encodeURIComponent(url)}`;
