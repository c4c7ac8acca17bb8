/**
 * The printed page's running footer. Chromium (131+) draws CSS page-margin boxes when a page is
 * printed from the browser, so the footer needs no print dialog option and no script. Its text
 * differs per page (the lesson title), so each page writes this small rule inline and allows it
 * in its Content-Security-Policy by hash.
 */

/** `text` as a CSS string token, safe inside a `<style>` element (no `</style>` can close it). */
export function cssString(text: string): string {
  // Code points, not grapheme clusters: only single ASCII characters are ever escaped.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- see above
  const escaped = [...text]
    .map((ch) => {
      if (ch === '\\' || ch === '"') return `\\${ch}`;
      // Control characters and "<" as hex escapes (the space ends the escape).
      const code = ch.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f || ch === '<' ? `\\${code.toString(16)} ` : ch;
    })
    .join('');
  return `"${escaped}"`;
}

/**
 * The `@page` rule that puts `title` at the start of every printed page's footer and the page
 * number at its end, e.g. "Page 2 of 5".
 *
 * @param title what the footer names, e.g. the lesson title
 * @param pageLabel the page number's words with `{n}` and `{total}`, e.g. "Page {n} of {total}"
 */
export function printFooterCss(title: string, pageLabel: string): string {
  const parts = pageLabel.split(/(\{n\}|\{total\})/).filter((part) => part !== '');
  const counter = parts
    .map((part) => (part === '{n}' ? 'counter(page)' : part === '{total}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
  return `@page{@bottom-left{content:${cssString(title)}}@bottom-right{content:${counter}}}`;
}
