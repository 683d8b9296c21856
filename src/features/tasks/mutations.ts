import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskStatus } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from './queries';
import { applyTaskPatch } from './task-cache';

export type SetTaskStatusVariables = { task: Task; status: TaskStatus };

const setStatusKey = [...taskQueries.all(), 'setStatus'] as const;

/**
 * Changes a task's status, shown at once in every cached task query and rolled back if the
 * server refuses; the error (with the server's message) goes to the caller, who shows it.
 */
export function useSetTaskStatus(
  callbacks: {
    /** Runs for every failed change, even with several in flight (a `mutate` callback would not). */
    onError?: (error: Error, variables: SetTaskStatusVariables) => void;
  } = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: setStatusKey,
    mutationFn: ({ task, status }: SetTaskStatusVariables) =>
      backend.updateTask(task.id, { status }),
    onMutate: async ({ task, status }) => {
      // A refetch already in flight would land with the old status and undo the move.
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      applyTaskPatch(queryClient, task, { status });
    },
    onError: (error, variables) => {
      const { task, status } = variables;
      applyTaskPatch(queryClient, { ...task, status }, { status: task.status });
      callbacks.onError?.(error, variables);
    },
    onSettled: () => {
      // With other status changes still in flight, their own settle refetches; refetching now
      // would briefly show their cards back in the old column.
      if (queryClient.isMutating({ mutationKey: setStatusKey }) > 1) return undefined;
      return queryClient.invalidateQueries({ queryKey: taskQueries.all() });
    },
  });
}
