import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Backend } from '@/backends/backend';
import { useBackend } from '@/backends/backend-context';
import { recordQueries } from '@/features/records/api/queries';
import { taskQueries } from '../api/queries';
import { takeReturnBeforeSync } from './returns-before-sync';

// Changes made elsewhere (another person, another app) reach this tab when it comes back into
// view and every half minute while it is in view. Only what is on screen is read again, and only
// lists of a few pages: a column scrolled 40 pages deep is not re-read page by page every 30 s
// (it is corrected by this tab's own writes and by other tabs' messages). Nothing is read while
// the tab is hidden, offline, held back by the rate limit, or writing.

export const REFRESH_INTERVAL_MS = 30_000;
/** Lists with more pages loaded than this are left out of the background refresh. */
export const REFRESH_MAX_PAGES = 2;

function fewPages(query: Query): boolean {
  const pages = (query.state.data as { pages?: unknown[] } | undefined)?.pages;
  return !Array.isArray(pages) || pages.length <= REFRESH_MAX_PAGES;
}

export function mayRefresh(backend: Backend, queryClient: QueryClient): boolean {
  if (document.visibilityState === 'hidden') return false;
  if (queryClient.isMutating() > 0) return false;
  if (backend.pacing?.getSnapshot().waiting) return false;
  const offline = backend.offline?.getSnapshot();
  return !offline || (offline.status === 'online' && offline.pending === 0);
}

/** Reads again the task and record queries on screen; returns when they are read. */
export function refreshShownQueries(queryClient: QueryClient): Promise<unknown> {
  const options = { cancelRefetch: false } as const;
  return Promise.all(
    [taskQueries.all(), recordQueries.all()].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey, type: 'active', predicate: fewPages }, options),
    ),
  );
}

export function useRemoteRefresh(): void {
  const backend = useBackend();
  const queryClient = useQueryClient();

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const refresh = () => {
      if (mayRefresh(backend, queryClient)) void refreshShownQueries(queryClient);
    };
    const restartTimer = () => {
      clearInterval(timer);
      timer = setInterval(refresh, REFRESH_INTERVAL_MS);
    };
    const onShown = () => {
      if (document.visibilityState === 'hidden') return;
      refresh();
      // The next background read comes a full interval after this one.
      restartTimer();
    };
    restartTimer();
    // A return to the tab before this code was in is caught up now.
    if (takeReturnBeforeSync()) refresh();
    document.addEventListener('visibilitychange', onShown);
    window.addEventListener('focus', onShown);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onShown);
      window.removeEventListener('focus', onShown);
    };
  }, [backend, queryClient]);
}
