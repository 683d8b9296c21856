import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Page, Task } from '@/domain/types';
import { taskQueries } from './queries';

// Reading the task lists in the cache, apart from the cache engine (cache.ts) that writes them:
// the nav's overdue badge reads them on every page, and needs none of the engine.

export type TaskPages = InfiniteData<Page<Task>, string | null>;

export function isTaskPages(data: unknown): data is TaskPages {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as Partial<InfiniteData<unknown>>).pages)
  );
}

/** Every task the cached board lists hold (a task under two filters comes twice). */
export function cachedListTasks(queryClient: QueryClient): Task[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: taskQueries.lists() })
    .flatMap((query) => {
      const data = query.state.data;
      return isTaskPages(data) ? data.pages.flatMap((page) => page.items) : [];
    });
}
