import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Task } from '@/domain/types';
import type { BulkChange } from './bulk-plan';
import { createSelectionStore, type SelectionStore } from './selection-store';

// The app-wide task selection (selection-store.ts) and the hooks views and actions read it with.
// Outside its provider (a component test of one card) nothing is selectable.

const SelectionContext = createContext<SelectionStore | null>(null);

export function TaskSelectionProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createSelectionStore);
  return <SelectionContext.Provider value={store}>{children}</SelectionContext.Provider>;
}

export function useTaskSelectionStore(): SelectionStore | null {
  return useContext(SelectionContext);
}

const noStore = () => () => undefined;

/** Whether one task is selected: re-renders only when that answer changes. */
export function useIsTaskSelected(id: string): boolean {
  const store = useTaskSelectionStore();
  return useSyncExternalStore(store?.subscribe ?? noStore, () => store?.isSelected(id) ?? false);
}

/** The selected tasks in view, in view order (a command palette's "the selected tasks"). */
export function useSelectedTasks(): readonly Task[] {
  const store = useTaskSelectionStore();
  return useSyncExternalStore(store?.subscribe ?? noStore, () => store?.selected() ?? NONE);
}
const NONE: readonly Task[] = [];

/**
 * Runs a bulk action on the selected tasks from outside the action bar (a command palette's
 * "Move to Done"), with the bar's progress, Retry failed and Undo. Answers false when nothing
 * ran (no selection, a batch already running, or the bar's code not loaded yet).
 */
export function useRunBulkAction(): (change: BulkChange) => boolean {
  const store = useTaskSelectionStore();
  return useCallback((change) => store?.run(change) ?? false, [store]);
}

/** Tells the selection which tasks a view shows, in order (`order` ranks views on one page). */
export function useSelectableTasks(key: string, order: number, tasks: readonly Task[]): void {
  const store = useTaskSelectionStore();
  useEffect(() => store?.show(key, order, tasks), [store, key, order, tasks]);
}
