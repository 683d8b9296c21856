import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import type { RecordDetailByKind, RecordKind, RecordRef } from '@/domain/types';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import { recordQueries } from '@/features/records/api/queries';
import { CompanyFields } from '@/features/records/components/company-fields';
import { OpportunityFields } from '@/features/records/components/opportunity-fields';
import { PersonFields } from '@/features/records/components/person-fields';
import { TaskQueue } from '@/features/tasks/queue/task-queue';
import { useBoardFilters } from '@/features/tasks/use-board-filters';
import styles from './queue-page.module.css';

/** `/tasks/queue?<the board's filters>`: "Work through" the board's view one task at a time. */
export function QueuePage() {
  useDocumentTitle('Work through');
  const { filters } = useBoardFilters();
  const { search } = useLocation();
  return (
    <TaskQueue
      filters={filters}
      boardSearch={search}
      // Keyed, so the next task's record never shows the last one's while it loads.
      renderRecord={(record) => (
        <RecordDetails key={`${record.kind}:${record.id}`} record={record} />
      )}
    />
  );
}

/** The linked record's fields, as its own page shows them (and from the same cache entry). */
function RecordDetails({ record }: { record: RecordRef }) {
  if (record.kind === 'person') {
    return <Details kind="person" id={record.id} fields={(p) => <PersonFields person={p} />} />;
  }
  if (record.kind === 'company') {
    return <Details kind="company" id={record.id} fields={(c) => <CompanyFields company={c} />} />;
  }
  return (
    <Details
      kind="opportunity"
      id={record.id}
      fields={(o) => <OpportunityFields opportunity={o} />}
    />
  );
}

function Details<K extends RecordKind>({
  kind,
  id,
  fields,
}: {
  kind: K;
  id: string;
  fields: (record: RecordDetailByKind[K]) => ReactNode;
}) {
  const backend = useBackend();
  const query = useQuery(recordQueries.detail(backend, kind, id));
  const label = RECORD_KIND_LABELS[kind].singular;
  if (query.data) {
    return (
      <>
        <p className={styles.kind}>{label}</p>
        <h3 className={styles.name}>{query.data.name}</h3>
        {fields(query.data)}
      </>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        compact
        headingLevel={3}
        title={`Could not load this ${label.toLowerCase()}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <LoadingState label={`Loading ${label.toLowerCase()}…`}>
      <Skeleton width={200} height={24} />
      <Skeleton height={18} />
      <Skeleton height={18} />
    </LoadingState>
  );
}
