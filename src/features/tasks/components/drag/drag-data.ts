import { TASK_STATUSES, type Task, type TaskStatus } from '@/domain/types';

// What a drag carries, read without dnd-kit's code (the board reads it before that has loaded).

export function isTaskStatus(value: unknown): value is TaskStatus {
  return TASK_STATUSES.some((status) => status === value);
}

export function draggedTask(data: { current?: Record<string, unknown> | undefined } | undefined) {
  const task = data?.current?.task;
  return task && typeof task === 'object' ? (task as Task) : null;
}
