import { memo, useId, useMemo } from 'react';
import type { Task, TaskStatus } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { TaskLink } from '@/components/task-link';
import { focusAttributes } from '@/components/task-focus/focus-attributes';
import type { NameMap } from '../use-page-names';
import { AssigneeAvatar } from './assignee-avatar';
import { AssigneeButton } from './assignee-button';
import { CardDue } from './card-due';
import { DueLabel } from './due-label';
import { StatusMenu } from './status-menu';
import { TargetChips } from './target-chips';
import { SelectTaskCheckbox } from '../bulk/select-task-checkbox';
import { useIsTaskSelected } from '../bulk/use-task-selection';
import { useCardDrag } from './drag/use-drag';
import styles from './task-card.module.css';
import { taskTitle } from '@/domain/labels';

export type TaskCardProps = {
  task: Task;
  names: NameMap;
  namesFailed: boolean;
  onStatusChange: (task: Task, status: TaskStatus) => void;
  /** 1-based place in its column, and the column's size (-1: unknown), read out by screen
   *  readers: a virtualised column draws only some of its cards. */
  position?: number;
  setSize?: number;
};

type CardBodyProps = Omit<TaskCardProps, 'onStatusChange' | 'position' | 'setSize'> & {
  /** The assignee is a button that opens the assignee menu (the board's cards, not the preview). */
  assignable?: boolean;
  /** The due date is a button that changes it (the board's cards, not the preview). */
  dueEditable?: boolean;
};

/** The card's content, shared by the board and the drag preview. */
export function TaskCardBody({
  task,
  names,
  namesFailed,
  assignable = false,
  dueEditable = false,
}: CardBodyProps) {
  return (
    <>
      <div className={styles.meta}>
        {dueEditable ? (
          <CardDue task={task} title={taskTitle(task)} />
        ) : (
          <DueLabel dueAt={task.dueAt} status={task.status} />
        )}
        {assignable ? (
          <AssigneeButton task={task} />
        ) : (
          <AssigneeAvatar assigneeId={task.assigneeId} assignee={task.assignee} />
        )}
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
  const { task, onStatusChange, position, setSize, ...body } = props;
  const title = taskTitle(task);
  const titleId = useId();
  // Where the status cannot change, a card offers no way to try: no grip, no drag, no menu.
  const { capabilities } = useBackend();
  const movable = capabilities.canChangeStatus;
  const selected = useIsTaskSelected(task.id);
  const assignable = capabilities.canEditTasks && capabilities.canListMembers;
  const data = useMemo(() => ({ task, names: props.names }), [task, props.names]);
  const { attributes, setNodeRef, setActivatorNodeRef, isDragging, onPointerDown, onKeyDown } =
    useCardDrag(task.id, data, !movable);
  return (
    <article
      ref={setNodeRef}
      aria-labelledby={titleId}
      aria-posinset={position}
      aria-setsize={position === undefined ? undefined : setSize}
      className={styles.card}
      data-dragging={isDragging || undefined}
      data-done={task.status === 'DONE' || undefined}
      data-selected={selected || undefined}
      onPointerDown={movable ? onPointerDown : undefined}
    >
      <div className={styles.head}>
        <SelectTaskCheckbox taskId={task.id} title={title} />
        {movable ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            onKeyDown={onKeyDown}
            className={styles.grip}
            aria-label={`Move ${title}`}
            {...focusAttributes(task.id, 'grip')}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
        <h3 id={titleId} className={styles.title} title={title}>
          <TaskLink
            taskId={task.id}
            className={styles.titleLink}
            {...focusAttributes(task.id, 'title')}
          >
            {title}
          </TaskLink>
        </h3>
        {movable ? (
          <StatusMenu
            title={title}
            status={task.status}
            onChange={(status) => onStatusChange(task, status)}
            focusTarget={focusAttributes(task.id, 'status')}
          />
        ) : null}
      </div>
      <TaskCardBody
        task={task}
        {...body}
        assignable={assignable}
        dueEditable={capabilities.canEditTasks}
      />
    </article>
  );
});

/** What follows the pointer (or the keyboard) while a card is dragged. */
export function TaskCardPreview(
  props: Omit<TaskCardProps, 'onStatusChange' | 'position' | 'setSize'>,
) {
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
