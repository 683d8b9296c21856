import { useEffect } from 'react';
import type { AppToastQueue } from './toast-queue';

/** Typing fields keep their own Ctrl+Z (undo the typing), never the last action's. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(
    target.type,
  );
}

export const isUndoKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) &&
  !event.shiftKey &&
  !event.altKey &&
  event.key.toLowerCase() === 'z';

/**
 * Ctrl/Cmd+Z runs the Undo of the newest toast that offers one, while it shows: the toast's
 * button need not be reached first. Anywhere but a text field.
 */
export function useUndoShortcut(queue: AppToastQueue): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoKey(event) || isTextEntry(event.target)) return;
      // Newest first (React Aria's queue adds at the front).
      const toast = queue.visibleToasts.find((shown) => shown.content.action?.undo);
      if (!toast) return;
      event.preventDefault();
      toast.content.action?.onClick();
      queue.close(toast.key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [queue]);
}
