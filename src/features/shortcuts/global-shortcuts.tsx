import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { lazyComponent } from '@/lib/lazy-component';
import { useGlobalShortcuts } from './use-global-shortcuts';
import styles from './global-shortcuts.module.css';

// Rarely opened, and a dialog brings React Aria: loaded on the first `?`.
const helpDialog = lazyComponent(
  () => import('./shortcuts-help-dialog'),
  (module) => module.ShortcutsHelpDialog,
);
const prefetchHelp = () => void helpDialog.prefetch().catch(() => undefined);

/** The app-wide keys, what they open, and the "?" button that shows they exist: mounted
 *  once, in the layout's sidebar. */
export function GlobalShortcuts({
  renderNewTask,
  renderPalette,
  prefetchPalette,
}: {
  /** The New task dialog that `n`/`c` open where no page claimed the key; omitted where tasks
   *  cannot be created. */
  renderNewTask?: (close: () => void) => ReactNode;
  /** The command palette that Ctrl+K (⌘K) and its button open. */
  renderPalette?: (close: () => void) => ReactNode;
  /** Fetches the palette's code ahead (hover or focus of its button). */
  prefetchPalette?: () => void;
}) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [newTaskOpen, setNewTaskOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const navigate = useNavigate();
  useGlobalShortcuts({
    onHelp: () => setHelpOpen(true),
    onNavigate: (to) => void navigate(to),
    onNewTask: renderNewTask ? () => setNewTaskOpen(true) : undefined,
    onPalette: renderPalette ? () => setPaletteOpen(true) : undefined,
  });
  return (
    <>
      {renderPalette ? (
        <button
          type="button"
          className={`${styles.hint} ${styles.palette}`}
          aria-keyshortcuts="Control+K Meta+K"
          onClick={() => setPaletteOpen(true)}
          onPointerEnter={prefetchPalette}
          onFocus={prefetchPalette}
        >
          <kbd className={styles.key} aria-hidden="true">
            Ctrl K
          </kbd>
          {/* A phone shows a magnifier in the top bar instead: no keyboard, little room. */}
          <svg className={styles.searchIcon} viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          <span className={styles.paletteLabel}>Search and commands</span>
        </button>
      ) : null}
      <button
        type="button"
        className={styles.hint}
        aria-keyshortcuts="?"
        onClick={() => setHelpOpen(true)}
        onPointerEnter={prefetchHelp}
        onFocus={prefetchHelp}
      >
        <kbd className={styles.key} aria-hidden="true">
          ?
        </kbd>
        Keyboard shortcuts
      </button>
      {helpOpen ? (
        <ChunkBoundary title="Could not show the keyboard shortcuts" compact fallback={null}>
          <helpDialog.Component open onOpenChange={setHelpOpen} />
        </ChunkBoundary>
      ) : null}
      {newTaskOpen && renderNewTask ? renderNewTask(() => setNewTaskOpen(false)) : null}
      {paletteOpen && renderPalette ? renderPalette(() => setPaletteOpen(false)) : null}
    </>
  );
}
