import { memo } from 'react';
import type { Page, Task, TaskStatus } from '@/domain/types';
import { usePageNames } from '../use-page-names';
import { TaskCard } from './task-card';
import styles from './task-column.module.css';

export type Slot = { index: number; start: number };

/**
 * One page of a virtualised column: one batch of chip names per record kind for the whole page
 * (asked for when the page lands, so names are ready before its cards scroll into view), and
 * only the page's cards that are in the column's window, each in a slot placed and measured by
 * the column's virtualizer.
 */
export const ColumnPage = memo(function ColumnPage({
  page,
  tasks,
  visible,
  offset,
  setSize,
  measure,
  onStatusChange,
}: {
  page: Page<Task>;
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
  const { names, failed } = usePageNames(page.items);
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
