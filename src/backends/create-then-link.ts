import type { Backend, NewTask } from './backend';
import type { RecordRef, Task } from '@/domain/types';

/** createTaskOnTarget for backends that link after creating: both writes carry client ids, so a
 *  retry after a lost answer repeats neither. */
export async function createThenLink(
  backend: Pick<Backend, 'createTask' | 'createTaskTarget' | 'getTask'>,
  { linkId, target, ...task }: NewTask & { linkId: string; target: RecordRef },
): Promise<Task> {
  await backend.createTask(task);
  await backend.createTaskTarget({ id: linkId, taskId: task.id, target });
  return backend.getTask(task.id);
}
