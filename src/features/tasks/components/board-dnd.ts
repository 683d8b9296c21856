import {
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { TASK_STATUSES } from '@/domain/types';
import { draggedTask, isTaskStatus } from './drag/drag-data';
import { STATUS_LABELS } from '@/domain/labels';
import { taskTitle } from '@/domain/labels';

// Drag between columns. The keyboard jumps a whole column per arrow press (left/right, or
// up/down where the columns stack on a phone) instead of nudging the card a few pixels.

const NEXT = ['ArrowRight', 'ArrowDown'];
const PREVIOUS = ['ArrowLeft', 'ArrowUp'];

export const columnCoordinates: KeyboardCoordinateGetter = (event, { active, context }) => {
  const step = NEXT.includes(event.code) ? 1 : PREVIOUS.includes(event.code) ? -1 : 0;
  const { collisionRect, droppableRects, over } = context;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const from = isTaskStatus(over?.id) ? over.id : draggedTask(context.active?.data)?.status;
  const index = TASK_STATUSES.indexOf(from ?? 'TODO');
  const target = TASK_STATUSES[Math.min(TASK_STATUSES.length - 1, Math.max(0, index + step))];
  const rect = target ? droppableRects.get(target) : undefined;
  if (!rect || active === null) return undefined;
  return {
    x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2),
    y: rect.top + Math.min(48, Math.max(0, rect.height - collisionRect.height) / 2),
  };
};

/** The column under the pointer; for the keyboard (no pointer), the column the card overlaps most. */
export const columnCollision: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

const columnName = (id: unknown) => (isTaskStatus(id) ? STATUS_LABELS[id] : 'no column');

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this task to another column, press Space to pick it up. Use the arrow keys to ' +
    'choose a column, then press Space to drop it there, or Escape to cancel.',
};

export const announcements: Announcements = {
  onDragStart({ active }) {
    const task = draggedTask(active.data);
    return `Picked up ${task ? taskTitle(task) : 'task'} from ${columnName(task?.status)}.`;
  },
  onDragOver({ active, over }) {
    const task = draggedTask(active.data);
    return `${task ? taskTitle(task) : 'Task'} is over ${columnName(over?.id)}.`;
  },
  onDragEnd({ active, over }) {
    const task = draggedTask(active.data);
    const name = task ? taskTitle(task) : 'Task';
    if (!over || over.id === task?.status)
      return `${name} was dropped back in ${columnName(task?.status)}.`;
    return `${name} was moved to ${columnName(over.id)}.`;
  },
  onDragCancel({ active }) {
    const task = draggedTask(active.data);
    return `Moving ${task ? taskTitle(task) : 'the task'} was cancelled. It stays in ${columnName(task?.status)}.`;
  },
};
