import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RecordDetailByKind, RecordRef, TaskTarget } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { recordQueries } from './queries';

// Linking and unlinking change a record's depth=1 view (its taskTargets) and the task's own
// relations. The record's view is patched at once (the panel reacts in the same frame) and
// rolled back if the server refuses; afterwards both sides are invalidated, never hand-merged.

type DetailSnapshot = {
  key: readonly unknown[];
  previous: RecordDetailByKind[keyof RecordDetailByKind] | undefined;
};

async function patchTaskTargets(
  queryClient: QueryClient,
  record: RecordRef,
  update: (targets: TaskTarget[]) => TaskTarget[],
): Promise<DetailSnapshot> {
  const queryKey = recordQueries.detailKey(record.kind, record.id);
  await queryClient.cancelQueries({ queryKey });
  const previous = queryClient.getQueryData<RecordDetailByKind[keyof RecordDetailByKind]>(queryKey);
  if (previous) {
    queryClient.setQueryData(queryKey, { ...previous, taskTargets: update(previous.taskTargets) });
  }
  return { key: queryKey, previous };
}

function restore(queryClient: QueryClient, snapshot: DetailSnapshot | undefined): void {
  if (snapshot?.previous) queryClient.setQueryData(snapshot.key, snapshot.previous);
}

function invalidateAfterLinkChange(queryClient: QueryClient, record: RecordRef): void {
  // Not awaited: the toast that follows should not wait for the refetch.
  void queryClient.invalidateQueries({ queryKey: recordQueries.detailKey(record.kind, record.id) });
  // A company page that shows its people's and opportunities' tasks read this record's relations too.
  void queryClient.invalidateQueries({ queryKey: recordQueries.relatedAll() });
  void queryClient.invalidateQueries({ queryKey: ['tasks'] });
}

export type UnlinkVariables = { record: RecordRef; taskTarget: TaskTarget };

/** Removes one task relation; the task itself stays. */
export function useUnlinkTask() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskTarget }: UnlinkVariables) => backend.deleteTaskTarget(taskTarget.id),
    onMutate: ({ record, taskTarget }) =>
      patchTaskTargets(queryClient, record, (targets) =>
        targets.filter((t) => t.id !== taskTarget.id),
      ),
    onError: (_error, _variables, snapshot) => restore(queryClient, snapshot),
    onSettled: (_data, _error, { record }) => invalidateAfterLinkChange(queryClient, record),
  });
}

export type LinkVariables = {
  /** Made by the caller with crypto.randomUUID(), so a retried create can never make two relations. */
  id: string;
  taskId: string;
  record: RecordRef;
};

/** Re-creates a relation between a task and a record (the Undo of an unlink). */
export function useLinkTask() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, taskId, record }: LinkVariables) =>
      backend.createTaskTarget({ id, taskId, target: { kind: record.kind, id: record.id } }),
    onMutate: ({ id, taskId, record }) =>
      patchTaskTargets(queryClient, record, (targets) => [
        ...targets,
        {
          id,
          taskId,
          target: { kind: record.kind, id: record.id },
          createdAt: new Date().toISOString(),
        },
      ]),
    onError: (_error, _variables, snapshot) => restore(queryClient, snapshot),
    onSettled: (_data, _error, { record }) => invalidateAfterLinkChange(queryClient, record),
  });
}
