import { useCallback } from 'react';
import { useToast } from '@/components/ui/toast/use-toast';
import { taskTitle } from '@/domain/labels';
import type { Member, Task } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { useUpdateTask } from '../api/mutations';
import { undoPatch } from '../undo/field-undo';

/** What a toast calls the assignee: the member's name, or that there is none. */
const assigneeWords = (name: string | null | undefined) => name ?? 'an unknown member';

/**
 * Gives a task another assignee (or none) from its card: shown at once, undone on screen if the
 * server refuses, and offered for Undo in a toast, as the editor's field saves are.
 */
export function useAssignTask(): (task: Task, member: Member | null) => void {
  const { show } = useToast();
  const update = useUpdateTask({
    onError: (error, { task }) =>
      show({
        tone: 'danger',
        title: `Could not change the assignee of "${taskTitle(task)}"`,
        description: `${explainError(error)} It is back as it was.`,
      }),
  });
  const undoUpdate = useUpdateTask({
    onError: (error, { task }) =>
      show({
        tone: 'danger',
        title: `Could not undo the assignee change of "${taskTitle(task)}"`,
        description: `${explainError(error)} The new assignee stays.`,
      }),
  });
  return useCallback(
    (task: Task, member: Member | null) => {
      const assigneeId = member?.id ?? null;
      if (assigneeId === task.assigneeId) return;
      const patch = { assigneeId };
      update({ task, patch, ...(member ? { assignee: member } : {}) });
      show({
        title: member
          ? `Assigned "${taskTitle(task)}" to ${member.name}`
          : `Unassigned "${taskTitle(task)}"`,
        ...(task.assigneeId
          ? { description: `It was assigned to ${assigneeWords(task.assignee?.name)}.` }
          : {}),
        action: { label: 'Undo', undo: true, onClick: () => undoUpdate(undoPatch(task, patch)) },
      });
    },
    [update, undoUpdate, show],
  );
}
