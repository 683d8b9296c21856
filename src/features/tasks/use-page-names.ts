import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RecordRef, Task } from '@/domain/types';
import type { RecordName } from '@/features/records/api/summary-batcher';
import { recordQueries } from '@/features/records/api/queries';
import { useBackend } from '@/backends/backend-context';

// Chip names for one page of tasks, as one query for the page. Each name still goes through its
// record's own cache entry (recordQueries.summary), so a name another column already asked for
// (landed or still on its way) costs nothing, and the names this page still needs go out
// together, one request per kind (see summary-batcher.ts). A query per record instead meant 120
// observers per page, set up again on every render as the column scrolled.

/** id -> name; null when the backend does not know the record; absent while unknown. */
export type NameMap = ReadonlyMap<string, string | null>;

const NO_NAMES: NameMap = new Map();

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

type PageNames = { names: NameMap; failed: boolean };

/** The names of the records linked to `tasks`, or to their first `upTo` when given. */
export function usePageNames(tasks: readonly Task[], upTo?: number): PageNames {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const records = useMemo(
    () => linkedRecords(upTo === undefined ? tasks : tasks.slice(0, upTo)),
    [tasks, upTo],
  );
  // The key holds every record the query reads; the backend is left out as everywhere (a new
  // backend clears the whole cache).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    // Under the records' key, so whatever refreshes records refreshes the pages' names too.
    queryKey: [...recordQueries.all(), 'page-names', records.map((r) => `${r.kind}:${r.id}`)],
    queryFn: async (): Promise<PageNames> => {
      const answers = await Promise.allSettled(
        records.map((record) =>
          queryClient.fetchQuery(recordQueries.summary(backend, record.kind, record.id)),
        ),
      );
      const names = new Map<string, RecordName>();
      answers.forEach((answer, index) => {
        const record = records[index];
        if (record && answer.status === 'fulfilled') names.set(record.id, answer.value);
      });
      return { names, failed: answers.some((answer) => answer.status === 'rejected') };
    },
    enabled: records.length > 0,
    // A page whose reach grows keeps the names it has while the new ones come in.
    placeholderData: (previous) => previous,
    // Cards are memoised on the map: a refetch that finds the same names keeps its identity.
    structuralSharing: (previous, next) => (samePageNames(previous, next) ? previous : next),
  });
  return (
    query.data ??
    (query.isError ? { names: NO_NAMES, failed: true } : { names: NO_NAMES, failed: false })
  );
}

function samePageNames(previous: unknown, next: unknown): boolean {
  const a = previous as PageNames | undefined;
  const b = next as PageNames;
  if (!a || a.failed !== b.failed || a.names.size !== b.names.size) return false;
  for (const [id, name] of b.names) if (a.names.get(id) !== name) return false;
  return true;
}
