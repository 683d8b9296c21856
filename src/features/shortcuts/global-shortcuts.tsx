import { useState } from 'react';
import { ShortcutsHelpDialog } from './shortcuts-help-dialog';
import { useGlobalShortcuts } from './use-global-shortcuts';

/** The app-wide keys (`/`, `?`) and the shortcut list they open; mounted once, in the layout. */
export function GlobalShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  useGlobalShortcuts({ onHelp: () => setHelpOpen(true) });
  return <ShortcutsHelpDialog open={helpOpen} onOpenChange={setHelpOpen} />;
}
