import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '@/lib/shortcut-event';

/** The keys that open New task, as in Linear: `c` (create) and `n` (new). */
export const NEW_TASK_KEYS = ['n', 'c'] as const;

/** `n` or `c` calls `onNewTask`, unless focus is in a text field, a modifier is held, or a
 *  dialog is open. The key is marked handled, so the app-wide fallback leaves it alone. */
export function useNewTaskShortcut(onNewTask: () => void, enabled = true): void {
  const callback = useRef(onNewTask);
  useEffect(() => {
    callback.current = onNewTask;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(NEW_TASK_KEYS as readonly string[]).includes(event.key) || event.shiftKey) return;
      if (!isShortcutEvent(event)) return;
      event.preventDefault();
      callback.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
