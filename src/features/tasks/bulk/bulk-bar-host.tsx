import { Suspense, useEffect, useState } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { lazyComponent, whenIdle } from '@/lib/lazy-component';
import { useSelectedTasks, useTaskSelectionStore } from './use-task-selection';
import { useSelectionKeys } from './use-selection-keys';

// The bulk layer (the action bar, its pickers and the batch runner) is not
// in the board's first load: it mounts once the browser is idle, or at the first click on a
// box, whichever comes first. Once mounted it stays: a batch runs on and reports even after the
// selection is cleared or the page changes.
const layer = lazyComponent(
  () => import('./bulk-layer'),
  (module) => module.BulkLayer,
);

/** In the app's frame: the bulk actions, loaded after the first screen. */
export function BulkBarHost() {
  // The keys work from the first screen: `x` on a card is as good a first selection as a click.
  useSelectionKeys(useTaskSelectionStore());
  const selecting = useSelectedTasks().length > 0;
  const [needed, setNeeded] = useState(false);
  useEffect(() => whenIdle(() => setNeeded(true)), []);
  if (selecting && !needed) setNeeded(true);
  if (!needed) return null;
  return (
    <ChunkBoundary title="Could not load the bulk actions" compact fallback={null}>
      <Suspense fallback={null}>
        <layer.Component />
      </Suspense>
    </ChunkBoundary>
  );
}
