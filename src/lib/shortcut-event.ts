import { isTypingTarget } from './is-typing-target';

/**
 * Open overlays: a key pressed while one is up belongs to it, never to the page behind. A toast
 * (an alertdialog that says it is not modal) is not one: with an Undo toast showing for ten
 * seconds after every change, the page's keys would otherwise be dead for as long.
 */
export const OVERLAY_SELECTOR =
  '[role="dialog"], [role="alertdialog"]:not([aria-modal="false"]), [role="menu"], [role="listbox"]';

/**
 * True when a plain key press is the page's to answer as a shortcut: no Ctrl, Cmd or Alt
 * (Shift is allowed: `?` needs it on most layouts), not a repeat, not already handled, not
 * typed into a field, and no dialog, menu or list box open.
 */
export function isShortcutEvent(event: KeyboardEvent, doc: Document = document): boolean {
  if (event.defaultPrevented || event.repeat) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTypingTarget(event.target)) return false;
  return doc.querySelector(OVERLAY_SELECTOR) === null;
}

/** Cmd+Enter on a Mac, Ctrl+Enter elsewhere (either is accepted on both). */
export function isSubmitChord(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/** Marks an overlay that Ctrl+K may open the command palette over (the task editor's sheet). */
export const PALETTE_OVER_ATTRIBUTE = 'data-palette-over';

/**
 * Ctrl+K, or ⌘K on a Mac: the command palette. Unlike a plain-key shortcut it works while the
 * user types in a field; it does nothing while a dialog, menu or list box is open, except an
 * overlay marked with PALETTE_OVER_ATTRIBUTE.
 */
export function isPaletteChord(event: KeyboardEvent, doc: Document = document): boolean {
  if (event.defaultPrevented || event.repeat || event.altKey || event.shiftKey) return false;
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return false;
  return [...doc.querySelectorAll(OVERLAY_SELECTOR)].every((overlay) =>
    overlay.closest(`[${PALETTE_OVER_ATTRIBUTE}]`),
  );
}
