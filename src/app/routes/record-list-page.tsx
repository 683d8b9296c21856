import { useQueries } from '@tanstack/react-query';
import { PageHeader } from '@/components/ui/page-header';
import type { RecordKind } from '@/domain/types';
import { NewTaskForSelection } from '@/features/tasks/new-task/components/new-task-for-selection';
import { useSelectableColumns } from '@/features/tasks/new-task/components/selectable-columns';
import { RecordSelectionProvider } from '@/features/tasks/new-task/use-record-selection';
import { useBackend } from '@/backends/backend-context';
import { kindLabels } from '@/features/records/format';
import { recordQueries } from '@/features/records/api/queries';
import { useRecordList } from '@/features/records/use-record-list';
import {
  companyColumns,
  opportunityColumns,
  personColumns,
} from '@/features/records/components/list-columns';
import { RecordListBody } from '@/features/records/components/record-list-body';
import { RecordSearch, useRecordSearch } from '@/features/records/components/record-search';

/** `/people`, `/companies`, `/opportunities`: a searchable, cursor-paged table of records. */
export function RecordListPage({ kind }: { kind: RecordKind }) {
  const labels = kindLabels[kind];
  return (
    <RecordSelectionProvider key={kind} kind={kind}>
      <PageHeader title={labels.title} actions={<NewTaskForSelection />} />
      <RecordSearch label={`Search ${labels.plural} by name`} placeholder="Search by name…" />
      {kind === 'person' ? (
        <PersonList />
      ) : kind === 'company' ? (
        <CompanyList />
      ) : (
        <OpportunityList />
      )}
    </RecordSelectionProvider>
  );
}

function PersonList() {
  const search = useRecordSearch();
  const backend = useBackend();
  const query = useRecordList('person', search);
  // One query per company; the ids a page brings go out as one request (see summary-batcher.ts),
  // so requests grow with pages, not with rows, and a company already named is not asked again.
  const companyIds = [
    ...new Set(
      (query.data?.pages ?? []).flatMap((page) =>
        page.items.flatMap((p) => (p.companyId ? [p.companyId] : [])),
      ),
    ),
  ];
  const results = useQueries({
    queries: companyIds.map((id) => recordQueries.summary(backend, 'company', id)),
  });
  const companyNames = new Map(
    companyIds.flatMap((id, i): [string, string][] => {
      const name = results[i]?.data;
      return typeof name === 'string' ? [[id, name]] : [];
    }),
  );
  return (
    <RecordListBody
      kind="person"
      search={search}
      query={query}
      columns={useSelectableColumns(personColumns(companyNames))}
    />
  );
}

function CompanyList() {
  const search = useRecordSearch();
  const query = useRecordList('company', search);
  const columns = useSelectableColumns(companyColumns);
  return <RecordListBody kind="company" search={search} query={query} columns={columns} />;
}

function OpportunityList() {
  const search = useRecordSearch();
  const query = useRecordList('opportunity', search);
  return (
    <RecordListBody
      kind="opportunity"
      search={search}
      query={query}
      columns={useSelectableColumns(opportunityColumns)}
    />
  );
}
