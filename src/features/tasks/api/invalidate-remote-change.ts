import type { Query, QueryClient } from '@tanstack/react-query';
import type { BackendChange } from '@/backends/changes/change-feed';
import type { RecordRef, Task, TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { taskQueries } from './queries';

// Another tab changed tasks on the server: this tab reads again exactly what may show them.
// Every task list (a changed task may join or leave any of them), the tasks' own views, the
// by-ids lists (record panels) that hold one of them, and each record that gained or lost a
// relation. A message names what it knows; what it cannot know (the records of a deleted task,
// the record a relation left) this tab finds in its own cache, which is all it has to correct.

type WithTargets = { taskTargets: TaskTarget[] };

const hasTargets = (value: unknown): value is WithTargets =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Partial<WithTargets>).taskTargets);

const isTask = (value: unknown): value is Task =>
  typeof value === 'object' && value !== null && typeof (value as Task).id === 'string';

/** The tasks a cached query holds: a list's pages, a by-ids array or one task. */
function tasksIn(data: unknown): Task[] {
  if (Array.isArray(data)) return data.filter(isTask);
  if (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { pages?: unknown }).pages)
  ) {
    return (data as { pages: { items?: unknown[] }[] }).pages.flatMap((page) =>
      (page.items ?? []).filter(isTask),
    );
  }
  return isTask(data) ? [data] : [];
}

const recordKey = (record: RecordRef) => `${record.kind}:${record.id}`;

/** The change grown with what this tab's cache knows: tasks behind its relations, their records. */
function widen(queryClient: QueryClient, change: BackendChange) {
  const taskIds = new Set(change.taskIds);
  const relationIds = new Set(change.relationIds);
  const records = new Map(change.records.map((record) => [recordKey(record), record]));
  const touches = (relation: TaskTarget) =>
    relationIds.has(relation.id) || taskIds.has(relation.taskId);

  for (const query of queryClient.getQueryCache().findAll({ queryKey: taskQueries.all() })) {
    for (const task of tasksIn(query.state.data)) {
      for (const relation of task.targets ?? []) {
        if (relationIds.has(relation.id)) taskIds.add(task.id);
      }
    }
  }
  for (const query of queryClient.getQueryCache().findAll({ queryKey: taskQueries.all() })) {
    for (const task of tasksIn(query.state.data)) {
      if (!taskIds.has(task.id)) continue;
      for (const relation of task.targets ?? []) {
        if (relation.target) records.set(recordKey(relation.target), relation.target);
      }
    }
  }
  for (const query of queryClient.getQueryCache().findAll({ queryKey: recordQueries.all() })) {
    const data = query.state.data;
    const relations = hasTargets(data)
      ? data.taskTargets
      : Array.isArray(data)
        ? data.filter(hasTargets).flatMap((item) => item.taskTargets)
        : [];
    for (const relation of relations) {
      if (!touches(relation)) continue;
      taskIds.add(relation.taskId);
      if (relation.target) records.set(recordKey(relation.target), relation.target);
    }
  }
  return { taskIds, records: [...records.values()] };
}

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, index) => key[index] === part);

/**
 * Marks stale, and reads again where shown, the queries `change` may have made wrong. Returns
 * once the shown ones are read (tests wait on it; the tab-sync listener does not).
 */
export function invalidateRemoteChange(
  queryClient: QueryClient,
  change: BackendChange,
): Promise<unknown> {
  const { taskIds, records } = widen(queryClient, change);
  const holdsTouchedTask = (query: Query) => {
    const key = query.queryKey;
    if (startsWith(key, taskQueries.details())) return taskIds.has(key[2] as string);
    if (startsWith(key, taskQueries.byIdsAll())) {
      const ids = key[2];
      return Array.isArray(ids) && ids.some((id) => taskIds.has(id as string));
    }
    // Lists, searches, pages: a changed task may now belong to any of them.
    return true;
  };
  // A company page reads its people's and opportunities' relations too (the "related" view).
  const related = records.some((record) => record.kind !== 'company');
  return Promise.all([
    queryClient.invalidateQueries(
      { queryKey: taskQueries.all(), predicate: holdsTouchedTask },
      { cancelRefetch: false },
    ),
    ...records.map((record) =>
      queryClient.invalidateQueries(
        { queryKey: recordQueries.detailKey(record.kind, record.id) },
        { cancelRefetch: false },
      ),
    ),
    related
      ? queryClient.invalidateQueries(
          { queryKey: recordQueries.relatedAll() },
          { cancelRefetch: false },
        )
      : undefined,
  ]);
}
