import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isNotFound } from '@/backends/api-error';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import cardStyles from '@/components/ui/card.module.css';
import { paths } from '@/config/paths';
import type { RecordDetailByKind, RecordKind } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import {
  domainLabel,
  formatMoney,
  humanize,
  isRecordId,
  kindLabels,
} from '@/features/records/format';
import { recordQueries } from '@/features/records/api/queries';
import { CompanyFields, CompanyMembers } from '@/features/records/components/company-fields';
import { OpportunityFields } from '@/features/records/components/opportunity-fields';
import { PersonFields } from '@/features/records/components/person-fields';
import { RecordNotFound } from '@/features/records/components/record-not-found';
import { RecordTasks } from './record-tasks';
import styles from '@/features/records/components/record-detail.module.css';

/** `/people/:id`, `/companies/:id`, `/opportunities/:id`: a record's fields and its tasks. */
export function RecordDetailPage({ kind }: { kind: RecordKind }) {
  const { id } = useParams();
  // Ids are UUIDs everywhere; anything else cannot be a record, so no request is made.
  if (!isRecordId(id)) return <RecordNotFound kind={kind} />;
  // Keyed, so moving from one record to another starts afresh (the company toggle, say).
  if (kind === 'person') return <PersonPage key={id} id={id} />;
  if (kind === 'company') return <CompanyPage key={id} id={id} />;
  return <OpportunityPage key={id} id={id} />;
}

function useRecordDetail<K extends RecordKind>(kind: K, id: string) {
  const backend = useBackend();
  return useQuery(recordQueries.detail(backend, kind, id));
}

function PersonPage({ id }: { id: string }) {
  const query = useRecordDetail('person', id);
  return (
    <DetailFrame kind="person" query={query}>
      {(person) => (
        <DetailLayout
          kind="person"
          name={person.name}
          subtitle={[person.jobTitle, person.company?.name].filter(Boolean).join(' · ')}
          details={<PersonFields person={person} />}
          tasks={
            <RecordTasks
              record={{ kind: 'person', id, name: person.name }}
              taskTargets={person.taskTargets}
            />
          }
        />
      )}
    </DetailFrame>
  );
}

function CompanyPage({ id }: { id: string }) {
  const query = useRecordDetail('company', id);
  return (
    <DetailFrame kind="company" query={query}>
      {(company) => (
        <DetailLayout
          kind="company"
          name={company.name}
          subtitle={company.domain ? domainLabel(company.domain) : ''}
          details={<CompanyFields company={company} />}
          extra={<CompanyMembers company={company} />}
          tasks={
            <RecordTasks
              record={{ kind: 'company', id, name: company.name }}
              taskTargets={company.taskTargets}
              members={[
                ...company.people.map((p) => ({ kind: 'person' as const, id: p.id, name: p.name })),
                ...company.opportunities.map((o) => ({
                  kind: 'opportunity' as const,
                  id: o.id,
                  name: o.name,
                })),
              ]}
            />
          }
        />
      )}
    </DetailFrame>
  );
}

function OpportunityPage({ id }: { id: string }) {
  const query = useRecordDetail('opportunity', id);
  return (
    <DetailFrame kind="opportunity" query={query}>
      {(opportunity) => (
        <DetailLayout
          kind="opportunity"
          name={opportunity.name}
          subtitle={[formatMoney(opportunity.amount), humanize(opportunity.stage)]
            .filter(Boolean)
            .join(' · ')}
          details={<OpportunityFields opportunity={opportunity} />}
          tasks={
            <RecordTasks
              record={{ kind: 'opportunity', id, name: opportunity.name }}
              taskTargets={opportunity.taskTargets}
            />
          }
        />
      )}
    </DetailFrame>
  );
}

/** The page's states: skeleton, not found, error with Retry, then the record. */
function DetailFrame<K extends RecordKind>({
  kind,
  query,
  children,
}: {
  kind: K;
  query: UseQueryResult<RecordDetailByKind[K]>;
  children: (record: RecordDetailByKind[K]) => ReactNode;
}) {
  const labels = kindLabels[kind];
  useDocumentTitle(query.data?.name);
  // Data first: a failed background refetch must not blank a loaded page.
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (!query.isError) {
    return (
      <LoadingState label={`Loading ${labels.singular}…`}>
        <div className={styles.skeletonHeader}>
          <Skeleton width={120} height={14} />
          <Skeleton width={280} height={28} />
        </div>
        <div className={styles.layout}>
          <div className={`${cardStyles.card} ${styles.card}`}>
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={18} />
            ))}
          </div>
          <div className={`${cardStyles.card} ${styles.card}`}>
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={36} />
            ))}
          </div>
        </div>
      </LoadingState>
    );
  }
  if (isNotFound(query.error)) return <RecordNotFound kind={kind} />;
  return (
    <>
      <PageHeader eyebrow={<BackLink kind={kind} />} title={labels.title} />
      <ErrorState
        title={`Could not load this ${labels.singular}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    </>
  );
}

function BackLink({ kind }: { kind: RecordKind }) {
  return <Link to={paths.records(kind)}>← {kindLabels[kind].title}</Link>;
}

function DetailLayout({
  kind,
  name,
  subtitle,
  details,
  extra,
  tasks,
}: {
  kind: RecordKind;
  name: string;
  subtitle: string;
  details: ReactNode;
  extra?: ReactNode;
  tasks: ReactNode;
}) {
  const detailsId = useId();
  return (
    <>
      <PageHeader
        eyebrow={<BackLink kind={kind} />}
        title={name}
        description={subtitle || undefined}
      />
      <div className={styles.layout}>
        <div className={styles.side}>
          <section aria-labelledby={detailsId} className={`${cardStyles.card} ${styles.card}`}>
            <h2 id={detailsId} className={styles.cardHeading}>
              Details
            </h2>
            {details}
          </section>
          {extra}
        </div>
        {tasks}
      </div>
    </>
  );
}
