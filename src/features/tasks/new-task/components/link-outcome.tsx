import { Button } from '@/components/ui/button';
import type { LinkState } from '../link-machine';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import styles from './new-task-dialog.module.css';

/**
 * After a partial failure: the task exists, some links did not land. Says which and why, and
 * offers the three ways on.
 */
export function LinkOutcome({
  state,
  onRetry,
  onKeep,
  onDelete,
}: {
  state: LinkState;
  onRetry: () => void;
  onKeep: () => void;
  onDelete: () => void;
}) {
  const missing = state.links.filter((l) => l.status === 'failed' || l.status === 'skipped');
  const linked = state.links.length - missing.length;
  const busy = state.phase !== 'links-failed';
  return (
    <section className={styles.outcome} role="alert" aria-labelledby="link-outcome-title">
      <h3 id="link-outcome-title" className={styles.outcomeTitle}>
        The task was created, but {missing.length} of {state.links.length}{' '}
        {state.links.length === 1 ? 'link' : 'links'} did not work
      </h3>
      <p className={styles.outcomeText}>
        {linked > 0 ? `It is linked to ${linked} of them. ` : ''}
        Retrying sends only the missing links again.
      </p>
      <ul className={styles.failures} aria-label="Links that failed">
        {missing.map((link) => (
          <li key={link.relationId}>
            <strong>{link.target.name}</strong>{' '}
            <span className={styles.muted}>({RECORD_KIND_LABELS[link.target.kind].singular})</span>:{' '}
            {link.status === 'skipped' ? 'not sent, because linking was stopped.' : link.error}
          </li>
        ))}
      </ul>
      {state.error ? (
        <p className={styles.error}>Could not delete the task: {state.error}</p>
      ) : null}
      <div className={styles.outcomeActions}>
        <Button variant="primary" onClick={onRetry} disabled={busy}>
          Retry failed links
        </Button>
        <Button variant="secondary" onClick={onKeep} disabled={busy}>
          Keep task without them
        </Button>
        <Button variant="danger" onClick={onDelete} disabled={busy}>
          {state.phase === 'deleting' ? 'Deleting task…' : 'Delete task'}
        </Button>
      </div>
    </section>
  );
}
