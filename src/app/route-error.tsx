import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import {
  isRouteErrorResponse,
  Link,
  useLocation,
  useNavigate,
  useRouteError,
} from 'react-router-dom';
import { isNotFound } from '@/backends/api-error';
import { buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import styles from './status-page.module.css';

type BackLink = { to: string; label: string };

const defaultBack: BackLink = { to: paths.tasks(), label: 'Go to the task board' };

function isMissing(error: unknown): boolean {
  return isNotFound(error) || (isRouteErrorResponse(error) && error.status === 404);
}

/**
 * A route's errorElement: a 404 from the backend reads as "record not found"; anything else
 * (a failed request that reached a boundary, a page that failed to load) gets a Retry.
 */
export function RouteError({ back = defaultBack }: { back?: BackLink }) {
  const error = useRouteError();
  const { reset } = useQueryErrorResetBoundary();
  const navigate = useNavigate();
  const location = useLocation();
  const missing = isMissing(error);
  useDocumentTitle(missing ? 'Record not found' : 'Something went wrong');

  if (missing) {
    return (
      <section className={styles.page} aria-labelledby="route-error-title">
        <p className={styles.code}>404</p>
        <h1 id="route-error-title" className={styles.title}>
          Record not found
        </h1>
        <p className={styles.text}>It may have been deleted, or the link may be wrong.</p>
        <div className={styles.actions}>
          <Link to={back.to} className={buttonClass('primary')}>
            {back.label}
          </Link>
        </div>
      </section>
    );
  }

  // Navigating to the same URL gives the router a new location, which clears the error and
  // renders the route again; resetting first lets failed queries fetch anew.
  const retry = () => {
    reset();
    void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
  };

  return (
    <section className={styles.page} aria-labelledby="route-error-title">
      <h1 id="route-error-title" className={styles.title}>
        This page could not be shown
      </h1>
      <ErrorState error={error} onRetry={retry} />
      <div className={styles.actions}>
        <Link to={back.to} className={buttonClass('ghost')}>
          {back.label}
        </Link>
      </div>
    </section>
  );
}
