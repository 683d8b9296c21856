import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { RecordRef, RecordSummary, TaskInput } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { invalidateAfterTaskChange } from '../api/invalidate';
import { taskExists, type LinkState } from './link-machine';
import { showQueuedCreate } from './show-queued-create';
import {
  createLinkStore,
  deleteCreatedTask,
  retryFailedLinks,
  submitTaskWithLinks,
  type WorkflowOptions,
} from './run-link-workflow';

const linkedRecords = (s: LinkState): RecordRef[] =>
  s.links.filter((l) => l.status === 'linked').map((l) => l.target);

/**
 * The create-then-link workflow for one dialog: its state, and the actions that move it.
 * Each action resolves with the state it ended in; the call site owns the UI effects (close,
 * toast). Whenever the server changed, the board, the task and each record touched are
 * invalidated, never patched by hand.
 */
export function useCreateTaskWithLinks() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const [store] = useState(createLinkStore);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  const invalidate = useCallback(
    // Not awaited: a toast or a close should not wait for the refetch.
    (records: readonly RecordRef[]) => void invalidateAfterTaskChange(queryClient, { records }),
    [queryClient],
  );

  const submit = useCallback(
    async (
      input: TaskInput,
      targets: readonly RecordSummary[],
      ids?: WorkflowOptions['ids'],
    ): Promise<LinkState> => {
      const before = store.getState();
      const final = await submitTaskWithLinks(backend, store, input, targets, { ids });
      // Queued for a server that is away: nothing can be read back yet, so show it by hand.
      const queued = backend.offline?.mustQueue() ?? false;
      if (queued && taskExists(final)) showQueuedCreate(queryClient, final, input);
      if (final !== before && taskExists(final)) invalidate(linkedRecords(final));
      return final;
    },
    [backend, store, invalidate, queryClient],
  );

  const retry = useCallback(async (): Promise<LinkState> => {
    const before = store.getState();
    const final = await retryFailedLinks(backend, store);
    if (final !== before) invalidate(linkedRecords(final));
    return final;
  }, [backend, store, invalidate]);

  const deleteTask = useCallback(async (): Promise<LinkState> => {
    const before = store.getState();
    const final = await deleteCreatedTask(backend, store);
    // Its relations went with it, so every record it was linked to lost a task.
    if (final.phase === 'deleted') invalidate(linkedRecords(before));
    return final;
  }, [backend, store, invalidate]);

  const actions = useMemo(
    () => ({
      submit,
      retry,
      deleteTask,
      cancel: () => store.dispatch({ type: 'cancel' }),
      keep: () => store.dispatch({ type: 'keep' }),
      reset: () => store.dispatch({ type: 'reset' }),
    }),
    [submit, retry, deleteTask, store],
  );

  return { state, ...actions };
}
