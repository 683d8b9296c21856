import { useEffect, useRef } from 'react';
import { isTypingTarget } from '@/lib/is-typing-target';

// Keys that work on every page: `/` focuses the page's search field and `?` asks for the
// shortcut list. `n` (new task) belongs to the page that can create one (the link feature).
// None of them fire while the user is typing in a field.

/** Marks the field that `/` focuses: `<input data-shortcut="search">`. */
export const SEARCH_SHORTCUT_ATTRIBUTE = 'data-shortcut';

const OVERLAY = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]';

/** The current page's search field; pages mark theirs, or a plain search box is used. */
export function findSearchField(root: ParentNode = document): HTMLElement | null {
  const candidates = root.querySelectorAll<HTMLElement>(
    `[${SEARCH_SHORTCUT_ATTRIBUTE}="search"], input[type="search"], [role="searchbox"]`,
  );
  for (const field of candidates) {
    if (!field.closest(OVERLAY) && !(field as HTMLInputElement).disabled) return field;
  }
  return null;
}

export function useGlobalShortcuts({ onHelp }: { onHelp: () => void }): void {
  const help = useRef(onHelp);
  useEffect(() => {
    help.current = onHelp;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      // Shift is allowed: on many layouts `/` and `?` need it.
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        help.current();
      } else if (event.key === '/') {
        // Over a panel or dialog, the page's search field is out of reach.
        if (document.querySelector(OVERLAY)) return;
        const field = findSearchField();
        if (!field) return;
        event.preventDefault();
        field.focus();
        if (field instanceof HTMLInputElement) field.select();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
