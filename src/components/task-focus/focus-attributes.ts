import { FOCUS_PART_ATTRIBUTE, FOCUS_TASK_ATTRIBUTE, type TaskFocusPart } from './task-focus';

/** The attributes that let focusTask find a task's card or row part after a re-render. */
export function focusAttributes(taskId: string, part: TaskFocusPart): Record<string, string> {
  return { [FOCUS_TASK_ATTRIBUTE]: taskId, [FOCUS_PART_ATTRIBUTE]: part };
}
