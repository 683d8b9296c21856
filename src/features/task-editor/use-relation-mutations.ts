import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isNotFound } from '@/backends/api-error';
import type { RecordRef, RecordSummary, TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/queries';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from '@/features/tasks/queries';
import { applyTaskPatch } from '@/features/tasks/task-cache';
import { cachedTask, patchRecordTargets } from './cache';
import type { MutationCallbacks } from './use-update-task';

// A task's relations as the editor changes them. Each change shows at once on both sides (the
// task's own relations, wherever the task is cached, and the record's depth=1 view) and is
// undone if the server refuses; afterwards both sides are read again from the server.

const sameRecord = (a: RecordRef | null, b: RecordRef) => a?.kind === b.kind && a.id === b.id;

function setTaskTargets(
  queryClient: QueryClient,
  taskId: string,
  update: (targets: TaskTarget[]) => TaskTarget[],
): void {
  const task = cachedTask(queryClient, taskId);
  if (task) applyTaskPatch(queryClient, task, { targets: update(task.targets ?? []) });
}

async function settle(queryClient: QueryClient, records: readonly RecordRef[]): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: taskQueries.all() }),
    ...records.map((record) =>
      queryClient.invalidateQueries({ queryKey: recordQueries.detailKey(record.kind, record.id) }),
    ),
    // A company page that includes its people's tasks read their relations too.
    queryClient.invalidateQueries({ queryKey: recordQueries.relatedAll() }),
  ]);
}

export type AddRelationVariables = {
  /** Made by the caller (crypto.randomUUID()): a retried create can never make two relations. */
  id: string;
  target: RecordSummary;
};

/** Links the task to one more record. */
export function useAddRelation(
  taskId: string,
  callbacks: MutationCallbacks<AddRelationVariables> = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, target }: AddRelationVariables) =>
      backend.createTaskTarget({ id, taskId, target: { kind: target.kind, id: target.id } }),
    onMutate: async ({ id, target }) => {
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      const relation: TaskTarget = {
        id,
        taskId,
        target: { kind: target.kind, id: target.id },
        createdAt: new Date().toISOString(),
      };
      setTaskTargets(queryClient, taskId, (targets) => [...targets, relation]);
      patchRecordTargets(queryClient, target, (targets) => [...targets, relation]);
    },
    onError: (error, variables) => {
      const drop = (targets: TaskTarget[]) => targets.filter((t) => t.id !== variables.id);
      setTaskTargets(queryClient, taskId, drop);
      patchRecordTargets(queryClient, variables.target, drop);
      callbacks.onError?.(error, variables);
    },
    onSettled: (_data, _error, { target }) => settle(queryClient, [target]),
  });
}

export type RemoveRelationVariables = { relation: TaskTarget };

/** Unlinks the task from one record; the task and the record both stay. */
export function useRemoveRelation(
  taskId: string,
  callbacks: MutationCallbacks<RemoveRelationVariables> = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ relation }: RemoveRelationVariables) => {
      try {
        await backend.deleteTaskTarget(relation.id);
      } catch (error) {
        // Already gone (removed elsewhere): the result the user wanted.
        if (!isNotFound(error)) throw error;
      }
    },
    onMutate: async ({ relation }) => {
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      const drop = (targets: TaskTarget[]) => targets.filter((t) => t.id !== relation.id);
      setTaskTargets(queryClient, taskId, drop);
      if (relation.target) patchRecordTargets(queryClient, relation.target, drop);
    },
    onError: (error, variables) => {
      const { relation } = variables;
      const restore = (targets: TaskTarget[]) =>
        targets.some((t) => t.id === relation.id) ? targets : [...targets, relation];
      setTaskTargets(queryClient, taskId, restore);
      if (relation.target) patchRecordTargets(queryClient, relation.target, restore);
      callbacks.onError?.(error, variables);
    },
    onSettled: (_data, _error, { relation }) =>
      settle(queryClient, relation.target ? [relation.target] : []),
  });
}

export type RepointRelationVariables = { relation: TaskTarget; to: RecordSummary };

/** Points an existing relation at another record (one PATCH; the relation keeps its id). */
export function useRepointRelation(
  taskId: string,
  callbacks: MutationCallbacks<RepointRelationVariables> = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();

  const move = (relation: TaskTarget, to: RecordRef) => {
    const from = relation.target;
    const moved: TaskTarget = { ...relation, target: { kind: to.kind, id: to.id } };
    setTaskTargets(queryClient, taskId, (targets) =>
      targets.map((t) => (t.id === relation.id ? moved : t)),
    );
    if (from && !sameRecord(from, to)) {
      patchRecordTargets(queryClient, from, (targets) =>
        targets.filter((t) => t.id !== relation.id),
      );
    }
    patchRecordTargets(queryClient, to, (targets) => [
      ...targets.filter((t) => t.id !== relation.id),
      moved,
    ]);
  };

  return useMutation({
    mutationFn: ({ relation, to }: RepointRelationVariables) =>
      backend.updateTaskTarget(relation.id, { kind: to.kind, id: to.id }),
    onMutate: async ({ relation, to }) => {
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      move(relation, to);
    },
    onError: (error, variables) => {
      const { relation, to } = variables;
      setTaskTargets(queryClient, taskId, (targets) =>
        targets.map((t) => (t.id === relation.id ? relation : t)),
      );
      patchRecordTargets(queryClient, to, (targets) => targets.filter((t) => t.id !== relation.id));
      if (relation.target) {
        const back = relation.target;
        patchRecordTargets(queryClient, back, (targets) =>
          targets.some((t) => t.id === relation.id) ? targets : [...targets, relation],
        );
      }
      callbacks.onError?.(error, variables);
    },
    onSettled: (_data, _error, { relation, to }) =>
      settle(queryClient, relation.target ? [relation.target, to] : [to]),
  });
}
