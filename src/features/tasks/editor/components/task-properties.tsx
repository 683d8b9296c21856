import { useId } from 'react';
import { StatusDot } from '@/components/ui/status-dot';
import { TASK_STATUSES, type MemberSummary, type Task, type TaskStatus } from '@/domain/types';
import { STATUS_LABELS } from '@/domain/labels';
import type { TaskPatch } from '@/features/tasks/api/mutations';
import { AssigneeCombobox } from '../../fields/assignee-combobox';
import { DueField } from './due-field';
import { RelativeTime } from './relative-time';
import styles from './task-editor.module.css';

const isStatus = (value: string): value is TaskStatus =>
  (TASK_STATUSES as readonly string[]).includes(value);

/** Status, due date, assignee (each saved as soon as it changes), and when it was made. */
export function TaskProperties({
  task,
  onSave,
}: {
  task: Task;
  onSave: (patch: TaskPatch, assignee?: MemberSummary) => void;
}) {
  const statusId = useId();
  return (
    <div className={styles.properties}>
      <label htmlFor={statusId} className={styles.propertyLabel}>
        Status
      </label>
      <div className={styles.propertyValue}>
        <StatusDot status={task.status ?? 'TODO'} />
        <select
          id={statusId}
          className={styles.control}
          value={task.status ?? 'TODO'}
          onChange={(event) => {
            if (isStatus(event.target.value)) onSave({ status: event.target.value });
          }}
        >
          {TASK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>

      <DueField dueAt={task.dueAt} onSave={(dueAt) => onSave({ dueAt })} />

      <span className={styles.propertyLabel} aria-hidden="true">
        Assignee
      </span>
      <div className={styles.propertyValue}>
        <AssigneeCombobox
          label="Assignee"
          labelHidden
          className={styles.assignee}
          value={task.assigneeId}
          assignee={task.assignee}
          emptyLabel="Unassigned"
          onChange={(assigneeId, member) => onSave({ assigneeId }, member ?? undefined)}
        />
      </div>

      <span className={styles.propertyLabel}>Created</span>
      <div className={`${styles.propertyValue} ${styles.muted}`}>
        <RelativeTime iso={task.createdAt} />
      </div>
      <span className={styles.propertyLabel}>Updated</span>
      <div className={`${styles.propertyValue} ${styles.muted}`}>
        <RelativeTime iso={task.updatedAt} />
      </div>
    </div>
  );
}
