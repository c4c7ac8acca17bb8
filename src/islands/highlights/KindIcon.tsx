import type { HighlightKind } from '../../lib/highlights';

/**
 * Each kind's small glyph, drawn inline so no emoji font is needed: a speech bubble for a claim, a
 * tick for evidence, a question mark for a question. It goes beside the kind's name, and the marks
 * in the article differ by underline too (solid, double, wavy), so colour is never the only sign.
 */
export function KindIcon({ kind }: { kind: HighlightKind }) {
  return (
    <svg className="gl-hl-icon" data-kind={kind} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {kind === 'claim' && <path d="M2 2.5h12v8.5H7.5L4 14v-3H2z" />}
      {kind === 'evidence' && <path d="M2.5 8.5l3.5 3.5 7.5-8" />}
      {kind === 'question' && (
        <>
          <path d="M5 5.5a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9v.8" />
          <circle cx="8" cy="13.5" r="0.6" />
        </>
      )}
    </svg>
  );
}
