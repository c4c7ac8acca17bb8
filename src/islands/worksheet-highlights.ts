/**
 * Fills the worksheet's "My highlights and notes" section (WorksheetHighlights.astro) from the
 * student's highlights on this device, so they print with the worksheet. The worksheet itself is
 * static HTML; without JavaScript, or with no highlights, the section stays hidden.
 */
import { createHighlightsStore, lessonHighlights } from '../lib/store/highlights';
import { localStorageOrNull, type StorageLike } from '../lib/store/versioned';
import { fill } from './labels';

/** Lists the lesson's highlights in the section; returns how many. */
export function fillWorksheetHighlights(doc: Document, storage: StorageLike | null = localStorageOrNull()): number {
  const section = doc.querySelector<HTMLElement>('[data-gl-highlights]');
  const list = section?.querySelector('ol');
  if (!section || !list) return 0;
  const words = section.dataset;
  // In reading order; sorted here rather than with lib/highlights.ts, to keep this page's script small.
  const items = [...lessonHighlights(createHighlightsStore(storage).getSnapshot(), words['glHighlights'] ?? '')].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start,
  );
  list.replaceChildren(
    ...items.map((h) => {
      const item = doc.createElement('li');
      const head = doc.createElement('p');
      head.className = 'gl-worksheet__hl-head';
      head.textContent = `${fill(words['paragraph'] ?? '', { n: h.paragraph })} · ${words[h.kind] ?? h.kind}`;
      const quote = doc.createElement('blockquote');
      quote.textContent = h.quote;
      item.append(head, quote);
      if (h.note) {
        const note = doc.createElement('p');
        const label = doc.createElement('strong');
        label.textContent = `${words['note'] ?? ''}:`;
        note.append(label, ` ${h.note}`);
        item.append(note);
      }
      return item;
    }),
  );
  section.hidden = items.length === 0;
  return items.length;
}
