import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { lazyComponent } from '@/lib/lazy-component';
import { newTaskDialog } from '../new-task/components/lazy-new-task-dialog';
import { findActionTarget } from './action-target';
import type { NewTaskPrefill } from './new-task-prefill';
import { pageContext } from './page-context';

// Opened by Ctrl+K only: its code (the menu, the searches, the steps) is fetched on the first
// open or on the hint button's hover and focus, never with the board.
const palette = lazyComponent(async () => (await import('./command-palette')).CommandPalette);
export const prefetchPalette = () => void palette.prefetch().catch(() => undefined);

/**
 * The palette as it opens: what it acts on and what page it was opened from are read now,
 * before the dialog takes the focus. "Create a task" swaps it for the New task dialog.
 */
export function PaletteHost({ onClose }: { onClose: () => void }) {
  const location = useLocation();
  const [target] = useState(() => findActionTarget(location));
  const [page] = useState(() => pageContext(location.pathname, location.search));
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
    <ChunkBoundary
      title="Could not open the command palette"
      compact
      fallback={<PendingNote>Opening…</PendingNote>}
    >
      <palette.Component target={target} page={page} onClose={onClose} onCreateTask={setCreating} />
    </ChunkBoundary>
  );
}
