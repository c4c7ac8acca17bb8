/**
 * Entry of the SCO script (`sco.js` in the SCORM package), bundled on its own by
 * src/data/scorm.ts: reads the page's embedded JSON and draws the SCO.
 */
import { createRoot } from 'react-dom/client';
import type { ScoData } from '../../lib/scorm/package';
import { Sco } from './Sco';

const root = document.getElementById('gloss-sco');
const json = document.getElementById('gloss-sco-data')?.textContent;
if (root && json) {
  createRoot(root).render(<Sco d={JSON.parse(json) as ScoData} />);
}

// Links leave the package (the lesson, its timeline, "¶N" citations): open them in a new tab, so
// the LMS's frame keeps the SCO and its unsent answers.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link instanceof HTMLAnchorElement && link.href.split('#')[0] !== location.href.split('#')[0]) {
    link.target = '_blank';
    link.rel = 'noreferrer';
  }
});
