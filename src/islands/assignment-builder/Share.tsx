import { useState } from 'react';
import type { Assignment } from '../../lib/assignment';
import { classroomShareUrl, teamsShareUrl } from '../../lib/share-links';
import { copyText } from '../labels';
import { QrCode } from '../qr-code';
import type { Label } from './types';

/** The made assignment's link: copy, QR code, share to Google Classroom or Microsoft Teams, open, and collect results. */
export function Share({ a, link, resultsLink, T }: { a: Assignment; link: string; resultsLink: string; T: Label }) {
  const [status, setStatus] = useState('');
  return (
    <section className="gl-card gl-teach__share" aria-labelledby="teach-share">
      <h3 id="teach-share" tabIndex={-1}>
        {T('teach.result.title')}
      </h3>
      <label htmlFor="teach-link">{T('teach.result.link')}</label>
      <div className="gl-teach__link">
        <input
          id="teach-link"
          readOnly
          value={link}
          onFocus={(e) => {
            e.target.select();
          }}
        />
        <button
          type="button"
          className="gl-button gl-button--primary"
          onClick={() => {
            void copyText(link).then((ok) => {
              if (!ok) document.getElementById('teach-link')?.focus();
              setStatus(T(ok ? 'teach.copied' : 'teach.copyFailed'));
            });
          }}
        >
          {T('teach.copy')}
        </button>
      </div>
      <p role="status">{status}</p>
      <QrCode text={link} label={T('teach.qr')} className="gl-teach__qr" level="M" />
      <p className="gl-muted">{T('teach.qrHint')}</p>
      <ul>
        {/* Plain links, no vendor script: nothing is sent until the teacher clicks one. */}
        <li>
          <a href={classroomShareUrl(link)} rel="external noreferrer">
            {T('teach.classroom')}
          </a>{' '}
          <span className="gl-muted">{T('teach.classroomHint')}</span>
        </li>
        <li>
          <a href={teamsShareUrl(link)} rel="external noreferrer">
            {T('teach.teams')}
          </a>{' '}
          <span className="gl-muted">{T('teach.teamsHint')}</span>
        </li>
        <li>
          <a href={link}>{T('teach.open')}</a>
        </li>
      </ul>
      <h4>{T('teach.collect')}</h4>
      <p>
        {T('teach.collectHint')} <a href={resultsLink}>{T('teach.resultsFor', { title: a.title })}</a>
      </p>
      <p className="gl-muted">{T('teach.keepLink')}</p>
    </section>
  );
}
