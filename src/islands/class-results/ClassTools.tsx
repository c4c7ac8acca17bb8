import { useState } from 'react';
import type { ClassResults, StudentRow } from '../../lib/class-results';
import { classFile, parseClassFile, type CountedAttempt, type SavedClass } from '../../lib/store';
import { download } from '../labels';
import type { Label } from './types';

/** The key a student's mark and note are kept under: the name, or the code for a nameless one. */
export const studentKey = (row: StudentRow): string =>
  row.student === '' ? `code:${row.code}` : row.student.toLocaleLowerCase('en');

/** Props of {@link ClassTools}. */
export interface ClassToolsProps {
  /** The assignment id. */
  id: string;
  /** The class as saved (or about to be). */
  saved: SavedClass;
  /** The class results, for the students' list. */
  results: ClassResults | undefined;
  /** A row's source, as text. */
  sourceLabel: (row: StudentRow) => string;
  /** UI strings. */
  T: Label;
  /** Saves a change to the class. */
  onChange: (next: SavedClass) => void;
  /** A class file was imported. */
  onImport: (id: string, value: SavedClass) => void;
  /** The class was cleared. */
  onClear: () => void;
}

/**
 * The class as kept on this device: which attempt counts, names for nameless codes, marks and
 * notes, and export, import and clear (with a confirmation step, not a dialog).
 */
export function ClassTools({ id, saved, results, sourceLabel, T, onChange, onImport, onClear }: ClassToolsProps) {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const set = (field: 'names' | 'marks' | 'notes', key: string, value: string): void => {
    onChange({ ...saved, [field]: { ...saved[field], [key]: value } });
  };
  return (
    <section className="gl-results__class" aria-labelledby="results-class">
      <h2 id="results-class">{T('results.class.title')}</h2>
      <p>{T('results.class.intro')}</p>
      <fieldset>
        <legend>{T('results.counts')}</legend>
        {(['latest', 'best'] as const satisfies readonly CountedAttempt[]).map((c) => (
          <label key={c} className="gl-teach__choice">
            <input
              type="radio"
              name="results-counts"
              checked={saved.counts === c}
              onChange={() => {
                onChange({ ...saved, counts: c });
              }}
            />{' '}
            {T(c === 'best' ? 'results.counts.best' : 'results.counts.latest')}
          </label>
        ))}
      </fieldset>
      {results && results.rows.length > 0 && (
        <>
          <h3>{T('results.class.students')}</h3>
          <ul className="gl-results__students">
            {results.rows.map((row) => {
              const key = studentKey(row);
              const name = row.student === '' ? T('results.noName') : row.student;
              return (
                <li key={row.code}>
                  {(row.student === '' || row.renamed) && (
                    <label>
                      {T('results.class.name', { source: sourceLabel(row) })}{' '}
                      <input
                        type="text"
                        maxLength={40}
                        value={saved.names[row.code] ?? ''}
                        onChange={(e) => {
                          set('names', row.code, e.target.value);
                        }}
                      />
                    </label>
                  )}
                  <label>
                    {T('results.class.mark', { name })}{' '}
                    <input
                      type="text"
                      maxLength={40}
                      value={saved.marks[key] ?? ''}
                      onChange={(e) => {
                        set('marks', key, e.target.value);
                      }}
                    />
                  </label>{' '}
                  <label>
                    {T('results.class.note', { name })}{' '}
                    <input
                      type="text"
                      maxLength={500}
                      value={saved.notes[key] ?? ''}
                      onChange={(e) => {
                        set('notes', key, e.target.value);
                      }}
                    />
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="gl-assign__code-actions">
        <button
          type="button"
          className="gl-button"
          onClick={() => {
            download(`gloss-class-${id}.json`, classFile(id, saved), 'application/json');
          }}
        >
          {T('results.class.export')}
        </button>
        <label className="gl-button">
          {T('results.class.import')}
          <input
            type="file"
            accept=".json,application/json"
            className="gl-visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              void file.text().then((text) => {
                const read = parseClassFile(file.name, text);
                if (!read.ok) {
                  setMessage(read.message);
                  return;
                }
                onImport(read.id, read.value);
                setMessage(T('results.class.imported', { n: read.value.codes.length }));
              });
            }}
          />
        </label>
        <button
          type="button"
          className="gl-button"
          aria-expanded={confirming}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {T('results.class.clear')}
        </button>
      </p>
      {confirming && (
        <div role="group" aria-labelledby="results-clear-q" className="gl-card">
          <p id="results-clear-q">{T('results.class.clearConfirm')}</p>
          <button
            type="button"
            className="gl-button gl-button--primary"
            onClick={() => {
              onClear();
              setConfirming(false);
              setMessage(T('results.class.cleared'));
            }}
          >
            {T('results.class.clearYes')}
          </button>{' '}
          <button
            type="button"
            className="gl-button"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {T('results.class.clearNo')}
          </button>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
