import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isNotFound } from '@/backends/api-error';
import type { Task } from '@/domain/types';
import { recordQueries } from '@/features/records/queries';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from '@/features/tasks/queries';
import { removeTaskFromCaches, taskDetailKey } from './cache';

/**
 * Deletes a task. The server deletes its relations with it, so it leaves the board, every
 * record's Tasks panel and every cached list at once; the views it was in are then re-read.
 */
export function useDeleteTask() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (task: Task) => {
      try {
        await backend.deleteTask(task.id);
      } catch (error) {
        // Someone else deleted it first: what the user asked for is done.
        if (!isNotFound(error)) throw error;
      }
    },
    onSuccess: async (_data, task) => {
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      removeTaskFromCaches(queryClient, task.id);
      // The editor stops reading it before this runs (see TaskEditor), so no 404 follows.
      queryClient.removeQueries({ queryKey: taskDetailKey(task.id), exact: true });
      const records = (task.targets ?? []).flatMap((relation) =>
        relation.target ? [relation.target] : [],
      );
      // Not awaited: the caller closes the editor at once; the refetches correct in the background.
      void queryClient.invalidateQueries({ queryKey: taskQueries.lists() });
      void queryClient.invalidateQueries({ queryKey: [...taskQueries.all(), 'byIds'] });
      void queryClient.invalidateQueries({ queryKey: [...taskQueries.all(), 'search'] });
      for (const record of records) {
        void queryClient.invalidateQueries({
          queryKey: recordQueries.detailKey(record.kind, record.id),
        });
      }
      void queryClient.invalidateQueries({ queryKey: recordQueries.relatedAll() });
    },
  });
}
