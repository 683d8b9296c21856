import { queryOptions } from '@tanstack/react-query';
import type { Backend, TaskListQuery } from '@/backends/backend';
import type { Task } from '@/domain/types';
import { toDateInput } from '@/lib/local-date';
import { columnSort, type BoardFilters } from '../board-params';
import { TASK_PAGE_SIZE } from '../api/queries';
import { compareTasks, isLinkedTo } from '../task-matching';

/** At most this many tasks in one run; a view with more says so. */
export const QUEUE_MAX = 100;
/** Pages read for one status at most, so a huge view stays a handful of requests. */
const MAX_PAGES = 3;

export type QueueSnapshot = {
  tasks: Task[];
  /** How many open tasks the view holds, when the backend says; null when it cannot. */
  total: number | null;
};

// The open tasks of the board's view, read once when "Work through" starts. Its key sits
// outside `tasks` on purpose: every task change invalidates that tree, and this list is a
// snapshot the run walks through (re-reading up to 300 tasks after each Done would spend the
// rate budget and move the tasks under the user).
export const queueQuery = (backend: Backend, filters: BoardFilters, runId: string) => {
  const key = { ...filters, day: toDateInput(new Date()) };
  // The backend is left out of the key as everywhere (switching backend clears the cache); the
  // filters are in it, with the day "due today" is read on.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    // One snapshot per run: back from a record the run finds its own; a new run reads afresh.
    queryKey: ['taskQueue', key, runId] as const,
    queryFn: ({ signal }) => readQueue(backend, filters, signal),
    staleTime: Infinity,
    // Long enough to open a record and come back to the same run.
    gcTime: 15 * 60_000,
    retry: false,
    // A backend with no task list (tasks live on their records only) has nothing to walk.
    enabled: backend.capabilities.canListTasks,
  });
};

async function readPages(
  backend: Backend,
  query: TaskListQuery,
  keep: (task: Task) => boolean,
  signal: AbortSignal,
): Promise<{ tasks: Task[]; total: number | null }> {
  const tasks: Task[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await backend.listTasks({ ...query, cursor, limit: TASK_PAGE_SIZE }, signal);
    if (page === 0) total = answer.totalCount;
    tasks.push(...answer.items.filter(keep));
    cursor = answer.nextCursor;
    if (!cursor || tasks.length >= QUEUE_MAX) break;
  }
  return { tasks, total };
}

async function readQueue(
  backend: Backend,
  filters: BoardFilters,
  signal: AbortSignal,
): Promise<QueueSnapshot> {
  const { capabilities } = backend;
  const can = (filter: (typeof capabilities.taskFilters)[number]) =>
    capabilities.taskFilters.includes(filter);
  const now = new Date();
  const shared: Omit<TaskListQuery, 'sort'> = {
    search: can('search') && filters.search ? filters.search : undefined,
    assignee: can('assignee') ? (filters.assignee ?? undefined) : undefined,
    due: can('due') ? (filters.due ?? undefined) : undefined,
    now,
  };
  const linked = filters.linked;
  const keep = (task: Task) => task.status !== 'DONE' && (!linked || isLinkedTo(task, linked));
  const open = capabilities.statuses.filter((status) => status !== 'DONE');
  const reads = can('status')
    ? open.map(
        (status) => () =>
          readPages(
            backend,
            { ...shared, status, sort: columnSort(status, filters.sort, capabilities) },
            keep,
            signal,
          ),
      )
    : [
        () =>
          readPages(
            backend,
            { ...shared, sort: capabilities.sortOptions[0]?.sort ?? 'dueAt' },
            keep,
            signal,
          ),
      ];
  // One status after another: the rate limiter would queue them anyway.
  const parts = [];
  for (const read of reads) parts.push(await read());
  const tasks = parts.flatMap((part) => part.tasks).sort(compareTasks(filters.sort));
  const totals = parts.map((part) => part.total);
  const total =
    can('status') && !linked && totals.every((count) => count !== null)
      ? totals.reduce<number>((sum, count) => sum + (count ?? 0), 0)
      : null;
  return { tasks: tasks.slice(0, QUEUE_MAX), total };
}
