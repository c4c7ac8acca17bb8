import { t, type UiKey } from '../i18n';
import type { Source, SourceKind } from '../schemas/source';

/** The UI string naming each kind; a Record so a new kind cannot ship without a label. */
const KIND_LABELS: Record<SourceKind, UiKey> = {
  news: 'source.kind.news',
  wire: 'source.kind.wire',
  'state-media': 'source.kind.state-media',
  'pro-government': 'source.kind.pro-government',
  encyclopedia: 'source.kind.encyclopedia',
  mirror: 'source.kind.mirror',
  official: 'source.kind.official',
  analysis: 'source.kind.analysis',
  book: 'source.kind.book',
  primary: 'source.kind.primary',
};

/** The words for a kind of source, e.g. "state media", shown beside every citation. */
export function sourceKindLabel(kind: SourceKind): string {
  return t(KIND_LABELS[kind]);
}

/** What one citation of a source shows. */
export interface SourceCitation {
  /** Who is cited: the outlet, or for a book its author and title. */
  name: string;
  /** Where the cited copy is; absent for a book, which is cited as the work itself. */
  href?: string;
  /** What kind of source it is, in words, so readers can weigh it without relying on colour. */
  kind: string;
}

/** The parts of a citation of one source: its name, its link when it has one, and its kind in words. */
export function sourceCitation(
  source: Pick<Source, 'publisher' | 'url' | 'kind' | 'author' | 'title'>,
): SourceCitation {
  const name =
    source.kind === 'book' && source.author !== undefined ? `${source.author}, ${source.title}` : source.publisher;
  return { name, ...(source.url === undefined ? {} : { href: source.url }), kind: sourceKindLabel(source.kind) };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One citation as HTML, for places that build markup as a string: the name (a link when the source
 * has an address) followed by its kind in brackets, e.g. `<a href="…">TASS</a> (state media)`.
 */
export function sourceCitationHtml(citation: SourceCitation, linkAttributes = ''): string {
  const name = escapeHtml(citation.name);
  const linked =
    citation.href === undefined ? name : `<a href="${escapeHtml(citation.href)}"${linkAttributes}>${name}</a>`;
  return `${linked} <span class="gl-source-kind">(${escapeHtml(citation.kind)})</span>`;
}
