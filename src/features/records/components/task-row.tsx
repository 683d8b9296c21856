import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { TaskLink } from '@/components/task-link';
import { focusAttributes } from '@/components/task-focus/focus-attributes';
import type { PanelItem } from '../panel-entries';
import styles from './tasks-panel.module.css';
import { taskTitle } from '@/domain/labels';
import { formatDue } from '@/lib/format-due';

/** One task: a checkbox that completes it, its title (a link to the task), due date, and Unlink. */
export function TaskRow({
  item,
  now,
  onSetDone,
  onUnlink,
  select,
}: {
  item: PanelItem;
  /** The row's bulk-selection box, where the page offers bulk actions. */
  select?: ReactNode;
  now: Date;
  /** null where the backend cannot change a task's status: no checkbox then. */
  onSetDone: ((done: boolean) => void) | null;
  onUnlink: (() => void) | null;
}) {
  const { task, via } = item;
  const title = taskTitle(task);
  const done = task.status === 'DONE';
  // The box shows the click at once. The change reaches the cache (and moves the row to its new
  // group) only after the mutation's async start, and until then React would put a controlled
  // box back as it was: the click would look lost, and invite a second one. The intent holds only
  // while the task still has the status it was clicked from.
  const [clicked, setClicked] = useState<{ from: boolean; to: boolean } | null>(null);
  const checked = clicked?.from === done ? clicked.to : done;
  const due = task.dueAt ? formatDue(task.dueAt, task.status, now) : null;
  return (
    <li className={styles.row} data-task-id={task.id}>
      {select}
      {onSetDone ? (
        <input
          type="checkbox"
          className={styles.check}
          aria-label={`Complete ${title}`}
          checked={checked}
          onChange={(event) => {
            setClicked({ from: done, to: event.target.checked });
            onSetDone(event.target.checked);
          }}
        />
      ) : null}
      <div className={styles.rowMain}>
        <TaskLink
          taskId={task.id}
          className={done ? `${styles.title} ${styles.done}` : styles.title}
          {...focusAttributes(task.id, 'title')}
          title={title}
        >
          {title}
        </TaskLink>
        {due || via.length > 0 ? (
          <p className={styles.meta}>
            {due ? (
              <span className={due.overdue ? styles.overdue : undefined} title={due.full}>
                {due.overdue ? due.text : `Due ${due.text}`}
              </span>
            ) : null}
            {via.length > 0 ? (
              <span className={styles.via}>
                via{' '}
                {via.map((record, index) => (
                  <span key={`${record.kind}:${record.id}`}>
                    {index > 0 ? ', ' : null}
                    <Link to={paths.record(record.kind, record.id)}>{record.name}</Link>
                  </span>
                ))}
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      {onUnlink ? (
        <Button
          variant="ghost"
          size="sm"
          className={styles.unlink}
          onClick={onUnlink}
          aria-label={`Unlink ${title}`}
        >
          Unlink
        </Button>
      ) : null}
    </li>
  );
}
