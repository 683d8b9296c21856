import { memo } from 'react';
import { useBackend } from '@/backends/backend-context';
import { TaskLink } from '@/components/task-link';
import { focusAttributes } from '@/components/task-focus/focus-attributes';
import { taskTitle } from '@/domain/labels';
import type { Task, TaskStatus } from '@/domain/types';
import type { NameMap } from '../use-page-names';
import { AssigneeAvatar } from '../components/assignee-avatar';
import { AssigneeButton } from '../components/assignee-button';
import { CardDue } from '../components/card-due';
import { DueLabel } from '../components/due-label';
import { StatusMenu } from '../components/status-menu';
import { StatusDot } from '@/components/ui/status-dot';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { statusLabel } from '../capability-views';
import { TargetChips } from '../components/target-chips';
import { SelectTaskCheckbox } from '../bulk/select-task-checkbox';
import styles from './list-view.module.css';

export type ListRowProps = {
  task: Task;
  names: NameMap;
  namesFailed: boolean;
  onStatusChange: (task: Task, status: TaskStatus) => void;
};

/**
 * One task in the list view: status, title (opens the task panel), due date, assignee and
 * linked records, each editable in place with the board card's own controls where the backend
 * allows. Kept on its own so a row can gain more (a selection checkbox) without touching groups.
 */
export const ListRow = memo(function ListRow({
  task,
  names,
  namesFailed,
  onStatusChange,
}: ListRowProps) {
  const { capabilities } = useBackend();
  const title = taskTitle(task);
  const assignable = capabilities.canEditTasks && capabilities.canListMembers;
  return (
    <li
      className={styles.row}
      data-task-row={task.id}
      // The bulk selection's `x` key and its hover rule find a row by it, as they find a card.
      data-task-id={task.id}
      data-done={task.status === 'DONE' || undefined}
    >
      <span className={styles.select}>
        <SelectTaskCheckbox taskId={task.id} title={title} />
      </span>
      <span className={styles.status}>
        {capabilities.canChangeStatus ? (
          <StatusMenu
            title={title}
            status={task.status}
            onChange={(status) => onStatusChange(task, status)}
            focusTarget={focusAttributes(task.id, 'status')}
          />
        ) : task.status ? (
          <>
            <StatusDot status={task.status} />
            <VisuallyHidden>{statusLabel(capabilities, task.status)}</VisuallyHidden>
          </>
        ) : null}
      </span>
      <span className={styles.title} title={title}>
        <TaskLink
          taskId={task.id}
          className={styles.titleLink}
          {...focusAttributes(task.id, 'title')}
        >
          {title}
        </TaskLink>
      </span>
      <span className={styles.due}>
        {capabilities.canEditTasks ? (
          <CardDue task={task} title={title} />
        ) : (
          <DueLabel dueAt={task.dueAt} status={task.status} />
        )}
      </span>
      <span className={styles.assignee}>
        {assignable ? (
          <AssigneeButton task={task} />
        ) : (
          <AssigneeAvatar assigneeId={task.assigneeId} assignee={task.assignee} />
        )}
      </span>
      <span className={styles.chips}>
        <TargetChips targets={task.targets ?? []} names={names} namesFailed={namesFailed} />
      </span>
    </li>
  );
});
