import type { QueryClient } from '@tanstack/react-query';
import type { Backend, BackendCapabilities } from '@/backends/backend';
import type { RecordRef, Task } from '@/domain/types';
import { invalidateAfterTaskChange } from './invalidate';

// Undo of a delete. The delete itself happens at once (no task hidden for 10 s and then lost
// when the tab closes, and every other tab and client sees it gone); Undo makes the task again
// with the same id, fields and relation ids. The backend takes the client's ids on create (the
// Backend port's contract for createTask and createTaskTarget), and Dalil/Twenty delete a
// task's relations with it, so none of the ids is still taken. What cannot come back: the
// created date and the place among tasks of equal due date (the server sets both anew).

/** The records the task was linked to, each with the id of its relation. */
function links(task: Task): { id: string; target: RecordRef }[] {
  return (task.targets ?? []).flatMap((relation) =>
    relation.target ? [{ id: relation.id, target: relation.target }] : [],
  );
}

/** Undo is offered only where the task and all its links can be made again. */
export function canRestoreTask(capabilities: BackendCapabilities, task: Task): boolean {
  if (!capabilities.canCreateTasks || !capabilities.canDeleteTasks) return false;
  return links(task).length === 0 || capabilities.canLinkAfterCreate;
}

export type RestoreResult = { task: Task; missingLinks: number; linkError: Error | null };

/**
 * Makes a deleted task again, with its relations. Throws when the task itself cannot be made;
 * a relation that fails is counted (its record may have been deleted meanwhile).
 */
export async function restoreTask(
  backend: Backend,
  queryClient: QueryClient,
  task: Task,
): Promise<RestoreResult> {
  const restored = await backend.createTask({
    id: task.id,
    title: task.title,
    bodyMarkdown: task.bodyMarkdown,
    // A status the app has no name for (statusLabel) cannot be written back as it was.
    status: task.status ?? 'TODO',
    dueAt: task.dueAt,
    ...(task.dueDate === undefined ? {} : { dueDate: task.dueDate }),
    assigneeId: task.assigneeId,
  });
  let missingLinks = 0;
  let linkError: Error | null = null;
  for (const link of links(task)) {
    try {
      await backend.createTaskTarget({ id: link.id, taskId: task.id, target: link.target });
    } catch (error) {
      missingLinks += 1;
      linkError = error instanceof Error ? error : new Error(String(error));
    }
  }
  await invalidateAfterTaskChange(queryClient, { records: links(task).map((l) => l.target) });
  return { task: restored, missingLinks, linkError };
}
