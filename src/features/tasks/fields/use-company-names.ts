import { useQueries } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import { recordQueries, type PickOption } from '@/features/records/api/queries';

/**
 * The names of the companies the options belong to, read through the batched summary queries
 * (one request for all of them, and none for a name already cached). Undefined while loading.
 */
export function useCompanyNames(options: readonly PickOption[]): {
  name: (id: string) => string | null | undefined;
  /** Changes when a name arrives: React Aria redraws a listed option only when told so. */
  version: string;
} {
  const backend = useBackend();
  const ids = [...new Set(options.flatMap((o) => (o.companyId ? [o.companyId] : [])))];
  const results = useQueries({
    queries: ids.map((id) => recordQueries.summary(backend, 'company', id)),
  });
  const byId = new Map(ids.map((id, i) => [id, results[i]?.data] as const));
  return {
    name: (id) => byId.get(id),
    version: ids.map((id) => `${id}=${byId.get(id) ?? ''}`).join('|'),
  };
}
