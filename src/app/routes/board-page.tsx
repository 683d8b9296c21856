import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { useBackend } from '@/backends/backend-context';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { lazyComponent } from '@/lib/lazy-component';
import { useFetchesSettled } from '@/lib/use-fetches-settled';
import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';
import { useBoardFilters } from '@/features/tasks/use-board-filters';
import { taskQueries } from '@/features/tasks/api/queries';
import { TaskBoard } from '@/features/tasks/components/task-board';
import { WorkThroughLink } from '@/features/tasks/components/work-through-link';
import styles from '@/features/tasks/components/task-board.module.css';
import {
  boardMode,
  canCreateFromBoard,
  createsOnTypedTarget,
  offersListView,
} from '@/features/tasks/capability-views';
import { parseTaskView, type TaskView } from '@/features/tasks/board-params';
import { ViewSwitch } from '@/features/tasks/list/view-switch';
import screens from '@/features/tasks/capability-screens.module.css';
import pageStyles from './board-page.module.css';

// The columns come first: the filters bar (and the member picker in it) loads once their first
// pages are in, its place held by a placeholder of its height so that nothing moves when it
// arrives. Its code (React Aria, whose start-up reads the browser's locale data) would
// otherwise run while the first cards wait for the main thread.
const filtersBar = lazyComponent(
  () => import('@/features/tasks/components/board-filters-bar'),
  (module) => module.BoardFiltersBar,
);
// The screens of backends without status columns are not in the board's first load: only
// those backends need them.
const pagedBoard = lazyComponent(
  () => import('@/features/tasks/paged-board/paged-board'),
  (module) => module.PagedBoard,
);
// The list view (grouped by due date) is not in the board's first load: it loads when chosen.
const taskList = lazyComponent(
  () => import('@/features/tasks/list/task-list-view'),
  (module) => module.TaskListView,
);
const myTasks = lazyComponent(
  () => import('./my-tasks-page'),
  (module) => module.MyTasksPage,
);
const recentTasks = lazyComponent(
  () => import('@/features/tasks/recent/recent-tasks'),
  (module) => module.RecentTasks,
);
const createOnEntity = lazyComponent(
  () => import('@/features/tasks/recent/create-on-entity'),
  (module) => module.CreateOnEntity,
);

const filtersPending = (
  <LoadingState label="Loading filters" className={pageStyles.filtersPending}>
    <Skeleton width={320} height="var(--control-height)" />
  </LoadingState>
);

const loadingTasks = (
  <LoadingState label="Loading tasks">
    <Skeleton width="100%" height={120} />
  </LoadingState>
);

/** `/` and `/tasks`: the tasks as the backend can give them (its capabilities decide how). */
export function TaskBoardPage() {
  useDocumentTitle('Tasks');
  const { capabilities } = useBackend();
  const mode = boardMode(capabilities);
  if (mode === 'one-list') {
    return (
      <div className={styles.page}>
        <PageHeader
          title="Tasks"
          description={
            capabilities.canEditTasks || capabilities.canCreateTasks
              ? undefined
              : 'Read-only: this backend lets tasks be read, not changed.'
          }
        />
        <ChunkBoundary title="Could not load the tasks" fallback={loadingTasks}>
          <pagedBoard.Component />
        </ChunkBoundary>
      </div>
    );
  }
  if (mode === 'local') {
    return (
      <div className={screens.page}>
        <PageHeader title="Tasks" />
        <ChunkBoundary title="Could not load the tasks" fallback={loadingTasks}>
          <recentTasks.Component />
          {createsOnTypedTarget(capabilities) ? <createOnEntity.Component /> : null}
        </ChunkBoundary>
      </div>
    );
  }
  return <ColumnsBoardPage showNewTask={canCreateFromBoard(capabilities)} />;
}

/** `/mine`: My tasks, loaded after the board's own chunk (see pages.ts). */
export function MyTasksRoute() {
  return (
    <ChunkBoundary title="Could not load My tasks" fallback={loadingTasks}>
      <myTasks.Component />
    </ChunkBoundary>
  );
}

/**
 * True once the view's lists (the columns, or the list view's groups) have loaded and the
 * browser has painted what they brought (and from then on).
 */
function useListsSettled(view: TaskView): boolean {
  const client = useQueryClient();
  const key = view === 'list' ? taskQueries.groups() : taskQueries.lists();
  // The lists may start after this render (opened with `#key`, they wait for the session).
  const listsIn = useFetchesSettled(key, { started: true });
  // Back on the board, with the lists and the bar's code already in, the bar shows at once.
  const [painted, setPainted] = useState(() => {
    const lists = client.getQueryCache().findAll({ queryKey: key });
    return (
      filtersBar.isLoaded() &&
      lists.length > 0 &&
      lists.every((query) => query.state.data !== undefined)
    );
  });
  useEffect(() => {
    if (painted || !listsIn) return;
    // After the next paint: the first cards show before the filters bar's code downloads and
    // runs, rather than waiting for it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, listsIn]);
  return painted;
}

/** Every task by status (or grouped by due date), filtered and sorted as the URL says. */
function ColumnsBoardPage({ showNewTask }: { showNewTask: boolean }) {
  const { capabilities } = useBackend();
  const [params] = useSearchParams();
  const hasList = offersListView(capabilities);
  const view = hasList ? parseTaskView(params) : 'board';
  const { filters, update } = useBoardFilters();
  const showFilters = useListsSettled(view);
  const clearFilters = useCallback(
    () => update({ search: '', assignee: null, due: null, linked: null }),
    [update],
  );
  return (
    <div className={styles.page}>
      {/* "Work through" sits by New task: the filters bar is full at a laptop's width, and a
          second row there would move the columns once the bar loads. */}
      <PageHeader
        title="Tasks"
        actions={
          <>
            {hasList ? <ViewSwitch /> : null}
            <WorkThroughLink />
            {showNewTask ? <NewTaskButton shortcut /> : null}
          </>
        }
      />
      {showFilters ? (
        <ChunkBoundary title="Could not load the filters" compact fallback={filtersPending}>
          <filtersBar.Component filters={filters} onChange={update} sortable={view === 'board'} />
        </ChunkBoundary>
      ) : (
        filtersPending
      )}
      {view === 'list' ? (
        <ChunkBoundary title="Could not load the list" fallback={loadingTasks}>
          <taskList.Component filters={filters} onClearFilters={clearFilters} />
        </ChunkBoundary>
      ) : (
        <TaskBoard filters={filters} onClearFilters={clearFilters} />
      )}
    </div>
  );
}
