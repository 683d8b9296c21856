import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from '@/backends/api-error';

const STALE_TIME_MS = 30_000;

/** A 4xx will answer the same way next time (wrong key, not found, bad input). */
function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * The one QueryClient factory, for the app and for tests (which pass `retry: false`).
 * The http layer already retries reads with backoff on 429, 5xx and network errors, so
 * React Query adds at most one more try, and none for a 4xx; while the server is away that try
 * waits (paused, keeping the data shown) until it is back. Mutations are never retried here: a
 * write the server did not get is queued by the backend and sent once it is back.
 */
export function createQueryClient(overrides: { retry?: false } = {}): QueryClient {
  const defaultOptions: DefaultOptions = {
    queries: {
      staleTime: STALE_TIME_MS,
      // Coming back to the tab reads again only what is shown, and only short lists
      // (features/tasks/sync/use-remote-refresh.ts): React Query's own refetch on focus would
      // read every loaded page of every list, a storm on a workspace of 10,000 tasks.
      refetchOnWindowFocus: false,
      retry:
        overrides.retry === false
          ? false
          : (failureCount, error) => failureCount < 1 && !isClientError(error),
    },
    // Writes run even when React Query thinks the app is offline: the backend queues them
    // (src/backends/offline), where they survive a reload; a paused mutation would not.
    mutations: { retry: false, networkMode: 'always' },
  };
  return new QueryClient({ defaultOptions });
}
