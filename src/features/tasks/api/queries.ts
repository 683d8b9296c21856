import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Backend, TaskSortOption } from '@/backends/backend';
import type { Page, Task, TaskStatus } from '@/domain/types';
import { toDateInput } from '@/lib/local-date';
import { columnSort, type BoardFilters } from '../board-params';
import type { ServerListFilters } from '../task-matching';

// One key factory for every task query, and the only place that builds a task key. The backend
// is an argument, not part of the key: it cannot be serialised, and switching backend clears
// the whole cache anyway.

export const TASK_PAGE_SIZE = 60;
/** How many hits "Link existing task" shows for a title search. */
export const TASK_SEARCH_LIMIT = 8;

export type TaskListFilters = Pick<BoardFilters, 'search' | 'assignee' | 'due' | 'sort'> & {
  status: TaskStatus;
};

/** The key part of a list: only what the server filters on, plus the day a due filter is read on. */
export type TaskListKeyFilters = ServerListFilters & { day: string | null };

export const taskQueries = {
  all: () => ['tasks'] as const,
  lists: () => [...taskQueries.all(), 'list'] as const,

  list: (backend: Backend, filters: TaskListFilters) => {
    const keyFilters: TaskListKeyFilters = {
      status: filters.status,
      search: filters.search.trim(),
      assignee: filters.assignee,
      due: filters.due,
      // Done under the default sort: most recently changed first (board-params.ts).
      sort: columnSort(filters.status, filters.sort, backend.capabilities),
      // "today" and "this week" move at midnight, so the day is part of what the query reads.
      day: filters.due ? toDateInput(new Date()) : null,
    };
    return infiniteQueryOptions({
      queryKey: [...taskQueries.lists(), keyFilters] as const,
      queryFn: ({ pageParam, signal }): Promise<Page<Task>> =>
        backend.listTasks(
          {
            status: keyFilters.status,
            search: keyFilters.search || undefined,
            assignee: keyFilters.assignee ?? undefined,
            due: keyFilters.due ?? undefined,
            sort: keyFilters.sort,
            now: new Date(),
            cursor: pageParam,
            limit: TASK_PAGE_SIZE,
          },
          signal,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    });
  },

  /** The list view's groups by due date; their leaves are built in list/group-query.ts, which
   *  loads with the list view, not with the board. */
  groups: () => [...taskQueries.all(), 'group'] as const,

  details: () => [...taskQueries.all(), 'detail'] as const,
  detailKey: (id: string) => [...taskQueries.details(), id] as const,
  detail: (backend: Backend, id: string) =>
    queryOptions({
      queryKey: taskQueries.detailKey(id),
      queryFn: ({ signal }) => backend.getTask(id, signal),
    }),

  byIdsAll: () => [...taskQueries.all(), 'byIds'] as const,
  byIds: (backend: Backend, ids: readonly string[]) => {
    const sorted = [...new Set(ids)].sort();
    return queryOptions({
      queryKey: [...taskQueries.byIdsAll(), sorted] as const,
      queryFn: ({ signal }) =>
        sorted.length === 0 ? Promise.resolve([]) : backend.getTasksByIds(sorted, signal),
      // Tried even while the server is away: the backend answers from the tasks it knows (a
      // task made offline, on a record's page); if it cannot, the query waits for the server.
      networkMode: 'offlineFirst',
    });
  },

  /** "Link existing task": tasks found by title. Under the tasks key, so any task change reaches it. */
  searches: () => [...taskQueries.all(), 'search'] as const,
  search: (backend: Backend, search: string) =>
    queryOptions({
      queryKey: [...taskQueries.searches(), { search }] as const,
      queryFn: ({ signal }) =>
        backend.listTasks({ search, sort: 'dueAt', limit: TASK_SEARCH_LIMIT }, signal),
      enabled: search.length > 0,
      // The last hits stay while the next word is on its way, instead of a flicker.
      placeholderData: keepPreviousData,
    }),

  /** One page of the whole list, at an offset, for backends that page by offset and cannot
   *  filter (kept apart from `lists()`, whose entries are per-status infinite lists). */
  offsetPages: () => [...taskQueries.all(), 'offsetPage'] as const,
  offsetPage: (backend: Backend, order: TaskSortOption, cursor: string | null, limit: number) =>
    queryOptions({
      queryKey: [...taskQueries.offsetPages(), { ...order, cursor, limit }] as const,
      queryFn: ({ signal }) =>
        backend.listTasks({ sort: order.sort, direction: order.direction, cursor, limit }, signal),
      // The page being left stays on screen until the next one is read, with no flicker.
      placeholderData: keepPreviousData,
    }),

  /** The whole list read page by page, for views that gather tasks on the client. */
  everyPage: (backend: Backend, order: TaskSortOption, limit: number) =>
    infiniteQueryOptions({
      queryKey: [...taskQueries.all(), 'everyPage', { ...order, limit }] as const,
      queryFn: ({ pageParam, signal }): Promise<Page<Task>> =>
        backend.listTasks(
          { sort: order.sort, direction: order.direction, cursor: pageParam, limit },
          signal,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
};
