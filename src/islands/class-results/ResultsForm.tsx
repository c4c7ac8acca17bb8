import type { DragEvent } from 'react';
import type { LinkResult } from '../../lib/assignment';
import type { AddedFile } from '../../lib/class-results-state';
import { Scanner } from './Scanner';
import type { Label } from './types';

async function readFiles(list: FileList | null): Promise<AddedFile[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** Props of {@link ResultsForm}. */
export interface ResultsFormProps {
  /** The assignment link as typed. */
  link: string;
  /** The decoded link, if there is one. */
  decoded: LinkResult | undefined;
  /** The result file the assignment came from, when no link was typed. */
  fromFile: { file: string } | undefined;
  /** The pasted codes. */
  pasted: string;
  /** Added result files. */
  files: readonly AddedFile[];
  /** UI strings. */
  T: Label;
  /** The link changed. */
  onLink: (link: string) => void;
  /** The pasted codes changed. */
  onPaste: (text: string) => void;
  /** Files were added (chosen or dropped). */
  onFiles: (files: AddedFile[]) => void;
}

/** Where the teacher gives the assignment link and the students' codes or result files. */
export function ResultsForm({ link, decoded, fromFile, pasted, files, T, onLink, onPaste, onFiles }: ResultsFormProps) {
  const addFiles = (list: FileList | null): void => {
    void readFiles(list).then(onFiles);
  };
  return (
    <form
      className="gl-results__form"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <p>
        <label htmlFor="results-link">{T('results.link')}</label>
        <span id="results-link-hint" className="gl-muted">
          {T('results.linkHint')}
        </span>
        <input
          id="results-link"
          type="url"
          value={link}
          aria-describedby={decoded?.ok === false ? 'results-link-hint results-link-error' : 'results-link-hint'}
          aria-invalid={decoded?.ok === false ? 'true' : undefined}
          onChange={(e) => {
            onLink(e.target.value);
          }}
        />
        {decoded?.ok === false && (
          <span id="results-link-error" className="gl-quiz__error">
            {T(`assign.error.${decoded.error.kind}`, { detail: decoded.error.detail })}
          </span>
        )}
        {fromFile !== undefined && decoded?.ok === true && (
          <span className="gl-muted">{T('results.linkFromFile', { name: fromFile.file })}</span>
        )}
      </p>
      <p>
        <label htmlFor="results-codes">{T('results.codes')}</label>
        <textarea
          id="results-codes"
          rows={8}
          spellCheck={false}
          // Codes are case-sensitive (base64url): a phone keyboard must not capitalise them.
          autoCapitalize="off"
          autoCorrect="off"
          value={pasted}
          onChange={(e) => {
            onPaste(e.target.value);
          }}
        />
      </p>
      <Scanner
        T={T}
        onCode={(code) => {
          onPaste(pasted.trim() === '' ? `${code}\n` : `${pasted.replace(/\s*$/, '')}\n${code}\n`);
        }}
      />
      <div
        className="gl-results__drop"
        onDragOver={(e: DragEvent) => {
          e.preventDefault();
        }}
        onDrop={(e: DragEvent) => {
          e.preventDefault();
          addFiles(e.dataTransfer.files);
        }}
      >
        <label htmlFor="results-files">{T('results.files')}</label>
        <span id="results-files-hint" className="gl-muted">
          {T('results.filesHint')}
        </span>
        <input
          id="results-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="results-files-hint"
          onChange={(e) => {
            addFiles(e.target.files);
            e.target.value = '';
          }}
        />
        {files.length > 0 && (
          <ul>
            {files.map((f, i) => (
              <li key={`${f.name}-${String(i)}`}>{f.name}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
