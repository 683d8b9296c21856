import { useCallback } from 'react';
import { useBackend } from '@/backends/backend-context';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';
import { useBoardFilters } from '@/features/tasks/use-board-filters';
import { BoardFiltersBar } from '@/features/tasks/components/board-filters-bar';
import { TaskBoard } from '@/features/tasks/components/task-board';
import styles from '@/features/tasks/components/task-board.module.css';
import {
  boardMode,
  canCreateFromBoard,
  createsOnTypedTarget,
} from '@/features/tasks/capability-views';
import { PagedBoard } from '@/features/tasks/paged-board/paged-board';
import { RecentTasks } from '@/features/tasks/recent/recent-tasks';
import { CreateOnEntity } from '@/features/tasks/recent/create-on-entity';
import screens from '@/features/tasks/capability-screens.module.css';

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
        <PagedBoard />
      </div>
    );
  }
  if (mode === 'local') {
    return (
      <div className={screens.page}>
        <PageHeader title="Tasks" />
        <RecentTasks />
        {createsOnTypedTarget(capabilities) ? <CreateOnEntity /> : null}
      </div>
    );
  }
  return <ColumnsBoardPage showNewTask={canCreateFromBoard(capabilities)} />;
}

/** Every task by status, filtered and sorted as the URL says. */
function ColumnsBoardPage({ showNewTask }: { showNewTask: boolean }) {
  const { filters, update } = useBoardFilters();
  const clearFilters = useCallback(
    () => update({ search: '', assignee: null, due: null, linked: null }),
    [update],
  );
  return (
    <div className={styles.page}>
      <PageHeader title="Tasks" actions={showNewTask ? <NewTaskButton shortcut /> : null} />
      <BoardFiltersBar filters={filters} onChange={update} />
      <TaskBoard filters={filters} onClearFilters={clearFilters} />
    </div>
  );
}
