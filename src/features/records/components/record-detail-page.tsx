import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { RecordKind } from '@/domain/types';

// Placeholder from the app shell so the router compiles; the record pages (issue 3) replace it.
export function RecordDetailPage({ kind }: { kind: RecordKind }) {
  return (
    <>
      <PageHeader title={`This ${kind}`} />
      <EmptyState title="Record pages are not built yet" description="They arrive with issue 3." />
    </>
  );
}
