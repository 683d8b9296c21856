import { infiniteQueryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import type { Page, Task } from '@/domain/types';
import { registerGroupedLists } from '../api/cache';
import { taskQueries } from '../api/queries';
import { compareTasks } from '../task-matching';
import { groupListQuery, groupWindows, matchesGroup, type DueGroupKey } from './due-groups';

/** Rows per page of one group; more come as the user scrolls or asks. */
export const GROUP_PAGE_SIZE = 25;

/** One group of the list view, paged on its own with its due window (due-groups.ts). */
export function groupQuery(backend: Backend, key: DueGroupKey) {
  return infiniteQueryOptions({
    queryKey: [...taskQueries.groups(), key] as const,
    queryFn: ({ pageParam, signal }): Promise<Page<Task>> =>
      backend.listTasks(
        { ...groupListQuery(key, new Date()), cursor: pageParam, limit: GROUP_PAGE_SIZE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

// A changed task moves between cached groups at once (Done, another day), as between columns.
registerGroupedLists(taskQueries.groups(), (rawKey, now) => {
  const key = rawKey as DueGroupKey;
  return {
    matches: (task) => matchesGroup(task, key, now),
    compare: compareTasks(groupWindows(now, key.weekStart)[key.group].sort),
  };
});
