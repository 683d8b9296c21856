import { useState } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { lazyComponent } from '@/lib/lazy-component';
import { useGlobalShortcuts } from './use-global-shortcuts';

// Rarely opened, and a dialog brings React Aria: loaded on the first `?`.
const helpDialog = lazyComponent(
  async () => (await import('./shortcuts-help-dialog')).ShortcutsHelpDialog,
);

/** The app-wide keys (`/`, `?`) and the shortcut list they open; mounted once, in the layout. */
export function GlobalShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  useGlobalShortcuts({ onHelp: () => setHelpOpen(true) });
  if (!helpOpen) return null;
  return (
    <ChunkBoundary title="Could not show the keyboard shortcuts" compact fallback={null}>
      <helpDialog.Component open onOpenChange={setHelpOpen} />
    </ChunkBoundary>
  );
}
