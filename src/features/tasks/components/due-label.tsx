import type { TaskStatus } from '@/domain/types';
import { formatDue } from '@/lib/format-due';
import styles from './task-card.module.css';

export function DueLabel({ dueAt, status }: { dueAt: string | null; status: TaskStatus | null }) {
  const due = dueAt ? formatDue(dueAt, status) : null;
  if (!dueAt || !due) return <span className={styles.noDue}>No due date</span>;
  return (
    <time dateTime={dueAt} title={due.full} className={styles.due}>
      {due.label}
      {due.overdue ? ' · ' : null}
      {due.overdue ? <span className={styles.overdue}>overdue</span> : null}
    </time>
  );
}
