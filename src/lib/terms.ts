/** A glossary entry as the term matcher needs it. */
export interface TermSource {
  id: string;
  aliases: readonly string[];
}

/** A compiled matcher over all aliases. */
export interface TermIndex {
  /** Aliases, longest first so that "ISIS-K" wins over "ISIS". */
  readonly aliases: ReadonlyArray<{ alias: string; id: string }>;
}

/** One place a term occurs in a text. */
export interface TermMatch {
  id: string;
  alias: string;
  start: number;
  end: number;
  /** True for the first occurrence of this term in the text searched. */
  first: boolean;
}

/**
 * Builds a matcher from glossary entries.
 * @throws Error when two entries claim the same alias, since a reader could not tell which is meant.
 */
export function buildTermIndex(entries: readonly TermSource[]): TermIndex {
  const owner = new Map<string, string>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const prev = owner.get(alias);
      if (prev !== undefined && prev !== entry.id) {
        throw new Error(
          `Glossary alias "${alias}" is used by both "${prev}" and "${entry.id}": give each alias to one entry only.`,
        );
      }
      owner.set(alias, entry.id);
    }
  }
  const aliases = [...owner].map(([alias, id]) => ({ alias, id }));
  aliases.sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
  return { aliases };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** An alias edge is a word boundary unless a word character sits on both sides of it. */
function atWordEdge(text: string, start: number, end: number): boolean {
  const edgeOk = (outside: string | undefined, inside: string | undefined): boolean =>
    outside === undefined || !WORD_CHAR.test(outside) || !WORD_CHAR.test(inside ?? '');
  return edgeOk(text[start - 1], text[start]) && edgeOk(text[end], text[end - 1]);
}

/**
 * Finds glossary terms in `text`: exact, case-sensitive alias matches on word boundaries,
 * leftmost first and longest at each position, never overlapping. "IS" therefore does not
 * match inside "ISIS", "This" or "is".
 */
export function findTerms(text: string, index: TermIndex): TermMatch[] {
  const found: TermMatch[] = [];
  const seen = new Set<string>();
  let pos = 0;
  while (pos < text.length) {
    let hit: { alias: string; id: string } | undefined;
    let hitAt = Number.POSITIVE_INFINITY;
    for (const candidate of index.aliases) {
      let at = text.indexOf(candidate.alias, pos);
      while (at !== -1 && !atWordEdge(text, at, at + candidate.alias.length)) {
        at = text.indexOf(candidate.alias, at + 1);
      }
      // Aliases are sorted longest first, so a tie at the same position keeps the longer one.
      if (at !== -1 && at < hitAt) {
        hit = candidate;
        hitAt = at;
      }
    }
    if (hit === undefined) break;
    found.push({ id: hit.id, alias: hit.alias, start: hitAt, end: hitAt + hit.alias.length, first: !seen.has(hit.id) });
    seen.add(hit.id);
    pos = hitAt + hit.alias.length;
  }
  return found;
}
