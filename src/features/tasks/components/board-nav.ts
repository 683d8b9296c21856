import { createContext, useContext } from 'react';
import type { TaskStatus } from '@/domain/types';

// Moving between cards with the keyboard, as in Linear: j/k (or ↓/↑) within a column, h/l (or
// ←/→) between columns, landing on the same row or the nearest one. Columns are virtualised, so
// a column is asked to bring a card into view and focus it rather than the DOM being searched.

export type CardMove = 'down' | 'up' | 'left' | 'right';

export const MOVE_KEYS: Readonly<Record<string, CardMove>> = {
  j: 'down',
  ArrowDown: 'down',
  k: 'up',
  ArrowUp: 'up',
  h: 'left',
  ArrowLeft: 'left',
  l: 'right',
  ArrowRight: 'right',
};

export type CardPlace = { status: TaskStatus; id: string };
export type ColumnCards = { status: TaskStatus; ids: readonly string[] };

/** Where a move from `from` lands; `from` null (no card focused) lands on the first card. */
export function nextCard(
  columns: readonly ColumnCards[],
  from: CardPlace | null,
  move: CardMove,
): CardPlace | null {
  const filled = columns.filter((column) => column.ids.length > 0);
  const first = filled[0];
  if (!first) return null;
  const at = from ? columns.findIndex((column) => column.status === from.status) : -1;
  const column = columns[at];
  const row = column && from ? column.ids.indexOf(from.id) : -1;
  if (!column || !from || row < 0) return { status: first.status, id: first.ids[0] ?? '' };

  if (move === 'down' || move === 'up') {
    const next = column.ids[row + (move === 'down' ? 1 : -1)];
    return next === undefined ? null : { status: column.status, id: next };
  }
  const step = move === 'right' ? 1 : -1;
  for (let index = at + step; index >= 0 && index < columns.length; index += step) {
    const target = columns[index];
    if (!target || target.ids.length === 0) continue;
    const id = target.ids[Math.min(row, target.ids.length - 1)];
    if (id !== undefined) return { status: target.status, id };
  }
  return null;
}

export type ColumnNav = {
  /** The column's cards in order (those loaded and shown). */
  ids: () => readonly string[];
  /** Scrolls the card into view (drawing it if it was not) and focuses its title link. */
  focus: (id: string) => void;
};

export type BoardNav = {
  register: (status: TaskStatus, column: ColumnNav) => () => void;
};

export const BoardNavContext = createContext<BoardNav | null>(null);

export function useBoardNav(): BoardNav | null {
  return useContext(BoardNavContext);
}

/** The element that holds focus for a card: its title link. */
export const CARD_FOCUS_SELECTOR = 'h3 a';
