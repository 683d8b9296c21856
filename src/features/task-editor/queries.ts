import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import { taskQueries } from '@/features/tasks/queries';

// "Link existing task": tasks found by title. The key sits under ['tasks'], so any task
// change (an edit, a delete, a new relation) reaches these results too.

export const TASK_SEARCH_LIMIT = 8;

export const taskSearchQueries = {
  all: () => [...taskQueries.all(), 'search'] as const,
  byTitle: (backend: Backend, search: string) =>
    queryOptions({
      queryKey: [...taskSearchQueries.all(), { search }] as const,
      queryFn: ({ signal }) =>
        backend.listTasks({ search, sort: 'dueAt', limit: TASK_SEARCH_LIMIT }, signal),
      enabled: search.length > 0,
      // The last hits stay while the next word is on its way, instead of a flicker.
      placeholderData: keepPreviousData,
    }),
};
