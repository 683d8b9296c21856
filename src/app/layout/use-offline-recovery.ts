import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Backend } from '@/backends/backend';
import type { OfflineSync, SyncSnapshot } from '@/backends/offline/offline-sync';
import { useToast } from '@/components/ui/toast/use-toast';
import { describeWrite } from './describe-write';
import { explainError } from '@/lib/describe-error';

const ALWAYS_ONLINE: SyncSnapshot = { status: 'online', pending: 0 };
const NO_SYNC: Pick<OfflineSync, 'subscribe' | 'getSnapshot'> = {
  subscribe: () => () => undefined,
  getSnapshot: () => ALWAYS_ONLINE,
};

/**
 * Ties React Query to the backend's reachability: while the server is away (or queued writes
 * are still going out) queries pause and keep their data instead of failing one by one; when it
 * is back every query is read again, so the app recovers with no click and no reload. A queued
 * write the server refused is shown once, as a toast.
 */
export function useOfflineRecovery(backend: Backend): SyncSnapshot {
  const sync = backend.offline ?? NO_SYNC;
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);
  const queryClient = useQueryClient();
  const toast = useToast();
  const wasOnline = useRef(true);

  useEffect(() => {
    const offline = backend.offline;
    if (!offline) return;
    // Queries run while the server answers; 'waiting' (it answers, but would not take a queued
    // write yet) must not freeze every screen.
    const reachable = () => {
      const { status } = offline.getSnapshot();
      return status === 'online' || status === 'waiting';
    };
    onlineManager.setEventListener((setOnline) => {
      setOnline(reachable());
      return offline.subscribe(() => setOnline(reachable()));
    });
    return () => {
      onlineManager.setEventListener((setOnline) => {
        setOnline(true);
        return undefined;
      });
    };
  }, [backend]);

  useEffect(() => {
    const online = snapshot.status === 'online';
    // Back: the queue has gone out, so what the server says now includes every change.
    if (online && !wasOnline.current) void queryClient.invalidateQueries();
    wasOnline.current = online;
  }, [snapshot.status, queryClient]);

  useEffect(
    () =>
      backend.offline?.onRefused(({ write, error }) => {
        toast.show({
          tone: 'danger',
          title: `A change made offline was not saved: ${describeWrite(write)}`,
          description: explainError(error),
          duration: 15_000,
        });
        void queryClient.invalidateQueries();
      }),
    [backend, toast, queryClient],
  );

  return snapshot;
}
