/**
 * Hover previews for glossary terms, for a mouse only. The term buttons and their popovers work
 * without this module (native `popovertarget`: click, tap, Enter, Space, Esc, click outside); it
 * only adds "rest the pointer on a term and its popover appears". ArticleBody's inline script
 * imports it on the first mouse hover over a term, never on page load, and touch never loads it.
 * It starts on import (it is bundled on its own, as a side-effect module with no exports).
 *
 * A preview is the term's own popover, shown without moving focus. It hides when the pointer has
 * left both the term and the popover for a moment (so the pointer can travel into it, WCAG 1.4.13),
 * and clicking the term while it is previewed keeps it open instead of toggling it shut.
 */

/** Rest time before a preview opens, so sweeping the pointer across the text opens nothing. */
const SHOW_DELAY_MS = 450;
/** Grace time after the pointer leaves, so it can cross the gap into the popover. */
const HIDE_DELAY_MS = 300;

const TERM = 'button.gl-term[popovertarget]';

/** `showPopover({ source })` anchors the popover to its term; older DOM typings lack the option. */
interface AnchoredPopover {
  showPopover(options?: { source?: HTMLElement }): void;
}

/** A popover that is open because of hovering, not because the reader activated its term. */
let preview: { trigger: HTMLElement; popover: HTMLElement } | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;

const termAt = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(TERM) : null;

const popoverOf = (trigger: HTMLElement): HTMLElement | null =>
  document.getElementById(trigger.getAttribute('popovertarget') ?? '');

/** True when `target` is the previewed term or inside its popover. */
function inPreview(target: EventTarget | null): boolean {
  return (
    preview !== undefined &&
    target instanceof Node &&
    (preview.trigger.contains(target) || preview.popover.contains(target))
  );
}

function cancel(): void {
  window.clearTimeout(showTimer);
  showTimer = undefined;
}

function hide(): void {
  window.clearTimeout(hideTimer);
  const current = preview;
  preview = undefined;
  if (current?.popover.matches(':popover-open')) current.popover.hidePopover();
}

function show(trigger: HTMLElement): void {
  const popover = popoverOf(trigger);
  // Never replace a popover the reader opened on purpose.
  if (!popover || document.querySelector('.gl-popover:popover-open')) return;
  (popover as AnchoredPopover).showPopover({ source: trigger });
  preview = { trigger, popover };
}

function schedule(trigger: HTMLElement): void {
  cancel();
  showTimer = window.setTimeout(() => {
    showTimer = undefined;
    if (trigger.matches(':hover')) show(trigger);
  }, SHOW_DELAY_MS);
}

function onPointerOver(event: PointerEvent): void {
  if (event.pointerType !== 'mouse') return;
  if (inPreview(event.target)) {
    window.clearTimeout(hideTimer);
    return;
  }
  const trigger = termAt(event.target);
  if (trigger) schedule(trigger);
}

function onPointerOut(event: PointerEvent): void {
  if (event.pointerType !== 'mouse') return;
  if (termAt(event.target) && !termAt(event.relatedTarget)) cancel();
  if (preview && inPreview(event.target) && !inPreview(event.relatedTarget)) {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  }
}

function onClick(event: MouseEvent): void {
  cancel();
  const trigger = termAt(event.target);
  if (!trigger || !preview || preview.trigger !== trigger) return;
  // The reader wants to keep what they are reading: pin it rather than let the click toggle it shut.
  event.preventDefault();
  window.clearTimeout(hideTimer);
  preview = undefined;
}

function onToggle(event: Event): void {
  // Esc or a click elsewhere closed the previewed popover: forget it.
  if (preview && event.target === preview.popover && !preview.popover.matches(':popover-open')) {
    window.clearTimeout(hideTimer);
    preview = undefined;
  }
}

document.addEventListener('pointerover', onPointerOver);
document.addEventListener('pointerout', onPointerOut);
// Capture, so a preview is pinned before the button's own popover toggle runs.
document.addEventListener('click', onClick, { capture: true });
document.addEventListener('keydown', cancel, { capture: true });
document.addEventListener('toggle', onToggle, { capture: true });

// The term whose hover loaded this module gets its preview as if the module had been there all along.
const hovered = termAt(document.querySelector(`${TERM}:hover`));
if (hovered) schedule(hovered);
