import type { QueryClient } from '@tanstack/react-query';
import type { RecordRef } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { taskQueries } from './queries';

/**
 * After a task or its relations changed on the server: every task query (board, by-ids lists,
 * searches, the task's own view) and the depth=1 view of each record that gained or lost a
 * relation are read again. A company page also reads its people's and opportunities' relations
 * (the "related" view), so a change to one of those reaches it too. Every task mutation and the
 * link workflow call this; callers that must not wait (a toast, a close) leave it unawaited.
 */
export function invalidateAfterTaskChange(
  queryClient: QueryClient,
  { records }: { records: readonly RecordRef[] },
): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: taskQueries.all() }),
    ...records.map((record) =>
      queryClient.invalidateQueries({ queryKey: recordQueries.detailKey(record.kind, record.id) }),
    ),
    records.some((record) => record.kind !== 'company')
      ? queryClient.invalidateQueries({ queryKey: recordQueries.relatedAll() })
      : undefined,
  ]);
}
