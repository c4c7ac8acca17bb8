import { revealSettings, type RevealSetting } from '../../lib/assignment';
import { Check } from './QuestionPicker';
import type { Label } from './types';

/** Props of {@link RevealOptions}. */
export interface RevealOptionsProps {
  /** When Gloss's notes and claims key show. */
  reveal: RevealSetting;
  /** Whether the lesson opens with the margin notes (only when revealed at once). */
  showNotes: boolean;
  /** Whether the lesson opens with the claims layer (only when revealed at once). */
  showClaims: boolean;
  /** UI strings. */
  T: Label;
  onReveal: (reveal: RevealSetting) => void;
  onNotes: (on: boolean) => void;
  onClaims: (on: boolean) => void;
}

/**
 * "Reveal Gloss's notes and claims key": at once, after submitting, or never. Only "at once" lets
 * the lesson open with the notes or the claims layer on; the other two keep them off, so the
 * layer switches show only then.
 */
export function RevealOptions({ reveal, showNotes, showClaims, T, onReveal, onNotes, onClaims }: RevealOptionsProps) {
  return (
    <fieldset>
      <legend>{T('teach.reveal')}</legend>
      <p id="teach-reveal-hint" className="gl-muted">
        {T('teach.revealHint')}
      </p>
      {revealSettings.map((r) => (
        <label key={r} htmlFor={`teach-reveal-${r}`} className="gl-teach__choice">
          <input
            id={`teach-reveal-${r}`}
            type="radio"
            name="teach-reveal"
            checked={reveal === r}
            aria-describedby="teach-reveal-hint"
            onChange={() => {
              onReveal(r);
            }}
          />{' '}
          {T(`teach.reveal.${r}`)}
        </label>
      ))}
      {reveal === 'now' && (
        <fieldset>
          <legend>{T('teach.layers')}</legend>
          <Check id="teach-notes" checked={showNotes} onChange={onNotes} label={T('teach.showNotes')} />
          <Check id="teach-claims" checked={showClaims} onChange={onClaims} label={T('teach.showClaims')} />
        </fieldset>
      )}
    </fieldset>
  );
}
