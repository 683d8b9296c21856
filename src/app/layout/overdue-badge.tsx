import { useQuery } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from '@/features/tasks/api/queries';
import { toDateInput } from '@/lib/local-date';
import { useFetchesSettled } from '@/lib/use-fetches-settled';
import styles from './app-layout.module.css';

/**
 * How many open tasks are overdue, beside Tasks in the navigation: one request for one row and
 * its totalCount, under the tasks key so it is read again with the task queries. It waits for
 * the page's first tasks, so it never competes with the board's first cards. Nothing shows
 * while it loads, when it fails, or at zero.
 */
/** The id of the badge's words, for the Tasks link's aria-describedby: the link keeps its name. */
export const OVERDUE_BADGE_ID = 'nav-overdue-count';

export function OverdueBadge() {
  const backend = useBackend();
  // Once no task query is loading: the page's own tasks come first.
  const settled = useFetchesSettled(taskQueries.all());
  const count = useQuery({
    ...taskQueries.overdueCount(backend, toDateInput(new Date())),
    enabled: settled,
  }).data;
  if (!count) return null;
  const text = count > 99 ? '99+' : String(count);
  return (
    // Hidden from the link's name ("Tasks" stays "Tasks"); read as its description instead.
    <span className={styles.navBadge} data-testid="overdue-badge" aria-hidden="true">
      {text}
      <span id={OVERDUE_BADGE_ID} hidden>
        {count} overdue
      </span>
    </span>
  );
}
