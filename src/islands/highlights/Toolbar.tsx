import { useId, useLayoutEffect, useState, type RefObject } from 'react';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../lib/highlights';
import { KindIcon } from './KindIcon';
import type { Label } from './types';

interface Props {
  /** Where the selection is on screen (viewport coordinates), to place the toolbar near it. */
  rect: { top: number; bottom: number; left: number };
  /**
   * Fixed to the bottom of the screen (touch, narrow screens): the phone's own selection menu
   * floats by the words, so a toolbar there would be hidden under it.
   */
  docked: boolean;
  /** Called with the chosen kind and the note typed so far. */
  onPick: (kind: HighlightKind, note: string) => void;
  onCancel: () => void;
  L: Label;
  /** The toolbar's element, so the app can tell focus inside it from a new selection. */
  toolbar: RefObject<HTMLDivElement | null>;
}

/** The small toolbar that appears while words of the article are selected. */
export function Toolbar({ rect, docked, onPick, onCancel, L, toolbar }: Props) {
  const [note, setNote] = useState('');
  const noteId = useId();
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  // Below the selection, kept inside the page's width; placed after measuring the toolbar.
  useLayoutEffect(() => {
    const el = toolbar.current;
    if (docked || !el) return;
    const width = el.offsetWidth;
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    setPlace({ top: rect.bottom + window.scrollY + 8, left: left + window.scrollX });
  }, [rect, docked, toolbar]);

  return (
    <div
      ref={toolbar}
      role="group"
      aria-label={L('highlights.toolbar')}
      className={docked ? 'gl-hl-toolbar gl-hl-toolbar--docked' : 'gl-hl-toolbar'}
      style={docked || !place ? undefined : { top: `${String(place.top)}px`, left: `${String(place.left)}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label className="gl-hl-toolbar__note" htmlFor={noteId}>
        <span>{L('highlights.note')}</span>
        <input
          id={noteId}
          type="text"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
      </label>
      <span className="gl-hl-toolbar__kinds">
        <span className="gl-visually-hidden">{L('highlights.as')}</span>
        {HIGHLIGHT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="gl-hl-kind"
            data-kind={kind}
            // Keeps the article's selection when pressed with a mouse.
            onMouseDown={(e) => {
              e.preventDefault();
            }}
            onClick={() => {
              onPick(kind, note);
            }}
          >
            <KindIcon kind={kind} />
            {L(`highlights.kind.${kind}`)}
          </button>
        ))}
        <button type="button" className="gl-hl-toolbar__cancel" onClick={onCancel} aria-label={L('highlights.cancel')}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </div>
  );
}
