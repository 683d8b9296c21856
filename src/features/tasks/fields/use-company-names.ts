import { useQueries } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import { recordQueries, type PickOption } from '@/features/records/api/queries';

/**
 * The names of the companies the options belong to, read through the batched summary queries
 * (one request for all of them, and none for a name already cached). Undefined while loading.
 */
export function useCompanyNames(
  options: readonly PickOption[],
): (id: string) => string | null | undefined {
  const backend = useBackend();
  const ids = [...new Set(options.flatMap((o) => (o.companyId ? [o.companyId] : [])))];
  const results = useQueries({
    queries: ids.map((id) => recordQueries.summary(backend, 'company', id)),
  });
  const byId = new Map(ids.map((id, i) => [id, results[i]?.data] as const));
  return (id) => byId.get(id);
}
