import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RecordSummary, TaskTarget } from '@/domain/types';
import { taskQueries } from '@/features/tasks/api/queries';
import { useBackend } from '@/backends/backend-context';
import { buildEntries, groupByStatus } from './panel-entries';
import { recordQueries } from './api/queries';

/**
 * A record's tasks, by the contract's request plan: the record's depth=1 view (already loaded
 * by the page) names its relations, then one tasks-by-ids request fetches them all. With
 * `members` (a company's people and opportunities), their relations are added too.
 */
export function useRecordTasks({
  record,
  taskTargets,
  members,
}: {
  record: RecordSummary;
  taskTargets: readonly TaskTarget[];
  /** Set only when the tasks of these records should be included. */
  members: readonly RecordSummary[] | null;
}) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const related = useQuery({
    ...recordQueries.related(backend, queryClient, record.id, members ?? []),
    enabled: members !== null && members.length > 0,
  });

  const entries = useMemo(
    () => buildEntries(taskTargets, members === null ? [] : related.data),
    [taskTargets, members, related.data],
  );

  const tasks = useQuery({
    ...taskQueries.byIds(
      backend,
      entries.map((e) => e.taskId),
    ),
    // After an unlink or a toggle the set of ids changes; keep the rows shown meanwhile.
    placeholderData: keepPreviousData,
  });

  const groups = useMemo(() => {
    const byId = new Map((tasks.data ?? []).map((task) => [task.id, task]));
    return groupByStatus(entries, byId);
  }, [entries, tasks.data]);

  return {
    entries,
    groups,
    tasks,
    related: members !== null && members.length > 0 ? related : null,
  };
}
