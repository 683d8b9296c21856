import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaskPatch } from '@/backends/backend';
import { useBackend } from '@/backends/backend-context';
import type { Task } from '@/domain/types';
import { applyTaskPatch } from '../api/cache';
import { invalidateAfterTaskChange } from '../api/invalidate';

export type QueueWrite = { task: Task; patch: TaskPatch; outcome: 'done' | 'snoozed' };

/**
 * Done or Snooze from the queue. The queue moves on only once the server has the change (or the
 * offline queue holds it), so a refused write stays in view with its error and a Retry: nothing
 * is skipped by a failure. The board and record pages behind are then corrected as after any
 * task change (other tabs hear of it from the backend's change feed).
 */
export function useQueueWrite() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, patch }: QueueWrite) => backend.updateTask(task.id, patch),
    onSuccess: (saved, { task, patch }) => {
      const { order: _order, dueDate: _dueDate, ...shown } = patch;
      applyTaskPatch(queryClient, task, { ...shown, updatedAt: saved.updatedAt });
      const records = (task.targets ?? []).flatMap((relation) =>
        relation.target ? [relation.target] : [],
      );
      void invalidateAfterTaskChange(queryClient, { records });
    },
  });
}
