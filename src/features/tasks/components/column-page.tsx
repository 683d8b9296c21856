import { memo, useState } from 'react';
import type { Task, TaskStatus } from '@/domain/types';
import { usePageNames } from '../use-page-names';
import { TaskCard } from './task-card';
import styles from './task-column.module.css';

export type Slot = { index: number; start: number };

/** A tall screen's first cards in a column, with the few drawn below the window. */
export const FIRST_SCREEN_CARDS = 20;

/**
 * How many of the page's first cards need their chip names. Opening the board, the column's
 * first screen only. Once the window goes past it, or reaches a later page, the whole page, in
 * one batch per record kind: asked for a few cards before they scroll in, and a column scrolled
 * end to end asks about as often as one batch per page. 0 while none of the page is in the
 * window.
 */
export function namesReach(visible: readonly Slot[], offset: number, shown: number): number {
  let last = -1;
  for (const slot of visible) last = Math.max(last, slot.index - offset);
  if (last < 0) return 0;
  return offset === 0 && last < FIRST_SCREEN_CARDS ? Math.min(shown, FIRST_SCREEN_CARDS) : shown;
}

/**
 * One page of a virtualised column: the page's cards that are in the column's window, each in a
 * slot placed and measured by the column's virtualizer, and their chip names (namesReach).
 * The names of cards nobody scrolled near are never asked for.
 */
export const ColumnPage = memo(function ColumnPage({
  tasks,
  visible,
  offset,
  setSize,
  measure,
  onStatusChange,
}: {
  /** The page's tasks that the column shows (a "linked" filter hides some). */
  tasks: readonly Task[];
  /** The window's slots that fall in this page: column-wide index, and top within the list. */
  visible: readonly Slot[];
  /** The column-wide index of `tasks[0]`. */
  offset: number;
  /** How many tasks the column holds, for aria-setsize; -1 while unknown. */
  setSize: number;
  /** The virtualizer's measuring ref: cards differ in height. */
  measure: (node: Element | null) => void;
  onStatusChange: (task: Task, status: TaskStatus) => void;
}) {
  // The reach only grows, so scrolling back up never turns names the page has into a new query.
  const reach = namesReach(visible, offset, tasks.length);
  const [reached, setReached] = useState(reach);
  if (reach > reached) setReached(reach);
  const { names, failed } = usePageNames(tasks, Math.max(reach, reached));
  return visible.map((item) => {
    const task = tasks[item.index - offset];
    if (!task) return null;
    return (
      <div
        key={task.id}
        ref={measure}
        data-index={item.index}
        data-task-id={task.id}
        className={styles.slot}
        style={{ transform: `translateY(${item.start}px)` }}
      >
        <TaskCard
          task={task}
          names={names}
          namesFailed={failed}
          onStatusChange={onStatusChange}
          position={item.index + 1}
          setSize={setSize}
        />
      </div>
    );
  });
});
