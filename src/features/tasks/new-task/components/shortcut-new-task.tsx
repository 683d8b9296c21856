import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { newTaskDialog } from './lazy-new-task-dialog';

/** The New task dialog opened by `n`/`c` on a page without a New task button of its own. */
export function ShortcutNewTask({ onClose }: { onClose: () => void }) {
  return (
    <ChunkBoundary
      title="Could not open the new task form"
      compact
      fallback={<PendingNote>Opening…</PendingNote>}
    >
      <newTaskDialog.Component open onOpenChange={(open) => (open ? undefined : onClose())} />
    </ChunkBoundary>
  );
}
