import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaskPatch } from '@/backends/backend';
import { useBackend } from '@/backends/backend-context';
import type { RecordKind, Task } from '@/domain/types';
import { invalidateAfterTaskChange } from './invalidate';
import { taskQueries } from './queries';

// Writes for backends where a task is created on one thing and then edited as a whole form
// (no optimistic board to keep in step): create on a target, save a form's fields.

export type NewTaskOnTarget = {
  title: string;
  bodyMarkdown: string | null;
  /** YYYY-MM-DD or null. */
  dueDate: string | null;
  target: { kind: RecordKind; id: string };
};

export function useCreateTaskOnTarget() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ title, bodyMarkdown, dueDate, target }: NewTaskOnTarget) =>
      backend.createTaskOnTarget({
        id: crypto.randomUUID(),
        linkId: crypto.randomUUID(),
        title,
        bodyMarkdown,
        status: 'TODO',
        dueAt: null,
        dueDate,
        assigneeId: null,
        target,
      }),
    onSuccess: (task) => {
      queryClient.setQueryData(taskQueries.detailKey(task.id), task);
      return invalidateAfterTaskChange(queryClient, { records: [] });
    },
  });
}

/** Saves a form's changed fields at once; the task as saved replaces the cached one. */
export function useSaveTaskFields() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TaskPatch }) => backend.updateTask(id, patch),
    onSuccess: (task: Task) => {
      queryClient.setQueryData(taskQueries.detailKey(task.id), task);
      return invalidateAfterTaskChange(queryClient, { records: [] });
    },
  });
}
