import { useDraggable } from '@dnd-kit/core';
import { memo, useId, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import type { Task, TaskStatus } from '@/domain/types';
import { TaskLink } from '@/components/task-link';
import type { NameMap } from '../use-page-names';
import { AssigneeAvatar } from './assignee-avatar';
import { DueLabel } from './due-label';
import { StatusMenu } from './status-menu';
import { TargetChips } from './target-chips';
import styles from './task-card.module.css';
import { taskTitle } from '@/domain/labels';

export type TaskCardProps = {
  task: Task;
  names: NameMap;
  namesFailed: boolean;
  onStatusChange: (task: Task, status: TaskStatus) => void;
};

/** The card's content, shared by the board and the drag preview. */
export function TaskCardBody({ task, names, namesFailed }: Omit<TaskCardProps, 'onStatusChange'>) {
  return (
    <>
      <div className={styles.meta}>
        <DueLabel dueAt={task.dueAt} status={task.status} />
        <AssigneeAvatar assigneeId={task.assigneeId} assignee={task.assignee} />
      </div>
      <TargetChips targets={task.targets ?? []} names={names} namesFailed={namesFailed} />
    </>
  );
}

/**
 * One task. The whole card can be dragged with a pointer; the grip button is the keyboard's
 * way in (Space to lift, arrows to change column, Space to drop, Escape to cancel).
 */
export const TaskCard = memo(function TaskCard(props: TaskCardProps) {
  const { task, onStatusChange } = props;
  const title = taskTitle(task);
  const titleId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { task, names: props.names },
  });
  return (
    <article
      ref={setNodeRef}
      aria-labelledby={titleId}
      className={styles.card}
      data-dragging={isDragging || undefined}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <div className={styles.head}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
          className={styles.grip}
          aria-label={`Move ${title}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <h3 id={titleId} className={styles.title} title={title}>
          <TaskLink taskId={task.id} className={styles.titleLink}>
            {title}
          </TaskLink>
        </h3>
        <StatusMenu
          title={title}
          status={task.status}
          onChange={(status) => onStatusChange(task, status)}
        />
      </div>
      <TaskCardBody {...props} />
    </article>
  );
});

/** What follows the pointer (or the keyboard) while a card is dragged. */
export function TaskCardPreview(props: Omit<TaskCardProps, 'onStatusChange'>) {
  return (
    <div className={`${styles.card} ${styles.preview}`} aria-hidden="true">
      <div className={styles.head}>
        <span className={styles.grip}>⠿</span>
        <span className={styles.title}>{taskTitle(props.task)}</span>
      </div>
      <TaskCardBody {...props} />
    </div>
  );
}
