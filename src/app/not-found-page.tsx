import { Link, useLocation } from 'react-router-dom';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';
import styles from './status-page.module.css';

/** Any URL no route knows. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section className={styles.page} aria-labelledby="not-found-title">
      <p className={styles.code}>404</p>
      <h1 id="not-found-title" className={styles.title}>
        Page not found
      </h1>
      <p className={styles.text}>
        There is no page at <code>{pathname}</code>. The link may be old or mistyped.
      </p>
      <div className={styles.actions}>
        <Link to={paths.tasks()} className={buttonClass('primary')}>
          Go to the task board
        </Link>
      </div>
    </section>
  );
}
