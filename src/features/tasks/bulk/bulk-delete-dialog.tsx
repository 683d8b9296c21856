import { Button } from '@/components/ui/button';
import { Modal, ModalActions } from '@/components/ui/modal';

/** Deleting many tasks is asked first, and says plainly whether Undo can bring them back. */
export function BulkDeleteDialog({
  count,
  canUndo,
  onDelete,
  onClose,
}: {
  count: number;
  canUndo: boolean;
  onDelete: () => void;
  onClose: () => void;
}) {
  const tasks = `${count} ${count === 1 ? 'task' : 'tasks'}`;
  return (
    <Modal
      title={`Delete ${tasks}?`}
      size="sm"
      role="alertdialog"
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
    >
      <p>
        {tasks} and their links to records will be deleted; the records stay.{' '}
        {canUndo
          ? 'Undo in the message that follows makes them again, with their links (their creation date becomes today).'
          : 'This backend cannot make them again: this cannot be undone.'}
      </p>
      <ModalActions>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            onDelete();
            onClose();
          }}
        >
          Delete {tasks}
        </Button>
      </ModalActions>
    </Modal>
  );
}
