import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RECORD_KINDS, type RecordKind, type RecordSummary, type Task } from '@/domain/types';
import { useBackend } from '@/features/settings/backend-settings-context';
import { recordQueries } from '@/features/records/queries';

// Chip names for one page of tasks: one batched request per kind per page, and only for ids
// no earlier batch has answered, so a card moving between columns costs no new requests.

/** id -> name; null when the backend does not know the record; absent while unknown. */
export type NameMap = ReadonlyMap<string, string | null>;

type Answered = Map<string, string | null>;

function idsByKind(tasks: readonly Task[]): Record<RecordKind, string[]> {
  const ids: Record<RecordKind, Set<string>> = {
    person: new Set(),
    company: new Set(),
    opportunity: new Set(),
  };
  for (const task of tasks) {
    for (const relation of task.targets ?? []) {
      if (relation.target) ids[relation.target.kind].add(relation.target.id);
    }
  }
  return {
    person: [...ids.person],
    company: [...ids.company],
    opportunity: [...ids.opportunity],
  };
}

/** Every id some finished summaries batch asked for, with the name it found (or null). */
function answeredIds(queryClient: QueryClient, kind: RecordKind): Answered {
  const answered: Answered = new Map();
  const queries = queryClient.getQueryCache().findAll({ queryKey: ['records', kind, 'summaries'] });
  for (const query of queries) {
    const asked = query.queryKey[3];
    const data = query.state.data as RecordSummary[] | undefined;
    if (query.state.status !== 'success' || !Array.isArray(asked) || !data) continue;
    for (const id of asked) if (typeof id === 'string') answered.set(id, null);
    for (const summary of data) answered.set(summary.id, summary.name);
  }
  return answered;
}

/** What a page needs to hear about its batches: one landed (re-read the cache), or one failed. */
function summarise(results: { dataUpdatedAt: number; isError: boolean }[]) {
  return {
    landed: results.map((result) => result.dataUpdatedAt).join(),
    failed: results.some((result) => result.isError),
  };
}

export function usePageNames(tasks: readonly Task[]): { names: NameMap; failed: boolean } {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const wanted = useMemo(() => idsByKind(tasks), [tasks]);
  const answered = RECORD_KINDS.map((kind) => answeredIds(queryClient, kind));
  const { failed } = useQueries({
    queries: RECORD_KINDS.map((kind, index) => ({
      ...recordQueries.summaries(
        backend,
        kind,
        wanted[kind].filter((id) => !answered[index]!.has(id)),
      ),
      // Names are looked up across batches, so a batch must outlive the page that asked for it.
      gcTime: Infinity,
    })),
    combine: summarise,
  });
  // A batch that lands re-renders this hook, which then finds its ids answered in the cache and
  // switches that kind's key to the ids still unanswered (none): names come from the cache.
  const entries: [string, string | null][] = [];
  RECORD_KINDS.forEach((kind, index) => {
    const known = answered[index]!;
    for (const id of wanted[kind]) if (known.has(id)) entries.push([id, known.get(id) ?? null]);
  });
  // Cards are memoised on this map, so it keeps its identity until a name actually changes.
  const signature = JSON.stringify(entries);
  const names = useMemo<NameMap>(
    () => new Map(JSON.parse(signature) as [string, string | null][]),
    [signature],
  );
  return { names, failed };
}
