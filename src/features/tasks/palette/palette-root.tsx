import { useState } from 'react';
import type { Location } from 'react-router-dom';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { newTaskDialog } from '../new-task/components/lazy-new-task-dialog';
import { useSelectedTasks } from '../bulk/use-task-selection';
import { findActionTarget, selectionTarget } from './action-target';
import { CommandPalette } from './command-palette';
import type { NewTaskPrefill } from './new-task-prefill';
import { pageContext } from './page-context';

/** Where the palette was opened: the element that had the focus, and the page. */
export type PaletteOpener = {
  active: Element | null;
  location: Pick<Location, 'pathname' | 'search' | 'state' | 'mask'>;
};

/** The palette, or the New task dialog that its "Create a task" swapped it for. */
export function PaletteRoot({ opener, onClose }: { opener: PaletteOpener; onClose: () => void }) {
  const selected = useSelectedTasks();
  const [target] = useState(
    () => selectionTarget(selected) ?? findActionTarget(opener.location, opener.active),
  );
  const [page] = useState(() => pageContext(opener.location.pathname, opener.location.search));
  const [creating, setCreating] = useState<NewTaskPrefill | null>(null);

  if (creating) {
    return (
      <ChunkBoundary
        title="Could not open the new task form"
        compact
        fallback={<PendingNote>Opening…</PendingNote>}
      >
        <newTaskDialog.Component
          open
          onOpenChange={(open) => (open ? undefined : onClose())}
          initialTargets={creating.initialTargets}
          initialValues={creating.initialValues}
        />
      </ChunkBoundary>
    );
  }
  return (
    <CommandPalette target={target} page={page} onClose={onClose} onCreateTask={setCreating} />
  );
}
