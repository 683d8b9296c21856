import { TASK_STATUSES, type TaskStatus } from '@/domain/types';
import { STATUS_LABELS } from '@/domain/labels';
import { StatusDot } from '@/components/ui/status-dot';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import styles from './phone-status-switch.module.css';

/**
 * On a phone, which status column shows: a segmented control of the three, with their counts.
 * Hidden by CSS on wider screens, where all columns show. Plain toggle buttons: the board's
 * first load carries no dialog or menu library.
 */
export function PhoneStatusSwitch({
  value,
  counts,
  onChange,
}: {
  value: TaskStatus;
  counts: Partial<Record<TaskStatus, string | null>>;
  onChange: (status: TaskStatus) => void;
}) {
  return (
    <div role="group" aria-label="Status to show" className={styles.switch}>
      {TASK_STATUSES.map((status) => {
        const count = counts[status];
        return (
          <button
            key={status}
            type="button"
            className={styles.option}
            aria-pressed={status === value}
            onClick={() => onChange(status)}
          >
            <StatusDot status={status} />
            <span>{STATUS_LABELS[status]}</span>
            {count ? (
              <span className={styles.count}>
                <span aria-hidden="true">{count}</span>
                <VisuallyHidden>, {count} tasks</VisuallyHidden>
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
