import type { QueryClient } from '@tanstack/react-query';
import type { Task, TaskInput, TaskTarget } from '@/domain/types';
import { applyTaskPatch, patchRecordRelations } from '../api/cache';
import { taskQueries } from '../api/queries';
import type { LinkState } from './link-machine';

/**
 * A task created while the server is away waits in the offline queue, and the refetches that
 * would show it are paused until the server is back. Meanwhile it is written into the caches
 * by hand, as the server will hold it: on the board, in its own view, and on each linked
 * record, so the user sees what they made.
 */
export function showQueuedCreate(
  queryClient: QueryClient,
  state: LinkState,
  input: TaskInput,
): void {
  const taskId = state.taskId;
  if (!taskId) return;
  const now = new Date().toISOString();
  const targets: TaskTarget[] = state.links
    .filter((link) => link.status === 'linked')
    .map((link) => ({
      id: link.relationId,
      taskId,
      target: { kind: link.target.kind, id: link.target.id },
      createdAt: now,
    }));
  const task: Task = { id: taskId, ...input, targets, createdAt: now, updatedAt: now };
  queryClient.setQueryData(taskQueries.detailKey(taskId), task);
  // "Before", it matched no list, so every list it now matches counts one more.
  applyTaskPatch(queryClient, { ...task, status: null, title: '\u0000' }, task);
  for (const relation of targets) {
    if (!relation.target) continue;
    patchRecordRelations(queryClient, relation.target, (list) =>
      list.some((t) => t.id === relation.id) ? list : [...list, relation],
    );
  }
}
