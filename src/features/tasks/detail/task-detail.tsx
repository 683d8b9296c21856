import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useBackend } from '@/backends/backend-context';
import { isNotFound } from '@/backends/api-error';
import { ErrorState } from '@/components/ui/error-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { revealBidiControls } from '@/domain/reveal-bidi';
import { taskTitle } from '@/domain/labels';
import type { Task } from '@/domain/types';
import { taskQueries } from '../api/queries';
import { statusLabel } from '../capability-views';
import { DueLabel } from '../components/due-label';
import { LinkedChips, TagChips } from '../linked-chips';
import { rememberTask } from '../recent/recent-store';
import { useBackendScope } from '../recent/use-backend-scope';
import { TaskFieldsForm } from './task-fields-form';
import styles from '../capability-screens.module.css';

// One task for a backend the full editor does not fit (no record lists, no members, no status
// changes): everything the backend says about it, and a form for the fields it can edit.

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatWhen = (iso: string | null | undefined) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? when.format(d) : null;
};

export function TaskDetail({ taskId, leave }: { taskId: string; leave: ReactNode }) {
  const backend = useBackend();
  const scope = useBackendScope();
  const task = useQuery(taskQueries.detail(backend, taskId));
  useDocumentTitle(task.data ? taskTitle(task.data) : 'Task');

  const loaded = task.data;
  useEffect(() => {
    if (loaded) rememberTask(scope, loaded);
    // Remember each version of the title once it loads; scope is fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded?.id, loaded?.title]);

  if (task.isPending) return <p className={styles.muted}>Loading the task…</p>;
  if (task.isError) {
    if (isNotFound(task.error)) {
      return (
        <div>
          <h1>This task no longer exists</h1>
          <p>The link may be wrong, or the task was deleted.</p>
          {leave}
        </div>
      );
    }
    return (
      <ErrorState
        error={task.error}
        title="Could not load the task"
        onRetry={() => void task.refetch()}
        retrying={task.isFetching}
      />
    );
  }
  return <TaskDetailView task={task.data} />;
}

function TaskDetailView({ task }: { task: Task }) {
  const { capabilities } = useBackend();
  const status = task.status
    ? statusLabel(capabilities, task.status)
    : (task.statusLabel ?? 'Not given');
  const changed = task.statusChange;
  const assignee = task.assignee === undefined ? undefined : task.assignee;
  return (
    <div className={styles.page}>
      <h1>{taskTitle(task)}</h1>
      {!capabilities.canEditTasks ? (
        <p className={styles.note}>Read-only: this backend offers no way to change tasks.</p>
      ) : null}

      <dl className={styles.details}>
        <dt>Status</dt>
        <dd>
          {status}
          {capabilities.canChangeStatus ? null : (
            <span className={styles.muted}> (read-only here)</span>
          )}
        </dd>
        {changed ? (
          <>
            <dt>Status changed</dt>
            <dd>
              {formatWhen(changed.changedAt) ?? 'unknown'}
              {changed.changedById ? ` by ${changed.changedById}` : ', by whom not said'}
            </dd>
          </>
        ) : null}
        {task.completedAt ? (
          <>
            <dt>Completed</dt>
            <dd>{formatWhen(task.completedAt)}</dd>
          </>
        ) : null}
        {capabilities.canEditTasks ? null : (
          <>
            <dt>Due</dt>
            <dd>
              {task.dueDate ? (
                <time dateTime={task.dueDate}>{task.dueDate}</time>
              ) : (
                <DueLabel dueAt={task.dueAt} status={task.status} />
              )}
            </dd>
          </>
        )}
        <dt>Assigned to</dt>
        <dd>
          {assignee ? (assignee.name ? revealBidiControls(assignee.name) : assignee.id) : 'Nobody'}
        </dd>
        <dt>Created</dt>
        <dd>
          {formatWhen(task.createdAt)}
          {task.createdBy
            ? ` by ${task.createdBy.name ? revealBidiControls(task.createdBy.name) : task.createdBy.id}`
            : ''}
        </dd>
        {task.linked && task.linked.length > 0 ? (
          <>
            <dt>On</dt>
            <dd>
              <LinkedChips linked={task.linked} label="What the task is on" />
            </dd>
          </>
        ) : null}
        {task.tags && task.tags.length > 0 ? (
          <>
            <dt>Tags</dt>
            <dd>
              <TagChips tags={task.tags} />
            </dd>
          </>
        ) : null}
        {!capabilities.canEditTasks && task.bodyMarkdown ? (
          <>
            <dt>Description</dt>
            <dd className={styles.prewrap}>{revealBidiControls(task.bodyMarkdown)}</dd>
          </>
        ) : null}
      </dl>

      {capabilities.canEditTasks ? <TaskFieldsForm key={task.id} task={task} /> : null}

      {task.notes !== undefined ? (
        <section className={styles.card} aria-labelledby="task-notes-heading">
          <h2 id="task-notes-heading" className={styles.heading}>
            Notes
          </h2>
          {task.notes.length === 0 ? (
            <p className={styles.muted}>No notes.</p>
          ) : (
            <ul className={styles.list}>
              {task.notes.map((note) => (
                <li key={note.id} className={styles.item}>
                  <span className={styles.prewrap}>{revealBidiControls(note.text)}</span>
                  <span className={styles.muted}>
                    {formatWhen(note.createdAt)}
                    {note.authorId ? ` by ${note.authorId}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
