import type { Backend } from '../backend';
import type { RecordRef, Task } from '@/domain/types';

// What a write changed on the server, told to whoever listens (the tab-sync feature sends it to
// the app's other tabs). It sits on the backend that talks to the server, under the offline
// queue: a write is told once the server has it, whether it went at once or from the queue, and
// no write method can be forgotten by a screen, since every one of them passes here.

/** The tasks, relations and records a write touched; any list may be empty. */
export type BackendChange = {
  taskIds: string[];
  relationIds: string[];
  records: RecordRef[];
};

export type ChangeFeed = {
  subscribe(listener: (change: BackendChange) => void): () => void;
};

type Emitter = ChangeFeed & { emit(change: Partial<BackendChange>): void };

function createEmitter(): Emitter {
  const listeners = new Set<(change: BackendChange) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit({ taskIds = [], relationIds = [], records = [] }) {
      const change = { taskIds, relationIds, records };
      for (const listener of [...listeners]) listener(change);
    },
  };
}

const recordsOf = (task: Task | undefined): RecordRef[] =>
  (task?.targets ?? []).flatMap((relation) => (relation.target ? [relation.target] : []));

/** `inner` with every write reported, after the server took it, to `changes`' listeners. */
export function withChangeFeed(inner: Backend): Backend & { readonly changes: ChangeFeed } {
  const feed = createEmitter();

  async function told<T>(run: Promise<T>, change: (result: T) => Partial<BackendChange>) {
    const result = await run;
    feed.emit(change(result));
    return result;
  }

  return {
    ...inner,
    changes: { subscribe: feed.subscribe },
    createTask: (input) => told(inner.createTask(input), () => ({ taskIds: [input.id] })),
    updateTask: (id, patch) =>
      told(inner.updateTask(id, patch), (task) => ({ taskIds: [id], records: recordsOf(task) })),
    deleteTask: (id) => told(inner.deleteTask(id), () => ({ taskIds: [id] })),
    createTaskOnTarget: (input) =>
      told(inner.createTaskOnTarget(input), () => ({
        taskIds: [input.id],
        relationIds: [input.linkId],
        records: [input.target],
      })),
    createTaskTarget: (input) =>
      told(inner.createTaskTarget(input), () => ({
        taskIds: [input.taskId],
        relationIds: [input.id],
        records: [input.target],
      })),
    updateTaskTarget: (id, target) =>
      told(inner.updateTaskTarget(id, target), (relation) => ({
        taskIds: [relation.taskId],
        relationIds: [id],
        // The record it left is found by the relation's id in the listeners' own caches.
        records: [target],
      })),
    deleteTaskTarget: (id) => told(inner.deleteTaskTarget(id), () => ({ relationIds: [id] })),
  };
}
