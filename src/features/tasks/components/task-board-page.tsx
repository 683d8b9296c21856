import { useCallback } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { NewTaskButton } from '@/features/link/components/new-task-button';
import { useBoardFilters } from '../use-board-filters';
import { BoardFiltersBar } from './board-filters-bar';
import { TaskBoard } from './task-board';
import styles from './task-board.module.css';

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
