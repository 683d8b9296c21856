import { useEffect, useRef } from 'react';
import { isTypingTarget } from '@/lib/is-typing-target';

/** `n` calls `onNewTask`, unless focus is in a text field, a modifier is held, or a dialog is open. */
export function useNewTaskShortcut(onNewTask: () => void, enabled = true): void {
  const callback = useRef(onNewTask);
  useEffect(() => {
    callback.current = onNewTask;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'n' || event.repeat || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (isTypingTarget(event.target)) return;
      // A key pressed in a dialog or menu is that overlay's business.
      if (document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')) return;
      event.preventDefault();
      callback.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
