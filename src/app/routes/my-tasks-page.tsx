import { useCallback } from 'react';
import { useBackend } from '@/backends/backend-context';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useMe } from '@/features/members/api/me-store';
import type { BoardFilters } from '@/features/tasks/board-params';
import { offersMyTasks } from '@/features/tasks/capability-views';
import { BoardFiltersBar } from '@/features/tasks/components/board-filters-bar';
import { ChangeMe } from '@/features/tasks/list/change-me';
import { MePicker } from '@/features/tasks/list/me-picker';
import { TaskListView } from '@/features/tasks/list/task-list-view';
import { useBoardFilters } from '@/features/tasks/use-board-filters';
import styles from '@/features/tasks/components/task-board.module.css';
import pageStyles from './my-tasks-page.module.css';

/** `/mine`: the tasks assigned to the user, grouped by due date, once they have said who they are. */
export function MyTasksPage() {
  useDocumentTitle('My tasks');
  const { capabilities } = useBackend();
  const { me } = useMe();
  const { filters, update } = useBoardFilters();
  // The assignee is the user here: the bar's other filters apply, "Clear" never drops "me".
  const onChange = useCallback(
    (patch: Partial<BoardFilters>, options?: { replace?: boolean }) => {
      const { assignee: _assignee, ...rest } = patch;
      update(rest, options);
    },
    [update],
  );
  const clearFilters = useCallback(() => update({ search: '', due: null, linked: null }), [update]);

  if (!offersMyTasks(capabilities)) {
    return (
      <div className={styles.page}>
        <PageHeader title="My tasks" />
        <EmptyState
          title="Not available here"
          description="This backend cannot list its members or filter tasks by assignee."
        />
      </div>
    );
  }
  if (!me) {
    return (
      <div className={styles.page}>
        <PageHeader title="My tasks" />
        <section className={pageStyles.pick} aria-labelledby="me-pick-heading">
          <h2 id="me-pick-heading" className={pageStyles.pickTitle}>
            Who are you?
          </h2>
          <p className={pageStyles.pickText}>
            Pick yourself among the workspace members, once. This browser remembers it for this
            backend; you can change it here or in Settings.
          </p>
          <MePicker label="Your name" />
        </section>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      <PageHeader
        title="My tasks"
        description={`Assigned to ${me.name}, by due date.`}
        actions={<ChangeMe name={me.name} />}
      />
      <BoardFiltersBar
        filters={{ ...filters, assignee: null }}
        onChange={onChange}
        sortable={false}
        assigneeFixed
      />
      <TaskListView
        filters={{ ...filters, assignee: null }}
        assignee={me.id}
        onClearFilters={clearFilters}
        emptyTitle="Nothing due for you"
      />
    </div>
  );
}
