import { useQueries } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import { taskTitle } from '@/domain/labels';
import type { Member, RecordSummary, Task } from '@/domain/types';
import { addDays, isoToLocal, localToIso, toDateInput } from '@/lib/local-date';
import { taskQueries } from '../api/queries';
import { statusLabel } from '../capability-views';
import { useAssignTask } from '../components/use-assign-task';
import { useChangeStatus } from '../components/use-change-status';
import { useSaveWithUndo } from '../undo/use-save-with-undo';
import { useRunBulkAction } from '../bulk/use-task-selection';
import type { ActionTarget } from './action-target';
import type { ActionItem } from './palette-items';

/** A step of the palette that needs a second choice: whom to assign, what to link. */
export type PaletteStep = 'assign' | 'link';

/** Tomorrow, keeping the time of day the task had (as the quick picks do). */
export function dueTomorrow(task: Task, now = new Date()): string | null {
  return localToIso(toDateInput(addDays(now, 1)), isoToLocal(task.dueAt).time);
}

/**
 * The actions on the target's tasks, as far as the backend allows them: no edit on a read-only
 * backend, no "Link to…" where links come only with creation. Each action runs on every task of
 * the target, so a selection of many needs no other list.
 */
export function usePaletteActions(
  target: ActionTarget | null,
  openStep: (step: PaletteStep) => void,
) {
  const backend = useBackend();
  const { capabilities } = backend;
  const selection = target?.source === 'selection' ? target.tasks : null;
  // A focused task is read (it may be a page's or the panel's); a selection's tasks are at hand.
  const results = useQueries({
    queries: (selection ? [] : (target?.taskIds ?? [])).map((id) =>
      taskQueries.detail(backend, id),
    ),
  });
  const tasks = selection ?? results.flatMap((result) => (result.data ? [result.data] : []));
  const loading = results.some((result) => result.isPending);
  const changeStatus = useChangeStatus();
  const assign = useAssignTask();
  const save = useSaveWithUndo();
  // A selection runs as one batch: the action bar's progress, Retry failed and Undo.
  const runBulk = useRunBulkAction();

  const actions: ActionItem[] = [];
  if (tasks.length > 0) {
    if (capabilities.canChangeStatus) {
      for (const status of [...capabilities.statuses].reverse()) {
        if (tasks.every((task) => task.status === status)) continue;
        const label = statusLabel(capabilities, status);
        actions.push({
          key: `status:${status}`,
          label: `Move to ${label}`,
          keywords: status === 'DONE' ? 'status complete finish close' : 'status',
          run: () =>
            selection
              ? runBulk({ kind: 'status', status })
              : tasks.forEach((task) => changeStatus(task, status)),
        });
      }
    }
    if (capabilities.canEditTasks && capabilities.canListMembers) {
      actions.push({
        key: 'assign',
        label: 'Assign to…',
        keywords: 'assignee owner member',
        run: () => openStep('assign'),
        continues: true,
      });
    }
    if (capabilities.canEditTasks) {
      actions.push({
        key: 'due-tomorrow',
        label: 'Due tomorrow',
        keywords: 'date snooze',
        run: () =>
          selection
            ? runBulk({
                kind: 'due',
                dueAt: localToIso(toDateInput(addDays(new Date(), 1))),
                words: 'tomorrow',
              })
            : tasks.forEach((task) => save(task, { dueAt: dueTomorrow(task) })),
      });
    }
    if (
      capabilities.canEditTasks &&
      capabilities.canLinkAfterCreate &&
      capabilities.canBrowseRecords
    ) {
      actions.push({
        key: 'link',
        label: 'Link to…',
        keywords: 'record person company opportunity relation',
        run: () => openStep('link'),
        continues: true,
      });
    }
  }
  const title = tasks.length === 1 && tasks[0] ? taskTitle(tasks[0]) : `${tasks.length} tasks`;
  return {
    actions,
    tasks,
    loading,
    title,
    selection: selection !== null,
    assignAll: (member: Member | null) =>
      selection
        ? runBulk({ kind: 'assignee', member })
        : tasks.forEach((task) => assign(task, member)),
    linkAll: selection ? (record: RecordSummary) => runBulk({ kind: 'link', record }) : null,
  };
}
