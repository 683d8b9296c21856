import { useEffect, useRef } from 'react';
import { OVERLAY_SELECTOR, isPaletteChord, isShortcutEvent } from '@/lib/shortcut-event';
import { createGoSequence, GO_TARGETS } from './go-sequence';

// Keys that work on every page: `/` focuses the page's search field, `?` asks for the shortcut
// list, and `g` then t/p/c/o goes to a page. `n`/`c` (new task) belong first to a page that
// offers a New task button of its own (it knows which records to prefill); where none claimed
// the key, `onNewTask` gets it. None of them fire while the user types in a field or while a
// dialog or menu is open.

/** Marks the field that `/` focuses: `<input data-shortcut="search">`. */
export const SEARCH_SHORTCUT_ATTRIBUTE = 'data-shortcut';

/** The current page's search field; pages mark theirs, or a plain search box is used. */
export function findSearchField(root: ParentNode = document): HTMLElement | null {
  const candidates = root.querySelectorAll<HTMLElement>(
    `[${SEARCH_SHORTCUT_ATTRIBUTE}="search"], input[type="search"], [role="searchbox"]`,
  );
  for (const field of candidates) {
    if (!field.closest(OVERLAY_SELECTOR) && !(field as HTMLInputElement).disabled) return field;
  }
  return null;
}

type Handlers = {
  onHelp: () => void;
  onNavigate: (to: string) => void;
  /** `n`/`c` where no page claimed them; omitted where tasks cannot be created. */
  onNewTask?: () => void;
  /** Ctrl+K (⌘K): the command palette. */
  onPalette?: () => void;
};

export function useGlobalShortcuts(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const sequence = createGoSequence();
    // Capture phase: the second key of `g c` must reach no page listener as a lone `c`.
    const onSequenceKey = (event: KeyboardEvent) => {
      if (event.shiftKey || !isShortcutEvent(event)) {
        sequence.reset();
        return;
      }
      const step = sequence.read(event.key, event.timeStamp || performance.now());
      if (step.kind === 'none') return;
      event.preventDefault();
      event.stopPropagation();
      if (step.kind === 'go') latest.current.onNavigate(GO_TARGETS[step.key].to());
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        latest.current.onHelp();
      } else if (event.key === '/') {
        const field = findSearchField();
        if (!field) return;
        event.preventDefault();
        field.focus();
        if (field instanceof HTMLInputElement) field.select();
      }
    };
    // On window, bubbling: it runs after every document listener, so a page's own New task
    // button (which prefills the page's record) has had its chance to claim the key.
    const onUnclaimedKey = (event: KeyboardEvent) => {
      if (event.key !== 'n' && event.key !== 'c') return;
      if (event.shiftKey || !isShortcutEvent(event)) return;
      const onNewTask = latest.current.onNewTask;
      if (!onNewTask) return;
      event.preventDefault();
      onNewTask();
    };
    // Ctrl+K works from a text field too (as in Linear and Slack), and over the task panel,
    // which it acts on; any other dialog or menu keeps its keys.
    const onPaletteKey = (event: KeyboardEvent) => {
      const onPalette = latest.current.onPalette;
      if (!onPalette || !isPaletteChord(event)) return;
      event.preventDefault();
      onPalette();
    };
    window.addEventListener('keydown', onSequenceKey, true);
    document.addEventListener('keydown', onPaletteKey);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onUnclaimedKey);
    return () => {
      window.removeEventListener('keydown', onSequenceKey, true);
      document.removeEventListener('keydown', onPaletteKey);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onUnclaimedKey);
    };
  }, []);
}
