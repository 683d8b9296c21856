import { Button } from '@/components/ui/button';
import { visuallyHiddenClass } from '@/components/ui/visually-hidden';
import { isBusy, linkProgress, type LinkState } from '../link-machine';
import styles from './new-task-dialog.module.css';

/** What the workflow is doing now, in the words the button shows. */
export function progressLabel(state: LinkState): string | null {
  if (state.phase === 'creating') return 'Creating task…';
  if (state.phase === 'linking') {
    const { current, total } = linkProgress(state);
    return state.cancelled ? 'Stopping…' : `Linking ${current} of ${total}…`;
  }
  if (state.phase === 'deleting') return 'Deleting task…';
  return null;
}

/**
 * Submit and cancel. While the workflow runs the submit button is disabled and shows its
 * progress, and cancel stops further links instead of closing.
 */
export function SubmitBar({
  state,
  onCancelRun,
  onClose,
}: {
  state: LinkState;
  onCancelRun: () => void;
  onClose: () => void;
}) {
  const busy = isBusy(state);
  const progress = progressLabel(state);
  return (
    <>
      {/* The button shows the progress; this says it to screen readers too. */}
      <p role="status" className={visuallyHiddenClass}>
        {progress ?? ''}
      </p>
      {state.phase !== 'links-failed' && state.phase !== 'deleting' ? (
        <div className={styles.footer}>
          {busy ? (
            <Button variant="ghost" onClick={onCancelRun} disabled={state.cancelled}>
              {state.phase === 'creating' ? 'Cancel' : 'Stop linking'}
            </Button>
          ) : (
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={busy} aria-disabled={busy}>
            {progress ?? 'Create task'}
          </Button>
        </div>
      ) : null}
    </>
  );
}
