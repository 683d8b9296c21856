import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { StatusDot } from '@/components/ui/status-dot';
import { TASK_STATUSES, type Task, type TaskStatus } from '@/domain/types';
import { memberQueries } from '@/features/members/api/queries';
import { useBackend } from '@/backends/backend-context';
import { STATUS_LABELS } from '@/domain/labels';
import type { TaskPatch } from '@/features/tasks/api/mutations';
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
  onSave: (patch: TaskPatch) => void;
}) {
  const statusId = useId();
  const assigneeId = useId();
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

      <DueField dueAt={task.dueAt} status={task.status} onSave={(dueAt) => onSave({ dueAt })} />

      <label htmlFor={assigneeId} className={styles.propertyLabel}>
        Assignee
      </label>
      <div className={styles.propertyValue}>
        <AssigneeSelect
          id={assigneeId}
          value={task.assigneeId}
          onChange={(value) => onSave({ assigneeId: value })}
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

function AssigneeSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (memberId: string | null) => void;
}) {
  const backend = useBackend();
  const members = useQuery(memberQueries.list(backend));
  const known = value === null || members.data?.some((member) => member.id === value);
  return (
    <select
      id={id}
      className={styles.control}
      value={value ?? ''}
      disabled={!backend.capabilities.canListMembers}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">Unassigned</option>
      {known ? null : (
        <option value={value ?? ''}>
          {members.isPending ? 'Loading members…' : 'Unknown member'}
        </option>
      )}
      {members.data?.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
    </select>
  );
}
