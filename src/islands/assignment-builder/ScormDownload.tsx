import { useState } from 'react';
import type { Assignment } from '../../lib/assignment';
import { packageName, SCO_TEXT_KEYS, type ScoText } from '../../lib/scorm/package';
import type { TeachLesson } from '../../data/teach';
import type { Label } from './types';

/**
 * "Download SCORM 1.2 package": the made assignment as a package an LMS runs, reporting the score
 * to its gradebook. The package is made in the browser on the click (src/lib/scorm/download.ts,
 * loaded then), from the lesson's quiz data and the SCO files the site builds.
 */
export function ScormDownload({
  a,
  lesson,
  assets,
  T,
}: {
  a: Assignment;
  lesson: TeachLesson;
  assets: string;
  T: Label;
}) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const make = async (): Promise<void> => {
    setBusy(true);
    setStatus(T('teach.scorm.making'));
    try {
      const [{ buildScormZip }, { download }] = await Promise.all([
        import('../../lib/scorm/download'),
        import('../labels'),
      ]);
      // The templates go into the package unfilled: the SCO fills them.
      const text = Object.fromEntries(SCO_TEXT_KEYS.map((k) => [k, T(`teach.scorm.sco.${k}`)])) as unknown as ScoText;
      const zip = await buildScormZip({
        a,
        data: lesson.data,
        lesson: { title: lesson.title, href: lesson.href },
        assets,
        text,
      });
      const name = packageName(a);
      download(name, zip, 'application/zip');
      setStatus(T('teach.scorm.made', { name }));
    } catch (error) {
      setStatus(T('teach.scorm.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="gl-card gl-teach__scorm" aria-labelledby="teach-scorm">
      <h3 id="teach-scorm">{T('teach.scorm.title')}</h3>
      <p>{T('teach.scorm.hint')}</p>
      <p>
        <button
          type="button"
          className="gl-button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => {
            if (!busy) void make();
          }}
        >
          {T('teach.scorm.download')}
        </button>
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
