import { useEffect, useId, useRef, useState } from 'react';
import { anchorFromOffsets, HIGHLIGHT_KINDS, type HighlightAnchor, type HighlightKind } from '../../lib/highlights';
import { KindIcon } from './KindIcon';
import type { Label } from './types';

interface Props {
  /** Each paragraph's number and verbatim text, in order. */
  paragraphs: readonly { n: number; text: string }[];
  /** Called with the anchor of the selected words, the kind and the note. */
  onAdd: (anchor: HighlightAnchor, kind: HighlightKind, note: string) => void;
  L: Label;
}

/**
 * The keyboard path, since browsers do not let a keyboard select page text by default: the student
 * picks a paragraph, and its words appear in a text box where the arrow keys move and Shift+arrows
 * select, as in any text field (screen readers read it the same way). The selection's start and end
 * in that box are the offsets into the paragraph's verbatim text. The box is not `readonly`, because
 * Chromium then ignores the caret keys; instead every edit is refused (and it says `aria-readonly`).
 */
export function KeyboardForm({ paragraphs, onAdd, L }: Props) {
  const id = useId();
  const [n, setN] = useState(paragraphs[0]?.n ?? 1);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  const current = paragraphs.find((p) => p.n === n) ?? paragraphs[0];

  useEffect(() => {
    const box = text.current;
    const refuse = (e: Event): void => {
      e.preventDefault();
    };
    for (const type of ['beforeinput', 'paste', 'cut', 'drop']) box?.addEventListener(type, refuse);
    return () => {
      for (const type of ['beforeinput', 'paste', 'cut', 'drop']) box?.removeEventListener(type, refuse);
    };
  }, []);

  const add = (kind: HighlightKind): void => {
    const box = text.current;
    const anchor =
      box && current ? anchorFromOffsets(current.n, current.text, box.selectionStart, box.selectionEnd) : null;
    if (!anchor) {
      setError(L('highlights.keyboardNone'));
      box?.focus();
      return;
    }
    setError('');
    onAdd(anchor, kind, note);
    setNote('');
  };

  return (
    <fieldset className="gl-hl-keyboard">
      <legend>{L('highlights.keyboard')}</legend>
      <p id={`${id}-hint`} className="gl-hl-keyboard__hint">
        {L('highlights.keyboardHint')}
      </p>
      <label htmlFor={`${id}-para`}>{L('highlights.keyboardParagraph')}</label>
      <select
        id={`${id}-para`}
        value={n}
        onChange={(e) => {
          setN(Number(e.target.value));
          setError('');
        }}
      >
        {paragraphs.map((p) => (
          <option key={p.n} value={p.n}>
            {`${L('highlights.paragraph', { n: p.n })} ${p.text.slice(0, 40)}…`}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>{L('highlights.keyboardText')}</label>
      <textarea
        id={`${id}-text`}
        ref={text}
        aria-readonly="true"
        spellCheck={false}
        rows={6}
        value={current?.text ?? ''}
        // Edits are refused above; were one to slip through, the controlled value puts the text back.
        onChange={() => undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="gl-hl-error">
          {error}
        </p>
      )}
      <label htmlFor={`${id}-note`}>{L('highlights.note')}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
        }}
      />
      <div className="gl-hl-keyboard__kinds" role="group" aria-label={L('highlights.as')}>
        {HIGHLIGHT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="gl-hl-kind"
            data-kind={kind}
            onClick={() => {
              add(kind);
            }}
          >
            <KindIcon kind={kind} />
            {L(`highlights.kind.${kind}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
