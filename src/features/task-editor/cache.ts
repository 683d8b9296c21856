import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Page, RecordRef, Task, TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/queries';
import { taskQueries } from '@/features/tasks/queries';

// Cache edits the task editor needs beyond W1's applyTaskPatch (which writes a task change
// into every task query): a record's depth=1 relations, and a deleted task leaving every list.

export const taskDetailKey = (id: string) => [...taskQueries.details(), id] as const;

/** The task as the editor shows it now (optimistic edits included). */
export function cachedTask(queryClient: QueryClient, id: string): Task | undefined {
  return queryClient.getQueryData<Task>(taskDetailKey(id));
}

type WithTargets = { taskTargets: TaskTarget[] };

function hasTargets(value: unknown): value is WithTargets {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Partial<WithTargets>).taskTargets)
  );
}

/** Rewrites one record's relations in its cached depth=1 view, if it is cached. */
export function patchRecordTargets(
  queryClient: QueryClient,
  record: RecordRef,
  update: (targets: TaskTarget[]) => TaskTarget[],
): void {
  queryClient.setQueryData<unknown>(
    recordQueries.detailKey(record.kind, record.id),
    (detail: unknown) =>
      hasTargets(detail) ? { ...detail, taskTargets: update(detail.taskTargets) } : detail,
  );
}

/** Drops a deleted task's relations from every cached record view. */
function dropTaskFromRecords(queryClient: QueryClient, taskId: string): void {
  const keep = (targets: TaskTarget[]) => targets.filter((t) => t.taskId !== taskId);
  for (const query of queryClient.getQueryCache().findAll({ queryKey: recordQueries.all() })) {
    const data = query.state.data;
    if (hasTargets(data)) {
      queryClient.setQueryData(query.queryKey, { ...data, taskTargets: keep(data.taskTargets) });
    } else if (Array.isArray(data) && data.some(hasTargets)) {
      // A company's "related" view: its people and opportunities, each with their relations.
      queryClient.setQueryData(
        query.queryKey,
        data.map((item: unknown) =>
          hasTargets(item) ? { ...item, taskTargets: keep(item.taskTargets) } : item,
        ),
      );
    }
  }
}

function isTaskPages(data: unknown): data is InfiniteData<Page<Task>, string | null> {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as Partial<InfiniteData<unknown>>).pages)
  );
}

/** Takes a deleted task out of every cached list, board column and record view at once. */
export function removeTaskFromCaches(queryClient: QueryClient, taskId: string): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: taskQueries.lists() })) {
    const data = query.state.data;
    if (!isTaskPages(data)) continue;
    const had = data.pages.some((page) => page.items.some((task) => task.id === taskId));
    if (!had) continue;
    const pages = data.pages.map((page, index) => ({
      ...page,
      items: page.items.filter((task) => task.id !== taskId),
      totalCount:
        index === 0 && page.totalCount !== null
          ? Math.max(0, page.totalCount - 1)
          : page.totalCount,
    }));
    queryClient.setQueryData(query.queryKey, { ...data, pages });
  }
  for (const query of queryClient
    .getQueryCache()
    .findAll({ queryKey: [...taskQueries.all(), 'byIds'] })) {
    const tasks = query.state.data;
    if (!Array.isArray(tasks)) continue;
    queryClient.setQueryData(
      query.queryKey,
      (tasks as Task[]).filter((task) => task.id !== taskId),
    );
  }
  dropTaskFromRecords(queryClient, taskId);
}
