import { useCallback } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { lazyComponent } from '@/lib/lazy-component';
import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';
import { useBoardFilters } from '@/features/tasks/use-board-filters';
import { TaskBoard } from '@/features/tasks/components/task-board';
import styles from '@/features/tasks/components/task-board.module.css';
import pageStyles from './board-page.module.css';

// The columns come first: the filters bar (and the member picker in it) loads beside them, its
// place held by a placeholder of its height so that nothing moves when it arrives.
const filtersBar = lazyComponent(
  async () => (await import('@/features/tasks/components/board-filters-bar')).BoardFiltersBar,
);
// Fetched with this page rather than after its first render: the tasks load meanwhile anyway.
void filtersBar.prefetch().catch(() => undefined);

/** `/` and `/tasks`: every task by status, filtered and sorted as the URL says. */
export function TaskBoardPage() {
  useDocumentTitle('Tasks');
  const { filters, update } = useBoardFilters();
  const clearFilters = useCallback(
    () => update({ search: '', assignee: null, due: null, linked: null }),
    [update],
  );
  return (
    <div className={styles.page}>
      <PageHeader title="Tasks" actions={<NewTaskButton shortcut />} />
      <ChunkBoundary
        title="Could not load the filters"
        compact
        fallback={
          <LoadingState label="Loading filters" className={pageStyles.filtersPending}>
            <Skeleton width={320} height="var(--control-height)" />
          </LoadingState>
        }
      >
        <filtersBar.Component filters={filters} onChange={update} />
      </ChunkBoundary>
      <TaskBoard filters={filters} onClearFilters={clearFilters} />
    </div>
  );
}
