import { useQuery } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import { taskQueries } from '@/features/tasks/api/queries';
import { OVERDUE_BADGE_MAX, overdueCountQuery } from '@/features/tasks/api/overdue-count';
import { toDateInput } from '@/lib/local-date';
import { useFetchesSettled } from '@/lib/use-fetches-settled';
import styles from './app-layout.module.css';

/**
 * How many open tasks are overdue, beside Tasks in the navigation (overdue-count.ts: one request
 * for one row, or none when the board's lists already hold more than the badge shows). It waits
 * for the page's first tasks, so it never competes with the board's first cards, and reads
 * them. Nothing shows while it loads, when it fails, or at zero.
 */
/** The id of the badge's words, for the Tasks link's aria-describedby: the link keeps its name. */
export const OVERDUE_BADGE_ID = 'nav-overdue-count';

export function OverdueBadge() {
  const backend = useBackend();
  // Once no task query is loading: the page's own tasks come first.
  const settled = useFetchesSettled(taskQueries.all());
  const count = useQuery({
    ...overdueCountQuery(backend, toDateInput(new Date())),
    enabled: settled,
  }).data;
  if (!count) return null;
  const more = count > OVERDUE_BADGE_MAX;
  const text = more ? `${OVERDUE_BADGE_MAX}+` : String(count);
  return (
    // Hidden from the link's name ("Tasks" stays "Tasks"); read as its description instead.
    <span className={styles.navBadge} data-testid="overdue-badge" aria-hidden="true">
      {text}
      <span id={OVERDUE_BADGE_ID} hidden>
        {more ? `More than ${OVERDUE_BADGE_MAX} overdue` : `${count} overdue`}
      </span>
    </span>
  );
}
