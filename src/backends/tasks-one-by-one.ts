import { ApiError } from '@/backends/api-error';
import type { Task } from '@/domain/types';

/** How many tasks are read at once where an API has no batch read: few, to stay inside rate limits. */
const PARALLEL_READS = 4;

/**
 * getTasksByIds for an API with only a single-task read: a few requests at a time, and a task
 * deleted elsewhere (404) is left out, as the port promises for unknown ids.
 */
export async function getTasksOneByOne(
  getTask: (id: string, signal?: AbortSignal) => Promise<Task>,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Task[]> {
  const unique = [...new Set(ids)];
  const found: Task[] = [];
  for (let i = 0; i < unique.length; i += PARALLEL_READS) {
    const part = await Promise.all(
      unique.slice(i, i + PARALLEL_READS).map((id) =>
        getTask(id, signal).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }),
      ),
    );
    found.push(...part.filter((t): t is Task => t !== null));
  }
  return found;
}
