import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useBackend } from '@/backends/backend-context';
import { useToast } from '@/components/ui/toast/use-toast';
import { taskTitle } from '@/domain/labels';
import type { Task } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { canRestoreTask, restoreTask } from '../api/restore-task';
import { focusTask } from '@/components/task-focus/task-focus';

/**
 * The "Task deleted" toast, with Undo where the backend can make the task again with its id and
 * links (restore-task.ts). Runs after the editor has closed, so it holds nothing of the editor.
 */
export function useDeleteUndo(): (task: Task) => void {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const { show } = useToast();
  return useCallback(
    (task: Task) => {
      const title = taskTitle(task);
      const undo = async () => {
        try {
          const { missingLinks, linkError } = await restoreTask(backend, queryClient, task);
          focusTask({ taskId: task.id, part: 'title' });
          if (missingLinks > 0) {
            show({
              tone: 'danger',
              title: `“${title}” is back without ${missingLinks} of its links`,
              description: linkError ? explainError(linkError) : undefined,
            });
          }
        } catch (error) {
          show({
            tone: 'danger',
            title: `Couldn't bring back “${title}”`,
            description: `${explainError(error)} The task stays deleted.`,
          });
        }
      };
      show({
        title: 'Task deleted',
        description: title,
        action: canRestoreTask(backend.capabilities, task)
          ? { label: 'Undo', undo: true, onClick: () => void undo() }
          : undefined,
      });
    },
    [backend, queryClient, show],
  );
}
