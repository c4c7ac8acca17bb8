/**
 * Runs in the browser (inlined by Astro): hydrates the island at the first interaction, or at once
 * when `client:interaction="<key>"` names a localStorage key that holds data. See interaction.ts.
 */
import type { ClientDirective } from 'astro';

/**
 * What counts as the reader doing something. Captured on window, so any part of the page counts.
 * A pointer moving counts too: a mouse on its way to a control wakes it before the click arrives.
 */
const EVENTS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'touchstart', 'wheel', 'scroll'];

const interaction: ClientDirective = (load, options) => {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    for (const type of EVENTS) removeEventListener(type, start, true);
    void load().then((hydrate) => hydrate());
  };
  const key = typeof options.value === 'string' ? options.value : '';
  let saved = false;
  try {
    saved = key !== '' && localStorage.getItem(key) !== null;
  } catch {
    // Storage blocked: nothing saved can be shown anyway; wait for the reader.
  }
  if (saved) {
    start();
    return;
  }
  for (const type of EVENTS) addEventListener(type, start, { capture: true, passive: true });
};

export default interaction;
