import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Modal, ModalActions } from '@/components/ui/modal';
import type { Task } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import styles from './delete-task.module.css';
import { taskTitle } from '@/domain/labels';

function consequence(links: number): string {
  if (links === 0) return 'It is not linked to any record.';
  return `Its links to ${links} ${links === 1 ? 'record' : 'records'} go too.`;
}

/** "Delete task", then a confirmation that says what goes with it. */
export function DeleteTask({
  task,
  onDelete,
  pending,
  error,
  onReset,
}: {
  task: Task;
  onDelete: () => void;
  pending: boolean;
  error: unknown;
  /** Clears a failed attempt's message, when the dialog is closed. */
  onReset: () => void;
}) {
  const [open, setOpen] = useState(false);
  const links = task.targets?.length ?? 0;
  const close = () => {
    if (pending) return;
    setOpen(false);
    onReset();
  };
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)}>
        Delete task
      </Button>
      <Modal
        title="Delete task?"
        size="sm"
        layer="panel"
        role="alertdialog"
        isOpen={open}
        isDismissable={!pending}
        isKeyboardDismissDisabled={pending}
        onOpenChange={(isOpen) => {
          if (!isOpen) close();
        }}
      >
        <p className={styles.text}>
          <span className={styles.quoted} title={taskTitle(task)}>
            “{taskTitle(task)}”
          </span>{' '}
          will be deleted. {consequence(links)} The records themselves stay.
        </p>
        {error ? (
          <p role="alert" className={styles.error}>
            The task could not be deleted. {explainError(error)}
          </p>
        ) : null}
        <ModalActions className={styles.actions}>
          <Button variant="ghost" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant="danger" onClick={onDelete} disabled={pending}>
            {pending ? 'Deleting…' : 'Delete task'}
          </Button>
        </ModalActions>
      </Modal>
    </>
  );
}
