import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { StatusDot } from '@/components/ui/status-dot';
import cardStyles from '@/components/ui/card.module.css';
import listStyles from '@/components/ui/list.module.css';
import { paths } from '@/config/paths';
import { useBackend } from '@/backends/backend-context';
import type { RecordSummary, Task, TaskTarget } from '@/domain/types';
import { STATUS_LABELS } from '@/domain/labels';
import { useRecordTasks } from '../use-record-tasks';
import { TaskRow } from './task-row';
import { useTaskActions } from './use-task-actions';
import styles from './tasks-panel.module.css';

/**
 * The record's tasks, grouped by status with counts. On a company page, `members` (its people
 * and opportunities) enables a toggle that adds their tasks, each marked with whom it is via.
 */
export function TasksPanel({
  record,
  taskTargets,
  members,
  actions: headerActions,
  selection,
}: {
  record: RecordSummary;
  taskTargets: readonly TaskTarget[];
  members?: readonly RecordSummary[];
  /** What the page offers next to the heading (New task, Link existing task). */
  actions?: ReactNode;
  /** Bulk selection, where the page offers it: a header box over the shown tasks, a box per row. */
  selection?: {
    header: (tasks: readonly Task[]) => ReactNode;
    row: (task: Task) => ReactNode;
  };
}) {
  const headingId = useId();
  const toggleId = useId();
  const [includeMembers, setIncludeMembers] = useState(false);
  const { entries, groups, tasks, related } = useRecordTasks({
    record,
    taskTargets,
    members: members && includeMembers ? members : null,
  });
  const actions = useTaskActions(record);
  const { capabilities } = useBackend();
  const now = new Date();
  const shownTasks = useMemo(
    () => groups.flatMap((group) => group.items.map((item) => item.task)),
    [groups],
  );
  const shown = shownTasks.length;

  return (
    <section aria-labelledby={headingId} className={`${cardStyles.card} ${styles.panel}`}>
      <div className={styles.header}>
        {selection && shown > 0 ? selection.header(shownTasks) : null}
        <h2 id={headingId} className={styles.heading}>
          Tasks
          {tasks.data && entries.length > 0 ? (
            <span className={`${cardStyles.count} ${styles.total}`}>{shown}</span>
          ) : null}
        </h2>
        {members ? (
          <label htmlFor={toggleId} className={styles.toggle}>
            <input
              id={toggleId}
              type="checkbox"
              checked={includeMembers}
              onChange={(event) => setIncludeMembers(event.target.checked)}
            />
            Include tasks of people and opportunities
          </label>
        ) : null}
        <div className={styles.actions}>{headerActions}</div>
      </div>

      {related?.isPending ? (
        <LoadingState label="Loading the tasks of people and opportunities…">
          <p className={styles.note}>Loading the tasks of people and opportunities…</p>
        </LoadingState>
      ) : related?.isError ? (
        <ErrorState
          compact
          headingLevel={3}
          title="Could not load the tasks of people and opportunities"
          error={related.error}
          onRetry={() => void related.refetch()}
          retrying={related.isRefetching}
        />
      ) : null}

      {tasks.isPending ? (
        <LoadingState label="Loading tasks…" className={styles.skeleton}>
          {Array.from({ length: Math.min(Math.max(entries.length, 2), 5) }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </LoadingState>
      ) : tasks.isError && !tasks.data ? (
        <ErrorState
          compact
          headingLevel={3}
          title="Could not load the tasks"
          error={tasks.error}
          onRetry={() => void tasks.refetch()}
          retrying={tasks.isRefetching}
        />
      ) : entries.length === 0 && !related?.isPending ? (
        <EmptyState
          compact
          headingLevel={3}
          title={
            includeMembers
              ? `No tasks linked to ${record.name}, its people or its opportunities yet`
              : `No tasks linked to ${record.name} yet`
          }
          description="Create a task on the board and link it to this record; it shows up here."
          action={
            <Link to={paths.tasks()} className={buttonClass('secondary', 'sm')}>
              Open the task board
            </Link>
          }
        />
      ) : (
        <div className={styles.groups}>
          {groups.map((group) => (
            <div key={group.status} role="group" aria-labelledby={`${headingId}-${group.status}`}>
              <h3 id={`${headingId}-${group.status}`} className={styles.groupHeading}>
                <StatusDot status={group.status} />
                {STATUS_LABELS[group.status]}
                <span className={`${cardStyles.count} ${styles.count}`}>{group.items.length}</span>
              </h3>
              {group.items.length > 0 ? (
                <ul className={listStyles.framed}>
                  {group.items.map(({ direct, ...item }) => (
                    <TaskRow
                      key={item.taskId}
                      item={{ ...item, direct }}
                      now={now}
                      select={selection?.row(item.task)}
                      onSetDone={
                        capabilities.canChangeStatus
                          ? (done) => actions.setDone(item.task, done)
                          : null
                      }
                      onUnlink={
                        direct && capabilities.canLinkAfterCreate
                          ? () => actions.unlink(item.task, direct)
                          : null
                      }
                    />
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
