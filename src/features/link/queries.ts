import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import type { RecordKind, RecordSummary } from '@/domain/types';
import { recordQueries } from '@/features/records/queries';

// The "Link to" search: a short first page of each kind, searched by name on the server.
// Keys sit under the records' key, so a backend switch or a record change reaches them too.

export const PICKER_LIMIT = 6;

export const linkQueries = {
  search: (backend: Backend, kind: RecordKind, search: string) =>
    queryOptions({
      queryKey: [...recordQueries.kind(kind), 'pick', { search }] as const,
      queryFn: async ({ signal }): Promise<RecordSummary[]> => {
        const page = await backend.listRecords(kind, { search, limit: PICKER_LIMIT }, signal);
        return page.items.map((record) => ({ kind, id: record.id, name: record.name }));
      },
      enabled: search.length > 0,
      staleTime: 30_000,
      // While the next word is on its way, the last hits stay instead of a flicker.
      placeholderData: keepPreviousData,
    }),
};
