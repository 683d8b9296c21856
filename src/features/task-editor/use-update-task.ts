import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskInput } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from '@/features/tasks/queries';
import { applyTaskPatch } from '@/features/tasks/task-cache';
import { cachedTask } from './cache';

export type TaskPatch = Partial<TaskInput>;

export type MutationCallbacks<V> = {
  /** Runs for every failed call, even when several are in flight (a call site's would not). */
  onError?: (error: unknown, variables: V) => void;
};

const updateKey = (taskId: string) => [...taskQueries.all(), 'update', taskId] as const;

function previousValues(task: Task, patch: TaskPatch): TaskPatch {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof TaskPatch)[]) previous[key] = task[key];
  return previous as TaskPatch;
}

/**
 * Saves a change to one task's fields. The change shows at once in every cached task query
 * (the board, record panels, the editor) and is undone field by field if the server refuses.
 * Edits of one task go to the server one after another, so a quick second edit can never be
 * overtaken by the first.
 */
export function useUpdateTask(taskId: string, callbacks: MutationCallbacks<TaskPatch> = {}) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateKey(taskId),
    scope: { id: `task-update:${taskId}` },
    mutationFn: (patch: TaskPatch) => backend.updateTask(taskId, patch),
    onMutate: async (patch) => {
      // A refetch in flight would land with the old values and undo the edit on screen.
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      const before = cachedTask(queryClient, taskId);
      if (!before) return undefined;
      applyTaskPatch(queryClient, before, patch);
      return { previous: previousValues(before, patch) };
    },
    onError: (error, patch, context) => {
      const now = cachedTask(queryClient, taskId);
      if (now && context) applyTaskPatch(queryClient, now, context.previous);
      callbacks.onError?.(error, patch);
    },
    onSuccess: (saved) => {
      const now = cachedTask(queryClient, taskId);
      if (now) applyTaskPatch(queryClient, now, { updatedAt: saved.updatedAt });
    },
    onSettled: () => {
      // Refetching while later edits are still queued would show them undone for a moment.
      if (queryClient.isMutating({ mutationKey: updateKey(taskId) }) > 1) return undefined;
      return queryClient.invalidateQueries({ queryKey: taskQueries.all() });
    },
  });
}
