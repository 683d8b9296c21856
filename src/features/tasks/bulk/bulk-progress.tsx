import { Label, ProgressBar } from 'react-aria-components';
import { Button } from '@/components/ui/button';
import { taskTitle } from '@/domain/labels';
import { explainError } from '@/lib/describe-error';
import { countOutcomes } from './run-batch';
import type { BulkRun } from './use-bulk-run';
import styles from './bulk-action-bar.module.css';

/**
 * A running bulk action: "12 of 40" as a progress bar, then what became of each task that did
 * not work (and why), with Retry failed, which re-sends only those.
 */
export function BulkProgress({
  run,
  onRetry,
  onCancel,
  onClose,
}: {
  run: BulkRun;
  onRetry: () => void;
  onCancel: () => void;
  onClose: () => void;
}) {
  const counts = countOutcomes(run.outcomes);
  const left = [...run.outcomes].filter(
    ([, outcome]) => outcome.state === 'failed' || outcome.state === 'cancelled',
  );
  return (
    <div className={styles.progress}>
      <ProgressBar
        value={counts.settled}
        maxValue={Math.max(1, counts.total)}
        valueLabel={`${counts.settled} of ${counts.total}`}
        className={styles.meter}
      >
        {({ percentage, valueText }) => (
          <>
            <div className={styles.meterText}>
              <Label>{run.plan.doing}</Label>
              <span>{valueText}</span>
            </div>
            <div className={styles.track}>
              <div className={styles.fill} style={{ width: `${percentage ?? 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
      {run.running ? (
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      ) : (
        <>
          <p className={styles.summary}>
            {counts.done} changed
            {counts.failed > 0 ? `, ${counts.failed} failed` : ''}
            {counts.cancelled > 0 ? `, ${counts.cancelled} not started (cancelled)` : ''}
          </p>
          {left.length > 0 ? (
            // A long list scrolls: the keyboard must be able to scroll it too.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <ul className={styles.failures} aria-label="Not changed" tabIndex={0}>
              {left.map(([id, outcome]) => {
                const task = run.plan.tasks.get(id);
                return (
                  <li key={id}>
                    <span className={styles.failedTitle}>{task ? taskTitle(task) : id}</span>
                    <span className={styles.reason}>
                      {outcome.state === 'failed' ? explainError(outcome.error) : 'Cancelled'}
                    </span>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div className={styles.progressActions}>
            {left.length > 0 ? (
              <Button size="sm" variant="primary" onClick={onRetry}>
                Retry failed ({left.length})
              </Button>
            ) : null}
            <Button size="sm" variant="ghost" onClick={onClose}>
              Close
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
