import { useEffect } from 'react';
import { isShortcutEvent } from '@/lib/shortcut-event';
import type { SelectionStore } from './selection-store';

/**
 * `x` toggles the focused card or row, Shift+x sets the range from the last one toggled, and
 * Escape clears the selection (when no dialog, menu or field has the key).
 */
export function useSelectionKeys(store: SelectionStore | null): void {
  useEffect(() => {
    if (!store) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      if (event.key === 'Escape') {
        if (store.selected().length === 0) return;
        event.preventDefault();
        store.clear();
        return;
      }
      if (event.key !== 'x' && event.key !== 'X') return;
      const target = event.target instanceof Element ? event.target : null;
      const id = target?.closest<HTMLElement>('[data-task-id]')?.dataset.taskId;
      if (!id || !store.inView().some((task) => task.id === id)) return;
      event.preventDefault();
      store.toggle(id, event.shiftKey);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
