import { useQuery } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from '@/features/tasks/api/queries';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { toDateInput } from '@/lib/local-date';
import styles from './app-layout.module.css';

/**
 * How many open tasks are overdue, beside Tasks in the navigation: one request for one row and
 * its totalCount, under the tasks key so it is read again with the task queries. Nothing shows
 * while it loads, when it fails, or at zero.
 */
export function OverdueBadge() {
  const backend = useBackend();
  const count = useQuery(taskQueries.overdueCount(backend, toDateInput(new Date()))).data;
  if (!count) return null;
  const text = count > 99 ? '99+' : String(count);
  return (
    <span className={styles.navBadge} data-testid="overdue-badge">
      <span aria-hidden="true">{text}</span>
      <VisuallyHidden>{count} overdue</VisuallyHidden>
    </span>
  );
}
