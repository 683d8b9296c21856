import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Button, buttonClass } from './button';
import { describeError } from '@/lib/describe-error';
import styles from './error-state.module.css';

/** A failure: what happened, what to do, and a Retry. */
export function ErrorState({
  error,
  onRetry,
  title,
  retrying = false,
  compact = false,
  headingLevel = 2,
}: {
  error: unknown;
  onRetry?: () => void;
  /** Overrides the generic title, e.g. "Could not load tasks". */
  title?: string;
  retrying?: boolean;
  compact?: boolean;
  headingLevel?: 2 | 3 | 4;
}) {
  const described = describeError(error);
  const Heading = `h${headingLevel}` as const;
  return (
    <div role="alert" className={[styles.error, compact ? styles.compact : ''].join(' ')}>
      <Heading className={styles.title}>{title ?? described.title}</Heading>
      {title ? <p className={styles.detail}>{described.title}.</p> : null}
      {described.detail ? <p className={styles.detail}>{described.detail}</p> : null}
      <p className={styles.hint}>{described.hint}</p>
      <div className={styles.actions}>
        {onRetry ? (
          <Button variant="secondary" size="sm" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        ) : null}
        {described.suggestSettings ? (
          <Link to={paths.settings()} className={buttonClass('ghost', 'sm')}>
            Open Settings
          </Link>
        ) : null}
      </div>
    </div>
  );
}
