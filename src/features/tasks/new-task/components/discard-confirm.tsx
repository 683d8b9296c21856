import { Button } from '@/components/ui/button';
import styles from './new-task-dialog.module.css';

/** The step shown instead of the form when closing would lose what was typed. */
export function DiscardConfirm({
  onKeepEditing,
  onDiscard,
}: {
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  return (
    <div
      className={styles.confirm}
      role="group"
      aria-labelledby="discard-title"
      aria-describedby="discard-text"
    >
      <h3 id="discard-title" className={styles.outcomeTitle}>
        Discard this task?
      </h3>
      <p id="discard-text" className={styles.outcomeText}>
        What you typed and the records you chose will be lost.
      </p>
      <div className={styles.outcomeActions}>
        {/* Keeping the work is the safe answer, so it takes the focus. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Button variant="primary" onClick={onKeepEditing} autoFocus>
          Keep editing
        </Button>
        <Button variant="danger" onClick={onDiscard}>
          Discard
        </Button>
      </div>
    </div>
  );
}
