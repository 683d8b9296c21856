import { useEffect, useMemo, useRef } from 'react';
import { TASK_STATUSES, type TaskStatus } from '@/domain/types';
import { isShortcutEvent } from '@/lib/shortcut-event';
import {
  CARD_FOCUS_SELECTOR,
  MOVE_KEYS,
  nextCard,
  type BoardNav,
  type CardPlace,
  type ColumnNav,
} from './board-nav';

/** Keys that act on the focused card: each clicks the card's control marked with it. */
const CARD_ACTION_KEYS: Readonly<Record<string, string>> = {
  s: '[data-card-action="status"]',
  a: '[data-card-action="assignee"]',
  d: '[data-card-action="due"]',
};

function focusedCard(target: EventTarget | null, board: HTMLElement): CardPlace | null {
  if (!(target instanceof Element) || !board.contains(target)) return null;
  const slot = target.closest<HTMLElement>('[data-task-id]');
  const column = target.closest<HTMLElement>('section[data-status]');
  const status = TASK_STATUSES.find((s) => s === column?.dataset.status);
  const id = slot?.dataset.taskId;
  return status && id ? { status, id } : null;
}

/**
 * The board's card keys: j/k/h/l and the arrows move between cards, s/a/d open the focused
 * card's status menu, assignee picker or due date. Enter on a card is its title link's own.
 * Arrows act only from a card's title link, so they keep their meaning in menus and while a
 * card is dragged with the keyboard (dnd-kit takes them then).
 */
export function useBoardKeys({
  board,
  dragging,
  onColumnShown,
}: {
  board: HTMLElement | null;
  dragging: boolean;
  /** The column a move lands in (a phone shows one column at a time). */
  onColumnShown: (status: TaskStatus) => void;
}): BoardNav {
  const columns = useRef(new Map<TaskStatus, ColumnNav>());
  const latest = useRef({ dragging, onColumnShown });
  useEffect(() => {
    latest.current = { dragging, onColumnShown };
  });

  useEffect(() => {
    if (!board) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (latest.current.dragging || event.shiftKey || !isShortcutEvent(event)) return;
      const from = focusedCard(event.target, board);
      const action = CARD_ACTION_KEYS[event.key];
      if (action) {
        if (!from || !(event.target instanceof Element)) return;
        const control = event.target.closest('[data-task-id]')?.querySelector<HTMLElement>(action);
        if (!control) return;
        event.preventDefault();
        control.click();
        return;
      }
      const move = MOVE_KEYS[event.key];
      if (!move) return;
      const onTitle = event.target instanceof Element && event.target.matches(CARD_FOCUS_SELECTOR);
      // Arrows belong to whatever has focus unless it is a card's title; j/k/h/l from outside
      // any card start at the first one.
      if (event.key.startsWith('Arrow') && !onTitle) return;
      const order = TASK_STATUSES.map((status) => ({
        status,
        ids: columns.current.get(status)?.ids() ?? [],
      }));
      const to = nextCard(order, from, move);
      if (!to) return;
      event.preventDefault();
      latest.current.onColumnShown(to.status);
      columns.current.get(to.status)?.focus(to.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [board]);

  return useMemo(
    () => ({
      register: (status, column) => {
        columns.current.set(status, column);
        return () => {
          if (columns.current.get(status) === column) columns.current.delete(status);
        };
      },
    }),
    [],
  );
}
