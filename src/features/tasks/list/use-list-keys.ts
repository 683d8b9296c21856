import { useEffect } from 'react';
import { isShortcutEvent } from '@/lib/shortcut-event';

// The list's keys, as the board's (use-board-keys.ts) in one dimension: j/k (and the arrows
// from a row's title) move between the rows of open groups; s, a and d press the focused row's
// status, assignee and due-date controls. Enter on a row is its title link's own.

const TITLE_SELECTOR = '[data-task-row] [data-focus-part="title"]';
const MOVES: Readonly<Record<string, 1 | -1>> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };
const ROW_ACTIONS: Readonly<Record<string, string>> = {
  s: '[data-card-action="status"]',
  a: '[data-card-action="assignee"]',
  d: '[data-card-action="due"]',
};

export function useListKeys(list: HTMLElement | null): void {
  useEffect(() => {
    if (!list) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.shiftKey || !isShortcutEvent(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      const row = target?.closest<HTMLElement>('[data-task-row]') ?? null;
      const action = ROW_ACTIONS[event.key];
      if (action) {
        const control = row?.querySelector<HTMLElement>(action);
        if (!control) return;
        event.preventDefault();
        control.click();
        return;
      }
      const move = MOVES[event.key];
      if (!move) return;
      const onTitle = target?.matches(TITLE_SELECTOR) ?? false;
      // Arrows keep their meaning everywhere but on a row's title.
      if (event.key.startsWith('Arrow') && !onTitle) return;
      // Rows of closed groups are hidden and have no box, so they are skipped.
      const titles = [...list.querySelectorAll<HTMLElement>(TITLE_SELECTOR)].filter(
        (title) => title.getClientRects().length > 0,
      );
      if (titles.length === 0) return;
      const at = row ? titles.findIndex((title) => row.contains(title)) : -1;
      const next = at === -1 ? (move === 1 ? 0 : titles.length - 1) : at + move;
      const to = titles[Math.max(0, Math.min(titles.length - 1, next))];
      event.preventDefault();
      to?.focus();
      to?.scrollIntoView({ block: 'nearest' });
    };
    // On the document, as the board's: j from anywhere on the page starts at the first row.
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [list]);
}
