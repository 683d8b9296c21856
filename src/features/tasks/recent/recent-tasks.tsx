import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { revealBidiControls } from '@/domain/reveal-bidi';
import { UNTITLED_TASK } from '@/domain/labels';
import { loadRecentTasks } from './recent-store';
import { useBackendScope } from './use-backend-scope';
import styles from '../capability-screens.module.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The tasks this browser created or opened on a backend that cannot list its tasks. */
export function RecentTasks() {
  const scope = useBackendScope();
  const [tasks] = useState(() => loadRecentTasks(scope));
  return (
    <section className={styles.card} aria-labelledby="recent-tasks-heading">
      <h2 id="recent-tasks-heading" className={styles.heading}>
        Recent tasks (this browser only)
      </h2>
      <p className={styles.note}>
        This backend cannot list tasks, so this list is kept in this browser: the tasks created or
        opened here. Tasks made elsewhere do not appear until you open them by link.
      </p>
      {tasks.length === 0 ? (
        <p className={styles.muted}>No tasks yet. Create one below.</p>
      ) : (
        <ul className={styles.list}>
          {tasks.map((task) => (
            <li key={task.id} className={styles.item}>
              <Link className={styles.itemTitle} to={paths.task(task.id)}>
                {revealBidiControls(task.title.trim()) || UNTITLED_TASK}
              </Link>
              <span className={styles.muted}>last seen {when.format(new Date(task.at))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
