import { useCallback } from 'react';
import { useToast } from '@/components/ui/toast/use-toast';
import { taskTitle } from '@/domain/labels';
import type { MemberSummary, Task } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { useUpdateTask, type TaskPatch } from '../api/mutations';
import { changesSomething, undoPatch } from './field-undo';

const FIELD_NAMES: Record<keyof TaskPatch, string> = {
  title: 'the title',
  bodyMarkdown: 'the description',
  status: 'the status',
  dueAt: 'the due date',
  assigneeId: 'the assignee',
};

const fieldsOf = (patch: TaskPatch) =>
  (Object.keys(patch) as (keyof TaskPatch)[]).map((key) => FIELD_NAMES[key]).join(' and ');

/**
 * Saves a field of a task (shown at once, put back with a message if the server refuses) and
 * offers Undo for a while in the toast: the editor's fields and a card's due date and assignee.
 */
export function useSaveWithUndo(): (
  task: Task,
  patch: TaskPatch,
  assignee?: MemberSummary,
) => void {
  const toast = useToast();
  const update = useUpdateTask({
    onError: (error, { patch }) =>
      toast.show({
        tone: 'danger',
        title: `Couldn't save ${fieldsOf(patch)}`,
        description: `${explainError(error)} The change was undone.`,
      }),
  });
  const undoUpdate = useUpdateTask({
    onError: (error, { patch }) =>
      toast.show({
        tone: 'danger',
        title: `Couldn't undo the change to ${fieldsOf(patch)}`,
        description: `${explainError(error)} The new value stays.`,
      }),
  });
  return useCallback(
    (task, patch, assignee) => {
      update({ task, patch, assignee });
      if (!changesSomething(task, patch)) return;
      toast.show({
        title: `Changed ${fieldsOf(patch)}`,
        description: taskTitle({ ...task, ...patch }),
        action: { label: 'Undo', undo: true, onClick: () => undoUpdate(undoPatch(task, patch)) },
      });
    },
    [toast, update, undoUpdate],
  );
}
