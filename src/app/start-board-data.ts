import type { QueryClient } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import { TASK_STATUSES } from '@/domain/types';
import { routePatterns } from '@/config/paths';
import { taskQueries } from '@/features/tasks/api/queries';
import { parseBoardParams, parseTaskView } from '@/features/tasks/board-params';
import { boardMode, offersListView } from '@/features/tasks/capability-views';
import { handOverInProgress } from '@/features/settings/session/hand-over';
import { prepareDueFormatters } from '@/lib/format-due';

/** The URLs the board answers at (router.tsx: the index route and `/tasks`). */
export function isBoardPath(pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return path === routePatterns.home || path === routePatterns.tasks;
}

/**
 * Asks, through the app's own backend (main.tsx), for each column's first page as soon as the app starts, when the address is the board's:
 * the requests then travel while the board's code downloads and React renders, instead of
 * after both. The columns mount on the same query keys (taskQueries.list), so they pick up the
 * requests in flight rather than sending their own.
 */
export function startBoardData(queryClient: QueryClient, backend: Backend): void {
  if (!isBoardPath(window.location.pathname)) return;
  if (boardMode(backend.capabilities) !== 'columns') return;
  const params = new URLSearchParams(window.location.search);
  // The list view reads its own groups, not the columns.
  if (offersListView(backend.capabilities) && parseTaskView(params) === 'list') return;
  const filters = parseBoardParams(params);
  const start = () => {
    for (const status of TASK_STATUSES) {
      // A failed first page stays an error in the cache; the column shows it with its Retry.
      void queryClient.prefetchInfiniteQuery(taskQueries.list(backend, { ...filters, status }));
    }
    // The main thread is free while the pages travel; the cards' dates then format at once.
    setTimeout(prepareDueFormatters, 0);
  };
  // Opened with `#key`, the requests wait for the session cookie that the key is traded for:
  // sent before it, they would be refused.
  const handOver = handOverInProgress();
  if (handOver) void handOver.then(start, start);
  else start();
}
