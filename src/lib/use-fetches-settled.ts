import { notifyManager, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useState, useSyncExternalStore } from 'react';

const NOTHING_TO_UNSUBSCRIBE = () => undefined;

/**
 * True once no query under `queryKey` is fetching (and from then on): the first render that
 * finds nothing loading says so, as `useIsFetching(...) === 0` would. Unlike useIsFetching it
 * stops listening once settled. useIsFetching scans the whole query cache on every cache event,
 * and a scrolled board column grows the cache by a page of tasks and a chip name per linked
 * record: two of those scans per event, kept for the page's life, made the longest main-thread
 * task while scrolling (100 ms of partialMatchKey over a 3,000-card column).
 */
export function useFetchesSettled(
  queryKey: QueryKey,
  /** Not settled before some query under the key has started (it may start after the render). */
  { started = false }: { started?: boolean } = {},
): boolean {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const [settled, setSettled] = useState(false);
  const subscribe = useCallback(
    (onChange: () => void) =>
      settled ? NOTHING_TO_UNSUBSCRIBE : cache.subscribe(notifyManager.batchCalls(onChange)),
    [cache, settled],
  );
  const loading = useSyncExternalStore(
    subscribe,
    () =>
      !settled &&
      (client.isFetching({ queryKey }) > 0 ||
        (started && cache.find({ queryKey, exact: false }) === undefined)),
  );
  // Set while rendering: what just landed commits in this same pass.
  if (!settled && !loading) setSettled(true);
  return settled;
}
