import { infiniteQueryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import type { Page, Task } from '@/domain/types';
import { registerGroupedLists } from '../api/cache';
import { taskQueries } from '../api/queries';
import { compareTasks } from '../task-matching';
import { groupListQuery, groupWindows, matchesGroup, type DueGroupKey } from './due-groups';

/** Rows per page of one group; more come as the user scrolls or asks. */
export const GROUP_PAGE_SIZE = 25;

/** A group's page, with the moment its window was read at: the next pages keep that window,
 *  so Today's "from now" cannot move between two pages and skip the tasks that fell between. */
type GroupPage = Page<Task> & { readAt: string };
type GroupPageParam = { cursor: string; readAt: string } | null;

/** One group of the list view, paged on its own with its due window (due-groups.ts). */
export function groupQuery(backend: Backend, key: DueGroupKey) {
  return infiniteQueryOptions({
    queryKey: [...taskQueries.groups(), key] as const,
    queryFn: async ({ pageParam, signal }): Promise<GroupPage> => {
      const now = pageParam ? new Date(pageParam.readAt) : new Date();
      const page = await backend.listTasks(
        {
          ...groupListQuery(key, now),
          cursor: pageParam?.cursor ?? null,
          limit: GROUP_PAGE_SIZE,
        },
        signal,
      );
      return { ...page, readAt: now.toISOString() };
    },
    initialPageParam: null as GroupPageParam,
    getNextPageParam: (lastPage): GroupPageParam =>
      lastPage.nextCursor ? { cursor: lastPage.nextCursor, readAt: lastPage.readAt } : null,
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
