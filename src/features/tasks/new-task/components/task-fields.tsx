import { useId } from 'react';
import { TASK_STATUSES, type RecordSummary } from '@/domain/types';
import type { TaskFormErrors, TaskFormValues } from '../task-form';
import { AssigneeField } from './assignee-field';
import { DescriptionField } from './description-field';
import { TargetPicker } from '@/features/tasks/fields/target-picker';
import { DueDateControl } from '@/features/tasks/fields/due-date-control';
import styles from './new-task-dialog.module.css';

const STATUS_OPTIONS: Record<(typeof TASK_STATUSES)[number], string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};

/** Every input of the "New task" form; the values live in the dialog. */
export function TaskFields({
  values,
  errors,
  targets,
  onChange,
  onTargetsChange,
  isDisabled,
}: {
  values: TaskFormValues;
  errors: TaskFormErrors;
  targets: readonly RecordSummary[];
  onChange: (patch: Partial<TaskFormValues>) => void;
  onTargetsChange: (next: RecordSummary[]) => void;
  isDisabled: boolean;
}) {
  const id = useId();
  const titleError = `${id}-title-error`;
  return (
    <div className={styles.fields}>
      <div className={styles.field}>
        <label htmlFor={`${id}-title`} className={styles.label}>
          Title <span aria-hidden="true">*</span>
        </label>
        <input
          id={`${id}-title`}
          name="title"
          className={styles.input}
          value={values.title}
          required
          aria-required="true"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? titleError : undefined}
          disabled={isDisabled}
          autoComplete="off"
          // The dialog exists to type a title; it gets the focus as it opens.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          onChange={(event) => onChange({ title: event.target.value })}
        />
        {errors.title ? (
          <p id={titleError} className={styles.error}>
            {errors.title}
          </p>
        ) : null}
      </div>

      <DescriptionField
        id={`${id}-description`}
        value={values.description}
        isDisabled={isDisabled}
        onChange={(description) => onChange({ description })}
      />

      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-status`} className={styles.label}>
            Status
          </label>
          <select
            id={`${id}-status`}
            className={styles.select}
            value={values.status}
            disabled={isDisabled}
            onChange={(event) =>
              onChange({ status: event.target.value as TaskFormValues['status'] })
            }
          >
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_OPTIONS[status]}
              </option>
            ))}
          </select>
        </div>
        <AssigneeField
          value={values.assigneeId}
          isDisabled={isDisabled}
          onChange={(assigneeId) => onChange({ assigneeId })}
        />
      </div>

      <div className={styles.field}>
        <label htmlFor={`${id}-due`} id={`${id}-due-label`} className={styles.label}>
          Due
        </label>
        <DueDateControl
          id={`${id}-due`}
          labelledBy={`${id}-due-label`}
          value={{ date: values.dueDate, time: values.dueTime }}
          error={errors.dueDate ?? errors.dueTime}
          isDisabled={isDisabled}
          onChange={(next) => onChange({ dueDate: next.date, dueTime: next.time })}
        />
      </div>

      <TargetPicker value={targets} onChange={onTargetsChange} isDisabled={isDisabled} />
    </div>
  );
}
