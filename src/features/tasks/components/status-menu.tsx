import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { TASK_STATUSES, type TaskStatus } from '@/domain/types';
import { STATUS_LABELS } from '@/domain/labels';
import styles from './status-menu.module.css';

/** The card's status control: the current status as a button, the three statuses as a menu. */
export function StatusMenu({
  title,
  status,
  onChange,
}: {
  title: string;
  status: TaskStatus | null;
  onChange: (status: TaskStatus) => void;
}) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className={styles.trigger}
        aria-label={`Status of ${title}: ${status ? STATUS_LABELS[status] : 'none'}. Change status`}
        data-status={status ?? undefined}
      >
        <span className={styles.dot} aria-hidden="true" />
        <span className={styles.chevron} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.content} align="end" sideOffset={4}>
          <DropdownMenu.Label className={styles.label}>Move to</DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={status ?? ''}
            onValueChange={(value) => {
              const next = TASK_STATUSES.find((candidate) => candidate === value);
              if (next) onChange(next);
            }}
          >
            {TASK_STATUSES.map((option) => (
              <DropdownMenu.RadioItem
                key={option}
                value={option}
                className={styles.item}
                data-status={option}
              >
                <span className={styles.dot} aria-hidden="true" />
                {STATUS_LABELS[option]}
                <DropdownMenu.ItemIndicator className={styles.check}>✓</DropdownMenu.ItemIndicator>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
