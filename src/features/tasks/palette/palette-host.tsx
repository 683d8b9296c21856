import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { lazyComponent } from '@/lib/lazy-component';
import type { PaletteOpener } from './palette-root';

// Opened by Ctrl+K only: all of its code (the menu, the searches, the steps) is fetched on the
// first open or on the palette button's hover and focus, never with the board.
const palette = lazyComponent(
  () => import('./palette-root'),
  (module) => module.PaletteRoot,
);
export const prefetchPalette = () => void palette.prefetch().catch(() => undefined);

/**
 * The palette as it opens. The focused element and the page are taken now, before the dialog
 * (or its download) moves anything: they say which task the actions are for.
 */
export function PaletteHost({ onClose }: { onClose: () => void }) {
  const location = useLocation();
  const [opener] = useState<PaletteOpener>(() => ({ active: document.activeElement, location }));
  return (
    <ChunkBoundary
      title="Could not open the command palette"
      compact
      fallback={<PendingNote>Opening…</PendingNote>}
    >
      <palette.Component opener={opener} onClose={onClose} />
    </ChunkBoundary>
  );
}
