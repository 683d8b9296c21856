import { Link, useLocation } from 'react-router-dom';
import { parseTaskView, writeTaskView, type TaskView } from '../board-params';
import styles from './view-switch.module.css';

const VIEWS: readonly { view: TaskView; label: string }[] = [
  { view: 'board', label: 'Board' },
  { view: 'list', label: 'List' },
];

/** Board or List: links to the same page with the same filters, the view in the URL. */
export function ViewSwitch() {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const current = parseTaskView(params);
  return (
    <nav aria-label="View" className={styles.switch}>
      {VIEWS.map(({ view, label }) => {
        const next = writeTaskView(params, view).toString();
        return (
          <Link
            key={view}
            to={{ pathname, search: next ? `?${next}` : '' }}
            className={styles.option}
            aria-current={view === current ? 'page' : undefined}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
