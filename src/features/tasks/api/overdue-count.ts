import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import { matchesDue } from '../task-matching';
import { cachedListTasks } from './cached-lists';
import { taskQueries } from './queries';

/** The nav badge shows the count up to this, and "99+" above it. */
export const OVERDUE_BADGE_MAX = 99;

/**
 * How many overdue open tasks the cached task lists already hold (board columns, whatever their
 * filters): a lower bound of the real count, since every one of them is overdue.
 */
export function overdueSeen(queryClient: QueryClient, now: Date): number {
  const overdue = cachedListTasks(queryClient).filter((task) => matchesDue(task, 'overdue', now));
  return new Set(overdue.map((task) => task.id)).size;
}

/**
 * How many open tasks are overdue, for the nav badge: one request for one row, its totalCount
 * read. Under the tasks key, so every task change refreshes it with the task queries.
 *
 * The badge cannot show more than "99+". When the lists already cached hold more overdue tasks
 * than that (the board of a large workspace opens on its overdue tasks: its open columns sort
 * by due date), the answer is known and no request goes out. Above OVERDUE_BADGE_MAX the number
 * is then only a lower bound, which is all the badge shows.
 */
export const overdueCountQuery = (backend: Backend, day: string) =>
  queryOptions({
    queryKey: [...taskQueries.all(), 'count', { due: 'overdue', day }] as const,
    queryFn: async ({ signal, client }) => {
      const now = new Date();
      const seen = overdueSeen(client, now);
      if (seen > OVERDUE_BADGE_MAX) return seen;
      return (await backend.listTasks({ due: 'overdue', sort: 'dueAt', now, limit: 1 }, signal))
        .totalCount;
    },
    staleTime: 30_000,
  });
