import type { Task } from '@/domain/types';
import type { BulkChange } from './bulk-plan';
import { rangeIds } from '@/lib/shift-range';

// The tasks chosen for a bulk action, app-wide. Views (the board's columns, a record's Tasks
// panel, a list) say which tasks they show, in order; the selection is always read against
// them, so a task a filter hides is never acted on unseen. A card asks only "am I selected?",
// so a click re-renders the cards it changes, not the whole board.

type Source = { order: number; tasks: readonly Task[] };

export type SelectionStore = ReturnType<typeof createSelectionStore>;

export function createSelectionStore() {
  const sources = new Map<string, Source>();
  let chosen = new Set<string>();
  let anchor: string | null = null;
  let view: Task[] | null = null;
  let selected: Task[] | null = null;
  const listeners = new Set<() => void>();
  let runner: ((change: BulkChange) => boolean) | null = null;

  const changed = () => {
    selected = null;
    for (const listener of listeners) listener();
  };
  const inView = (): Task[] => {
    view ??= [...sources.values()]
      .sort((a, b) => a.order - b.order)
      .flatMap((source) => source.tasks);
    return view;
  };
  const set = (ids: readonly string[], on: boolean) => {
    chosen = new Set(chosen);
    for (const id of ids) {
      if (on) chosen.add(id);
      else chosen.delete(id);
    }
    changed();
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A view's tasks, in the order it shows them (`order` places views among each other). */
    show(key: string, order: number, tasks: readonly Task[]) {
      sources.set(key, { order, tasks });
      view = null;
      changed();
      return () => {
        if (sources.get(key)?.tasks !== tasks) return;
        sources.delete(key);
        view = null;
        changed();
      };
    },
    inView,
    /** The selected tasks that are in view, in view order (the same array until a change). */
    selected(): readonly Task[] {
      selected ??= inView().filter((task) => chosen.has(task.id));
      return selected;
    },
    isSelected: (id: string) => chosen.has(id),
    /** Toggles one task; `range` sets everything from the last toggled one as this one now is. */
    toggle(id: string, range = false) {
      const on = !chosen.has(id);
      const ids = range
        ? rangeIds(
            inView().map((task) => task.id),
            anchor,
            id,
          )
        : null;
      anchor = id;
      set(ids ?? [id], on);
    },
    setMany: set,
    selectAllInView: () =>
      set(
        inView().map((task) => task.id),
        true,
      ),
    /** The action bar's batch runner, once its code is in (`run` is false until then). */
    setRunner(next: typeof runner) {
      runner = next;
    },
    /** Runs a bulk action on the selected tasks, with the bar's progress, retry and Undo. */
    run: (change: BulkChange): boolean => runner?.(change) ?? false,
    clear() {
      if (chosen.size === 0) return;
      chosen = new Set();
      anchor = null;
      changed();
    },
  };
}
