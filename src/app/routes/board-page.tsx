import { useCallback } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';
import { useBoardFilters } from '@/features/tasks/use-board-filters';
import { BoardFiltersBar } from '@/features/tasks/components/board-filters-bar';
import { TaskBoard } from '@/features/tasks/components/task-board';
import styles from '@/features/tasks/components/task-board.module.css';

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
      <BoardFiltersBar filters={filters} onChange={update} />
      <TaskBoard filters={filters} onClearFilters={clearFilters} />
    </div>
  );
}
