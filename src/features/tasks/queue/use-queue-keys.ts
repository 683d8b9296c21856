import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '@/lib/shortcut-event';

export type QueueKeyActions = {
  done?: () => void;
  snooze?: () => void;
  skip?: () => void;
  openRecord?: () => void;
  leave: () => void;
};

/**
 * The queue's keys: d done, s snooze, n or → skip, o open the record, Escape leave. Not while
 * typing or while a dialog or menu is open (the `?` help, say). On the document, so `n` is
 * claimed here before the app's "new task" key, which yields to a key already handled.
 */
export function useQueueKeys(actions: QueueKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.shiftKey || !isShortcutEvent(event)) return;
      const current = latest.current;
      const action =
        event.key === 'd'
          ? current.done
          : event.key === 's'
            ? current.snooze
            : event.key === 'n' || event.key === 'ArrowRight'
              ? current.skip
              : event.key === 'o'
                ? current.openRecord
                : event.key === 'Escape'
                  ? current.leave
                  : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
