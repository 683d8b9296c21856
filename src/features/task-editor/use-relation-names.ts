import { keepPreviousData, useQueries, useQueryClient } from '@tanstack/react-query';
import { RECORD_KINDS, type RecordKind, type RecordSummary, type TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/queries';
import { useBackend } from '@/features/settings/backend-settings-context';

export type RelationName =
  | { state: 'known'; name: string }
  | { state: 'loading' }
  /** The names could not be read. */
  | { state: 'failed' }
  /** The record is gone (or this key cannot see it). */
  | { state: 'missing' };

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

/**
 * The names of the records a task is linked to: one batched request per kind. `picked` holds
 * names already known (records just chosen in a picker), so a new chip never shows "Loading".
 */
export function useRelationNames(
  relations: readonly TaskTarget[],
  picked: ReadonlyMap<string, string>,
): (kind: RecordKind, id: string) => RelationName {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const idsByKind = RECORD_KINDS.map((kind) =>
    relations.flatMap((r) => (r.target?.kind === kind ? [r.target.id] : [])),
  );
  const results = useQueries({
    queries: RECORD_KINDS.map((kind, i) => ({
      ...recordQueries.summaries(backend, kind, idsByKind[i]!),
      // A relation added or removed changes the set of ids; the names known so far stay shown.
      placeholderData: keepPreviousData,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((result) => {
    for (const summary of result.data ?? []) names.set(key(summary.kind, summary.id), summary.name);
  });
  // A record no longer linked (a toast about the relation just removed, say) is named from
  // any earlier answer still in the cache.
  const cachedName = (kind: RecordKind, id: string) => {
    const answers = queryClient.getQueriesData<RecordSummary[]>({
      queryKey: [...recordQueries.kind(kind), 'summaries'],
    });
    for (const [, summaries] of answers) {
      const found = summaries?.find((summary) => summary.id === id);
      if (found) return found.name;
    }
    return undefined;
  };
  return (kind, id) => {
    const name = names.get(key(kind, id)) ?? picked.get(key(kind, id)) ?? cachedName(kind, id);
    if (name !== undefined) return { state: 'known', name };
    const result = results[RECORD_KINDS.indexOf(kind)];
    if (result?.isError) return { state: 'failed' };
    return result?.isPending || result?.isFetching ? { state: 'loading' } : { state: 'missing' };
  };
}

export const pickedKey = key;
