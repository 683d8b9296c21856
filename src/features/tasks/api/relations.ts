import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isNotFound } from '@/backends/api-error';
import { useBackend } from '@/backends/backend-context';
import type { RecordRef, TaskTarget } from '@/domain/types';
import { patchRecordRelations, patchTaskRelations } from './cache';
import { invalidateAfterTaskChange } from './invalidate';
import type { MutationCallbacks } from './mutations';
import { taskQueries } from './queries';

// A task's relations: added (the editor, "Link existing task", a Tasks panel's Undo), removed
// (the editor, a Tasks panel's Unlink) or pointed at another record (the editor). Each change
// shows at once on both sides (the task wherever it is cached, and the record's depth=1 view)
// and is undone if the server refuses; afterwards both sides are read again. The refetch is not
// awaited, so a toast that follows a success does not wait for it.

const sameRecord = (a: RecordRef | null, b: RecordRef) => a?.kind === b.kind && a.id === b.id;
const without = (id: string) => (targets: TaskTarget[]) => targets.filter((t) => t.id !== id);
const withRelation = (relation: TaskTarget) => (targets: TaskTarget[]) =>
  targets.some((t) => t.id === relation.id) ? targets : [...targets, relation];

/** `T`: what the caller knows of the record (a name, for its messages). */
export type AddRelationVariables<T extends RecordRef = RecordRef> = {
  /** Made by the caller (crypto.randomUUID()): a retried create can never make two relations. */
  id: string;
  taskId: string;
  target: T;
};

/** Links a task to one more record. */
export function useAddRelation<T extends RecordRef = RecordRef>(
  callbacks: MutationCallbacks<AddRelationVariables<T>> = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, taskId, target }: AddRelationVariables<T>) =>
      backend.createTaskTarget({ id, taskId, target: { kind: target.kind, id: target.id } }),
    onMutate: async ({ id, taskId, target }) => {
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      const relation: TaskTarget = {
        id,
        taskId,
        target: { kind: target.kind, id: target.id },
        createdAt: new Date().toISOString(),
      };
      patchTaskRelations(queryClient, taskId, withRelation(relation));
      patchRecordRelations(queryClient, target, withRelation(relation));
    },
    onError: (error, variables) => {
      patchTaskRelations(queryClient, variables.taskId, without(variables.id));
      patchRecordRelations(queryClient, variables.target, without(variables.id));
      callbacks.onError?.(error, variables);
    },
    onSettled: (_data, _error, { target }) => {
      void invalidateAfterTaskChange(queryClient, { records: [target] });
    },
  });
}

export type RemoveRelationVariables = { relation: TaskTarget };

/** Unlinks a task from one record; the task and the record both stay. */
export function useRemoveRelation(callbacks: MutationCallbacks<RemoveRelationVariables> = {}) {
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
      patchTaskRelations(queryClient, relation.taskId, without(relation.id));
      if (relation.target) patchRecordRelations(queryClient, relation.target, without(relation.id));
    },
    onError: (error, variables) => {
      const { relation } = variables;
      patchTaskRelations(queryClient, relation.taskId, withRelation(relation));
      if (relation.target) {
        patchRecordRelations(queryClient, relation.target, withRelation(relation));
      }
      callbacks.onError?.(error, variables);
    },
    onSettled: (_data, _error, { relation }) => {
      void invalidateAfterTaskChange(queryClient, {
        records: relation.target ? [relation.target] : [],
      });
    },
  });
}

export type RepointRelationVariables<T extends RecordRef = RecordRef> = {
  relation: TaskTarget;
  to: T;
};

/** Points an existing relation at another record (one PATCH; the relation keeps its id). */
export function useRepointRelation<T extends RecordRef = RecordRef>(
  callbacks: MutationCallbacks<RepointRelationVariables<T>> = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ relation, to }: RepointRelationVariables<T>) =>
      backend.updateTaskTarget(relation.id, { kind: to.kind, id: to.id }),
    onMutate: async ({ relation, to }) => {
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      const moved: TaskTarget = { ...relation, target: { kind: to.kind, id: to.id } };
      patchTaskRelations(queryClient, relation.taskId, (targets) =>
        targets.map((t) => (t.id === relation.id ? moved : t)),
      );
      const from = relation.target;
      if (from && !sameRecord(from, to)) {
        patchRecordRelations(queryClient, from, without(relation.id));
      }
      patchRecordRelations(queryClient, to, (targets) => [...without(relation.id)(targets), moved]);
    },
    onError: (error, variables) => {
      const { relation, to } = variables;
      patchTaskRelations(queryClient, relation.taskId, (targets) =>
        targets.map((t) => (t.id === relation.id ? relation : t)),
      );
      patchRecordRelations(queryClient, to, without(relation.id));
      if (relation.target) {
        patchRecordRelations(queryClient, relation.target, withRelation(relation));
      }
      callbacks.onError?.(error, variables);
    },
    onSettled: (_data, _error, { relation, to }) => {
      void invalidateAfterTaskChange(queryClient, {
        records: relation.target ? [relation.target, to] : [to],
      });
    },
  });
}
