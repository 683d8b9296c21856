import type { TaskStatus } from '@/domain/types';
import styles from './status-dot.module.css';

/** The small coloured dot that stands for a task status beside its name (decoration only). */
export function StatusDot({ status }: { status: TaskStatus }) {
  return <span className={styles.dot} data-status={status} aria-hidden="true" />;
}
