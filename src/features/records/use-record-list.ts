import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { RecordKind } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { recordQueries } from './api/queries';

/** A list's pages; while a new search loads, the previous results stay on screen. */
export function useRecordList<K extends RecordKind>(kind: K, search: string) {
  const backend = useBackend();
  return useInfiniteQuery({
    ...recordQueries.list(backend, kind, search),
    placeholderData: keepPreviousData,
  });
}
