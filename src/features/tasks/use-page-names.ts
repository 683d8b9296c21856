import { useQueries, type QueryObserverResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RecordRef, Task } from '@/domain/types';
import type { RecordName } from '@/features/records/api/summary-batcher';
import { recordQueries } from '@/features/records/api/queries';
import { useBackend } from '@/backends/backend-context';

// Chip names for one page of tasks. Each record's name is its own query, so a name another
// column already asked for (landed or still on its way) costs nothing, and the names this page
// still needs go out together, one request per kind (see summary-batcher.ts).

/** id -> name; null when the backend does not know the record; absent while unknown. */
export type NameMap = ReadonlyMap<string, string | null>;

function linkedRecords(tasks: readonly Task[]): RecordRef[] {
  const seen = new Map<string, RecordRef>();
  for (const task of tasks) {
    for (const relation of task.targets ?? []) {
      const target = relation.target;
      if (target) seen.set(`${target.kind}:${target.id}`, target);
    }
  }
  return [...seen.values()];
}

/** Module-level, so React Query re-runs it only when a result changes, not on every render. */
function combine(results: QueryObserverResult<RecordName>[]) {
  return {
    found: results.map((result) => result.data),
    failed: results.some((result) => result.isError),
  };
}

export function usePageNames(tasks: readonly Task[]): { names: NameMap; failed: boolean } {
  const backend = useBackend();
  const records = useMemo(() => linkedRecords(tasks), [tasks]);
  const { found, failed } = useQueries({
    queries: records.map((record) => recordQueries.summary(backend, record.kind, record.id)),
    combine,
  });
  const entries = records.flatMap((record, index): [string, RecordName][] => {
    const name = found[index];
    return name === undefined ? [] : [[record.id, name]];
  });
  // Cards are memoised on this map, so it keeps its identity until a name actually changes
  // (a task edited on this page makes a new `tasks` array, not new names).
  const signature = JSON.stringify(entries);
  const names = useMemo<NameMap>(
    () => new Map(JSON.parse(signature) as [string, RecordName][]),
    [signature],
  );
  return { names, failed };
}
