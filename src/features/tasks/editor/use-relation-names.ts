import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { RecordKind, TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { useBackend } from '@/backends/backend-context';

export type RelationName =
  | { state: 'known'; name: string }
  | { state: 'loading' }
  /** The names could not be read. */
  | { state: 'failed' }
  /** The record is gone (or this key cannot see it). */
  | { state: 'missing' };

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

/**
 * The names of the records a task is linked to, one query per record, so the names asked for
 * together share one request (see summary-batcher.ts). `picked` holds names already known
 * (records just chosen in a picker), so a new chip never shows "Loading".
 */
export function useRelationNames(
  relations: readonly TaskTarget[],
  picked: ReadonlyMap<string, string>,
): (kind: RecordKind, id: string) => RelationName {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const targets = relations.flatMap((relation) => (relation.target ? [relation.target] : []));
  const results = useQueries({
    queries: targets.map((target) => recordQueries.summary(backend, target.kind, target.id)),
  });
  const byKey = new Map(targets.map((target, i) => [key(target.kind, target.id), results[i]!]));
  return (kind, id) => {
    const result = byKey.get(key(kind, id));
    // A record no longer linked (a toast about the relation just removed, say) is named from
    // its cache entry, which outlives the query that filled it.
    const name =
      result?.data ??
      picked.get(key(kind, id)) ??
      queryClient.getQueryData(recordQueries.summaryKey(kind, id));
    if (typeof name === 'string') return { state: 'known', name };
    if (result?.isError) return { state: 'failed' };
    return result?.isPending ? { state: 'loading' } : { state: 'missing' };
  };
}

export const pickedKey = key;
