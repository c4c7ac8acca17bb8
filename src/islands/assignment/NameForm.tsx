import { useState, type SyntheticEvent } from 'react';
import { normaliseName, NAME_MAX } from '../../lib/result-code';
import type { Label } from './types';

/** The student's name or initials, asked before the questions (and when they change it). */
export function NameForm({ initial, T, onName }: { initial: string; T: Label; onName: (name: string) => void }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState(false);
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const clean = normaliseName(name);
    if (clean === '') {
      setError(true);
      document.getElementById('assign-name')?.focus();
      return;
    }
    onName(clean);
  };
  return (
    <form className="gl-assign__name" onSubmit={submit} noValidate>
      <label htmlFor="assign-name">{T('assign.name')}</label>
      <p id="assign-name-hint" className="gl-muted">
        {T('assign.nameHint')}
      </p>
      {error && (
        <p id="assign-name-error" className="gl-quiz__error">
          {T('assign.nameMissing')}
        </p>
      )}
      <input
        id="assign-name"
        type="text"
        autoComplete="name"
        maxLength={NAME_MAX}
        value={name}
        aria-describedby={error ? 'assign-name-hint assign-name-error' : 'assign-name-hint'}
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />{' '}
      <button type="submit" className="gl-button gl-button--primary">
        {T('assign.start')}
      </button>
    </form>
  );
}

/** Assessment mode's one submit button, which lists the questions still unanswered. */
export function Submit({ missing, T, onSubmit }: { missing: number[]; T: Label; onSubmit: () => void }) {
  const [tried, setTried] = useState(false);
  const show = tried && missing.length > 0;
  return (
    <div className="gl-assign__submit">
      {show && (
        <p className="gl-quiz__error" id="assign-submit-error" role="alert">
          {T('assign.submitMissing', { list: missing.join(', ') })}
        </p>
      )}
      <button
        type="button"
        className="gl-button gl-button--primary"
        aria-describedby={show ? 'assign-submit-error' : undefined}
        onClick={() => {
          setTried(true);
          if (missing.length === 0) onSubmit();
        }}
      >
        {T('assign.submit')}
      </button>
    </div>
  );
}
