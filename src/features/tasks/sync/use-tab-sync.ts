import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BackendChange } from '@/backends/changes/change-feed';
import { useBackend, useBackendSettings } from '@/backends/backend-context';
import { invalidateRemoteChange } from '../api/invalidate-remote-change';
import { channelName, fromMessage, toMessage } from './tab-message';

function merge(a: BackendChange, b: BackendChange): BackendChange {
  return {
    taskIds: [...a.taskIds, ...b.taskIds],
    relationIds: [...a.relationIds, ...b.relationIds],
    records: [...a.records, ...b.records],
  };
}

/**
 * Applies other tabs' changes, but never while this tab's own writes are in flight: a list read
 * then could land before the server has them and briefly show them undone. They wait, merged,
 * until this tab's writes are settled (whose own invalidation follows the same rule).
 */
function createApplier(queryClient: QueryClient) {
  let waiting: BackendChange | null = null;
  const flush = () => {
    if (!waiting || queryClient.isMutating() > 0) return;
    const change = waiting;
    waiting = null;
    void invalidateRemoteChange(queryClient, change);
  };
  const unsubscribe = queryClient.getMutationCache().subscribe(() => flush());
  return {
    apply(change: BackendChange) {
      waiting = waiting ? merge(waiting, change) : change;
      flush();
    },
    stop: unsubscribe,
  };
}

/**
 * Every tab of this backend in step: what this tab writes (as the server took it, see
 * backends/changes) is told on a BroadcastChannel, and what the others tell is read again here.
 */
export function useTabSync(): void {
  const backend = useBackend();
  const { settings } = useBackendSettings();
  const queryClient = useQueryClient();
  const name = channelName(settings);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined' || !backend.changes) return undefined;
    const channel = new BroadcastChannel(name);
    const applier = createApplier(queryClient);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const change = fromMessage(event.data);
      if (change) applier.apply(change);
    };
    const stopFeed = backend.changes.subscribe((change) => {
      try {
        channel.postMessage(toMessage(change));
      } catch {
        // A closed channel (the tab is leaving): the other tabs catch up on their next read.
      }
    });
    return () => {
      stopFeed();
      applier.stop();
      channel.close();
    };
  }, [backend, name, queryClient]);
}
