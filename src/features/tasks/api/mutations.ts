import {
  useMutation,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { isNotFound } from '@/backends/api-error';
import type { Backend } from '@/backends/backend';
import { useBackend } from '@/backends/backend-context';
import type { MemberSummary, Task, TaskInput } from '@/domain/types';
import { applyTaskPatch, cachedTask, removeTaskFromCaches } from './cache';
import { invalidateAfterTaskChange } from './invalidate';
import { taskQueries } from './queries';

export type TaskPatch = Partial<TaskInput>;

export type MutationCallbacks<V> = {
  /** Runs for every failed call, even when several are in flight (a call site's would not). */
  onError?: (error: Error, variables: V) => void;
};

/**
 * `task` is the task as the user saw it when they changed it (a card, a panel row, the editor).
 * `assignee` is the member just picked, so the name shows at once; without it a new assigneeId
 * shows no name until the task is read again, never the previous assignee's.
 */
export type UpdateTaskVariables = { task: Task; patch: TaskPatch; assignee?: MemberSummary };

const updatesKey = () => [...taskQueries.all(), 'update'] as const;

type ShownPatch = Partial<Omit<Task, 'id'>>;

function previousValues(task: Task, patch: ShownPatch): ShownPatch {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof ShownPatch)[]) previous[key] = task[key];
  return previous as ShownPatch;
}

/** The patch as screens show it: a new assigneeId brings its assignee's name, or none. */
function shownPatch({ patch, assignee }: UpdateTaskVariables): ShownPatch {
  if (patch.assigneeId === undefined) return patch;
  if (patch.assigneeId === null) return { ...patch, assignee: null };
  return { ...patch, assignee: assignee?.id === patch.assigneeId ? assignee : undefined };
}

function updateTaskOptions(
  backend: Backend,
  queryClient: QueryClient,
  taskId: string,
  callbacks: MutationCallbacks<UpdateTaskVariables>,
): MutationOptions<Task, Error, UpdateTaskVariables, { previous: ShownPatch }> {
  const current = (seen: Task) => cachedTask(queryClient, taskId) ?? seen;
  return {
    mutationKey: [...updatesKey(), taskId],
    // Edits of one task go to the server one after another, so a quick second edit (or a second
    // drag of the same card) can never be overtaken by the first. Different tasks run at once.
    scope: { id: `task-update:${taskId}` },
    mutationFn: ({ patch }) => backend.updateTask(taskId, patch),
    onMutate: async (variables) => {
      // A refetch in flight would land with the old values and undo the change on screen.
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      const before = current(variables.task);
      // The server stamps the change now: a card moved to Done goes to the top of that column
      // (listed most recently changed first) at once, not when the answer lands.
      const shown = { ...shownPatch(variables), updatedAt: new Date().toISOString() };
      applyTaskPatch(queryClient, before, shown);
      return { previous: previousValues(before, shown) };
    },
    onError: (error, variables, context) => {
      // Field by field: a later edit of another field, still queued, keeps its value.
      if (context) {
        applyTaskPatch(
          queryClient,
          current({ ...variables.task, ...shownPatch(variables) }),
          context.previous,
        );
      }
      callbacks.onError?.(error, variables);
    },
    onSuccess: (saved, variables) => {
      applyTaskPatch(queryClient, current({ ...variables.task, ...shownPatch(variables) }), {
        updatedAt: saved.updatedAt,
      });
    },
    onSettled: () => {
      // With other task changes still in flight or queued, the last one to settle refetches;
      // refetching now would briefly show them undone (a moved card back in its old column).
      if (queryClient.isMutating({ mutationKey: updatesKey() }) > 1) return undefined;
      return invalidateAfterTaskChange(queryClient, { records: [] });
    },
  };
}

/**
 * Saves a change to a task's fields (its status included): shown at once in every cached task
 * query (the board, record panels, the editor) and undone field by field if the server refuses.
 * Errors go to the hook's `onError`, once per failed change, so two cards refused at once get
 * two messages. One hook serves many tasks (a board), each with its own queue.
 */
export function useUpdateTask(callbacks: MutationCallbacks<UpdateTaskVariables> = {}) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const { onError } = callbacks;
  return useCallback(
    (variables: UpdateTaskVariables): void => {
      // A mutation's scope is fixed when it is built, and useMutation builds every call from the
      // same options; so each call is built here with its own task's scope, as useMutation would.
      const mutation = queryClient
        .getMutationCache()
        .build(
          queryClient,
          updateTaskOptions(backend, queryClient, variables.task.id, { onError }),
        );
      // The failure is reported through onError above; the rejected promise has no reader.
      mutation.execute(variables).catch(() => undefined);
    },
    [backend, queryClient, onError],
  );
}

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
      queryClient.removeQueries({ queryKey: taskQueries.detailKey(task.id), exact: true });
      const records = (task.targets ?? []).flatMap((relation) =>
        relation.target ? [relation.target] : [],
      );
      // Not awaited: the caller closes the editor at once; the refetches correct in the background.
      void invalidateAfterTaskChange(queryClient, { records });
    },
  });
}
