// The security headers a static host should send with Gloss, and that scripts/serve.mjs (`npm start`)
// does send. docs/offline-and-deploy.md lists them for other hosts; tests/unit/security-headers.test.ts
// locks them.

/**
 * Headers for every response.
 * - `X-Content-Type-Options: nosniff`: a file is only ever what its Content-Type says (a JSON quiz
 *   file is never run as a script).
 * - `Referrer-Policy: no-referrer`: leaving for a source or Google Classroom tells no one which
 *   lesson or assignment page the reader was on.
 * - `Permissions-Policy`: the camera only for this site's own pages (the results page's QR reader),
 *   nothing else a page could ask for.
 * @type {Readonly<Record<string, string>>}
 */
export const BASE_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
});

/**
 * Who may frame a page: only the site itself. A browser ignores `frame-ancestors` in a `<meta>`
 * policy, so only a header can stop another site from framing a page to trick a click.
 */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/**
 * The Content-Security-Policy a page declares in its `<meta http-equiv>` (the build computes it,
 * with the hashes of the page's inline scripts and styles: src/lib/csp.ts), or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const policy = content ? (content[1] ?? content[2] ?? '') : '';
  return policy.trim() === ''
    ? undefined
    : policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * The headers for one response: the base headers, and for an HTML page its own policy as a
 * header plus `frame-ancestors` (a page without a policy still gets `frame-ancestors`).
 * @param {string | undefined} html the page, for an HTML response
 * @returns {Record<string, string>}
 */
export function securityHeaders(html) {
  if (html === undefined) return { ...BASE_HEADERS };
  const policy = metaPolicy(html);
  const csp = policy === undefined ? FRAME_ANCESTORS : `${policy.replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`;
  return { ...BASE_HEADERS, 'Content-Security-Policy': csp };
}
