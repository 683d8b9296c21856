import type { MemberSummary, Task } from '@/domain/types';
import type { TaskPatch, UpdateTaskVariables } from '../api/mutations';

/**
 * The change that puts back what `patch` replaced on `before` (the task as the user saw it when
 * they edited it). The previous assignee comes with its name, so the card shows it at once.
 */
export function undoPatch(before: Task, patch: TaskPatch): UpdateTaskVariables {
  const previous: TaskPatch = {};
  for (const key of Object.keys(patch) as (keyof TaskPatch)[]) {
    if (key === 'status') previous.status = before.status ?? undefined;
    else if (key === 'title') previous.title = before.title;
    else if (key === 'bodyMarkdown') previous.bodyMarkdown = before.bodyMarkdown;
    else if (key === 'dueAt') previous.dueAt = before.dueAt;
    else previous.assigneeId = before.assigneeId;
  }
  const assignee: MemberSummary | undefined =
    patch.assigneeId !== undefined && before.assignee ? before.assignee : undefined;
  return {
    task: { ...before, ...patch, ...(patch.assigneeId === undefined ? {} : { assignee: null }) },
    patch: previous,
    ...(assignee ? { assignee } : {}),
  };
}

/** Whether the patch changes anything on `before` (a field saved with the same value does not). */
export function changesSomething(before: Task, patch: TaskPatch): boolean {
  return (Object.keys(patch) as (keyof TaskPatch)[]).some((key) => patch[key] !== before[key]);
}
