import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import type { RecordKind, RecordSummary, TaskTarget } from '@/domain/types';
import { toPickOption, type PickOption } from './pick-option';

export type { PickOption } from './pick-option';
import { mapWithConcurrency } from './map-with-concurrency';
import { summaryBatcher, type SummarySource } from './summary-batcher';

// One key factory for records. Keys leave the backend out on purpose: switching backend clears
// the whole query cache, so a key never outlives the backend that answered it.

export const RECORD_PAGE_SIZE = 50;
/** How many related records' depth=1 views a company page reads at once. */
export const RELATED_CONCURRENCY = 4;
/** How many records of each kind the "Link to" search shows. */
export const PICKER_LIMIT = 6;

/** A record reached through a company (one of its people or opportunities) and its relations. */
export type RelatedRecord = RecordSummary & { taskTargets: TaskTarget[] };

export const recordQueries = {
  all: () => ['records'] as const,
  kind: (kind: RecordKind) => ['records', kind] as const,
  lists: (kind: RecordKind) => ['records', kind, 'list'] as const,
  list: <K extends RecordKind>(backend: Backend, kind: K, search: string) =>
    infiniteQueryOptions({
      queryKey: [...recordQueries.lists(kind), { search }] as const,
      queryFn: ({ pageParam, signal }) =>
        backend.listRecords(kind, { search, cursor: pageParam, limit: RECORD_PAGE_SIZE }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  /** The "Link to" search: a short first page of one kind, searched by name on the server. */
  pick: (backend: Backend, kind: RecordKind, search: string) =>
    queryOptions({
      queryKey: [...recordQueries.kind(kind), 'pick', { search }] as const,
      queryFn: async ({ signal }): Promise<PickOption[]> => {
        const page = await backend.listRecords(kind, { search, limit: PICKER_LIMIT }, signal);
        return page.items.map((record) => toPickOption(kind, record));
      },
      enabled: search.length > 0,
      staleTime: 30_000,
      // While the next word is on its way, the last hits stay instead of a flicker.
      placeholderData: keepPreviousData,
    }),
  details: (kind: RecordKind) => ['records', kind, 'detail'] as const,
  detailKey: (kind: RecordKind, id: string) => [...recordQueries.details(kind), id] as const,
  detail: <K extends RecordKind>(backend: Backend, kind: K, id: string) =>
    queryOptions({
      queryKey: recordQueries.detailKey(kind, id),
      queryFn: ({ signal }) => backend.getRecord(kind, id, signal),
    }),
  summaryKey: (kind: RecordKind, id: string) => ['records', kind, 'summary', id] as const,
  /**
   * A record's name for chips and table cells: null when the backend does not know the record.
   * One cache entry per id, so an id in flight is not asked for again and an answered one is
   * read from the cache; the ids asked for together go out as one request (summary-batcher.ts).
   * The query's abort signal is left unread on purpose: the request is shared, and its answer
   * is worth keeping when the component that asked goes away.
   */
  summary: (backend: SummarySource, kind: RecordKind, id: string) =>
    // The backend is left out of the key like everywhere else (see the top of this file).
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: recordQueries.summaryKey(kind, id),
      queryFn: () => summaryBatcher(backend).load(kind, id),
    }),
  /**
   * The relations of a company's people and opportunities. Their depth=1 views are read a few
   * at a time (never all at once, never one filtered relation list), through the detail
   * queries, so each lands in its own cache entry and opening that person afterwards is free.
   */
  relatedAll: () => ['records', 'company', 'related'] as const,
  related: (
    backend: Backend,
    queryClient: QueryClient,
    companyId: string,
    members: readonly RecordSummary[],
  ) =>
    // The backend is left out of the key like everywhere else (see the top of this file).
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [
        ...recordQueries.relatedAll(),
        companyId,
        members.map((m) => `${m.kind}:${m.id}`),
      ] as const,
      queryFn: () =>
        mapWithConcurrency(members, RELATED_CONCURRENCY, async (member): Promise<RelatedRecord> => {
          const detail = await queryClient.fetchQuery(
            recordQueries.detail(backend, member.kind, member.id),
          );
          return { ...member, taskTargets: detail.taskTargets };
        }),
    }),
};
