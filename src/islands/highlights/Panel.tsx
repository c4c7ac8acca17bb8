import { useId, useState, type ReactNode, type RefObject } from 'react';
import type { Highlight, HighlightsAction } from '../../lib/highlights';
import { KindIcon } from './KindIcon';
import type { Label } from './types';

interface Props {
  /** The side panel's dialog element. */
  dialog: RefObject<HTMLDialogElement | null>;
  /** This lesson's highlights in reading order. */
  list: readonly Highlight[];
  /** Ids of highlights whose words are no longer in the article. */
  lost: ReadonlySet<string>;
  /** Warnings about storage (not saving, data set aside), already worded. */
  warnings: readonly string[];
  dispatch: (action: HighlightsAction) => void;
  /** Scrolls to a highlight (the panel closes first). */
  onJump: (h: Highlight) => void;
  onCopy: () => void;
  onDownload: () => void;
  /** The keyboard highlighting form. */
  keyboard: ReactNode;
  /** The last thing done ("Copied to the clipboard."), shown under the tools. */
  status: string;
  L: Label;
}

/** One highlight in the list, with its note, which can be edited in place. */
function Item({
  h,
  lost,
  dispatch,
  onJump,
  L,
}: { h: Highlight; lost: boolean } & Pick<Props, 'dispatch' | 'onJump' | 'L'>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(h.note);
  const noteId = useId();
  return (
    <li className="gl-hl-item" data-kind={h.kind}>
      <p className="gl-hl-item__head">
        <span className="gl-hl-tag" data-kind={h.kind}>
          <KindIcon kind={h.kind} />
          {L(`highlights.kind.${h.kind}`)}
        </span>{' '}
        {L('highlights.paragraph', { n: h.paragraph })}
      </p>
      <blockquote className="gl-hl-item__quote">{h.quote}</blockquote>
      {lost && <p className="gl-hl-error">{L('highlights.lost')}</p>}
      {editing ? (
        <div className="gl-hl-item__edit">
          <label htmlFor={noteId}>{L('highlights.noteWord')}</label>
          <textarea
            id={noteId}
            rows={3}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
          />
          <button
            type="button"
            className="gl-button gl-button--primary"
            onClick={() => {
              dispatch({ type: 'note', id: h.id, note: draft.trim() });
              setEditing(false);
            }}
          >
            {L('highlights.saveNote')}
          </button>{' '}
          <button
            type="button"
            className="gl-button"
            onClick={() => {
              setDraft(h.note);
              setEditing(false);
            }}
          >
            {L('highlights.cancel')}
          </button>
        </div>
      ) : (
        h.note && (
          <p className="gl-hl-item__note">
            <strong>{L('highlights.noteWord')}:</strong> {h.note}
          </p>
        )
      )}
      <p className="gl-hl-item__actions">
        {!lost && (
          <button
            type="button"
            className="gl-button"
            onClick={() => {
              onJump(h);
            }}
          >
            {L('highlights.goTo', { n: h.paragraph })}
          </button>
        )}
        {!editing && (
          <button
            type="button"
            className="gl-button"
            onClick={() => {
              setDraft(h.note);
              setEditing(true);
            }}
          >
            {h.note ? L('highlights.editNote') : L('highlights.addNote')}
          </button>
        )}
        <button
          type="button"
          className="gl-button"
          onClick={() => {
            dispatch({ type: 'delete', id: h.id });
          }}
        >
          {L('highlights.delete')}
        </button>
      </p>
    </li>
  );
}

/** The side panel: the student's highlights, the keyboard form, export and clear. */
export function Panel({
  dialog,
  list,
  lost,
  warnings,
  dispatch,
  onJump,
  onCopy,
  onDownload,
  keyboard,
  status,
  L,
}: Props) {
  const titleId = useId();
  return (
    <dialog ref={dialog} className="gl-hl-panel" aria-labelledby={titleId}>
      <div className="gl-hl-panel__head">
        <h2 id={titleId}>{L('highlights.title')}</h2>
        <button
          type="button"
          className="gl-button"
          onClick={() => {
            dialog.current?.close();
          }}
        >
          {L('highlights.close')}
        </button>
      </div>
      <p className="gl-hl-panel__privacy">{L('highlights.privacy')}</p>
      {warnings.map((w) => (
        <p key={w} className="gl-hl-error" role="alert">
          {w}
        </p>
      ))}
      {list.length === 0 ? (
        <p>{L('highlights.empty')}</p>
      ) : (
        <>
          <ol className="gl-hl-list">
            {list.map((h) => (
              <Item key={h.id} h={h} lost={lost.has(h.id)} dispatch={dispatch} onJump={onJump} L={L} />
            ))}
          </ol>
          <div className="gl-hl-panel__tools" role="group" aria-label={L('highlights.export')}>
            <button type="button" className="gl-button" onClick={onCopy}>
              {L('highlights.copy')}
            </button>
            <button type="button" className="gl-button" onClick={onDownload}>
              {L('highlights.download')}
            </button>
            <button
              type="button"
              className="gl-button"
              onClick={() => {
                if (window.confirm(L('highlights.clearConfirm'))) dispatch({ type: 'clear' });
              }}
            >
              {L('highlights.clearAll')}
            </button>
          </div>
        </>
      )}
      {/* The page's own status line is inert while this modal panel is open, so the panel has one too. */}
      <p role="status" className="gl-hl-panel__status">
        {status}
      </p>
      {keyboard}
    </dialog>
  );
}
