import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

/** Nothing to show yet: says so, and offers the next step. */
export function EmptyState({
  title,
  description,
  action,
  compact = false,
  headingLevel = 2,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** Smaller padding, for a column or a panel rather than a whole page. */
  compact?: boolean;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={[styles.empty, compact ? styles.compact : ''].filter(Boolean).join(' ')}>
      <Heading className={styles.title}>{title}</Heading>
      {description ? <p className={styles.description}>{description}</p> : null}
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
