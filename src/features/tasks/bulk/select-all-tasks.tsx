import type { Task } from '@/domain/types';
import { SelectAllCheckbox } from '../new-task/components/select-all-checkbox';
import { bulkActions } from './bulk-capabilities';
import { useBackend } from '@/backends/backend-context';
import { useSelectableTasks, useSelectedTasks, useTaskSelectionStore } from './use-task-selection';

/**
 * A list's header box (the record lists' own): checks every task the list shows, or clears them.
 * It also tells the selection which tasks the list shows, in order, for shift-ranges and `x`.
 */
export function SelectAllTasks({
  viewKey,
  tasks,
  label,
}: {
  viewKey: string;
  tasks: readonly Task[];
  label: string;
}) {
  const store = useTaskSelectionStore();
  useSelectableTasks(viewKey, 0, tasks);
  const selected = useSelectedTasks();
  const { capabilities } = useBackend();
  if (!store || !bulkActions(capabilities).any) return null;
  const ids = new Set(tasks.map((task) => task.id));
  return (
    <SelectAllCheckbox
      label={label}
      total={tasks.length}
      selectedCount={selected.filter((task) => ids.has(task.id)).length}
      onChange={(on) =>
        store.setMany(
          tasks.map((task) => task.id),
          on,
        )
      }
    />
  );
}
