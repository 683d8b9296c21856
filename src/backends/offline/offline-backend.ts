import { isNotFound } from '../api-error';
import type { Backend, NewTask, TaskPatch } from '../backend';
import type { RecordRef, Task, TaskTarget } from '@/domain/types';
import { createOfflineSync, isUnreachable, type OfflineSync } from './offline-sync';
import {
  browserStorage,
  createWriteQueue,
  queueStorageKey,
  type QueuedWrite,
  type WriteQueue,
} from './write-queue';

// A Backend that keeps working while the server is away. Every call tells the offline sync
// whether the server answered. A task write made while it is away (or while earlier writes still
// wait) is queued and answered at once with what the server will hold once it arrives, so the
// screens' optimistic updates stand; the queue sends it later (offline-sync.ts). Only backends
// whose writes all carry client-made ids queue writes: replaying a write is then harmless.

export type OfflineBackendOptions = {
  /** Queue writes (the Dalil contract: every write carries its client-made id). */
  queueWrites: boolean;
  /** Where the queue is kept; by default localStorage under a key for this backend. */
  queue?: WriteQueue;
  storageKey?: string;
  sync?: Partial<Parameters<typeof createOfflineSync>[0]>;
};

type Wrapped = Backend & { readonly offline: OfflineSync };

function navigatorLock(name: string) {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return undefined;
  return (run: () => Promise<void>) => locks.request(name, run);
}

export function withOfflineQueue(inner: Backend, options: OfflineBackendOptions): Wrapped {
  const key = options.storageKey ?? queueStorageKey(inner.kind, 'default');
  const queue =
    options.queue ?? createWriteQueue(key, options.queueWrites ? browserStorage() : null);

  // The last state the server gave for each task and relation, to answer a queued write with
  // the whole record the screens expect.
  const tasks = new Map<string, Task>();
  const relations = new Map<string, TaskTarget>();
  function remember(value: unknown): void {
    const list = Array.isArray(value)
      ? value
      : typeof value === 'object' &&
          value !== null &&
          Array.isArray((value as { items?: unknown }).items)
        ? (value as { items: unknown[] }).items
        : [value];
    for (const item of list) {
      if (!isTask(item)) continue;
      tasks.set(item.id, item);
      for (const relation of item.targets ?? []) relations.set(relation.id, relation);
    }
  }

  const sync = createOfflineSync({
    queue,
    probe: async () => {
      const report = await inner.testConnection();
      return report.ok || (report.reason !== 'unreachable' && report.reason !== 'server-error');
    },
    replay: (write) => send(write),
    lock: navigatorLock(key),
    ...options.sync,
  });

  async function send(write: QueuedWrite): Promise<void> {
    switch (write.type) {
      case 'createTask':
        await inner.createTask(write.input);
        return;
      case 'updateTask':
        await inner.updateTask(write.id, write.patch);
        return;
      case 'deleteTask':
        await ignoreNotFound(inner.deleteTask(write.id));
        return;
      case 'createTaskOnTarget':
        await inner.createTaskOnTarget(write.input);
        return;
      case 'createTaskTarget':
        await inner.createTaskTarget(write.input);
        return;
      case 'updateTaskTarget':
        await inner.updateTaskTarget(write.id, write.target);
        return;
      case 'deleteTaskTarget':
        await ignoreNotFound(inner.deleteTaskTarget(write.id));
        return;
    }
  }

  async function observe<T>(call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      sync.reportReachable();
      remember(result);
      return result;
    } catch (error) {
      if (isUnreachable(error)) sync.reportUnreachable();
      throw error;
    }
  }

  async function write<T>(
    queued: QueuedWrite,
    direct: () => Promise<T>,
    shown: () => T,
  ): Promise<T> {
    if (!options.queueWrites) return observe(direct);
    if (sync.mustQueue()) {
      sync.enqueue(queued);
      return shown();
    }
    try {
      return await observe(direct);
    } catch (error) {
      // It may have reached the server before the connection broke: the replay, carrying the
      // same ids, then changes nothing.
      if (!isUnreachable(error)) throw error;
      sync.enqueue(queued);
      return shown();
    }
  }

  const now = () => new Date().toISOString();

  function newTask(input: NewTask, targets: TaskTarget[]): Task {
    const task: Task = {
      id: input.id,
      title: input.title,
      bodyMarkdown: input.bodyMarkdown,
      status: input.status,
      dueAt: input.dueAt,
      assigneeId: input.assigneeId,
      targets,
      createdAt: now(),
      updatedAt: now(),
    };
    remember(task);
    return task;
  }

  function patched(id: string, patch: TaskPatch): Task {
    const known = tasks.get(id);
    const { order: _order, dueDate: _dueDate, ...fields } = patch;
    const task: Task = known
      ? { ...known, ...fields, updatedAt: now() }
      : {
          id,
          title: '',
          bodyMarkdown: null,
          status: null,
          dueAt: null,
          assigneeId: null,
          ...fields,
          createdAt: now(),
          updatedAt: now(),
        };
    tasks.set(id, task);
    return task;
  }

  function relation(id: string, taskId: string, target: RecordRef): TaskTarget {
    const made: TaskTarget = { id, taskId, target, createdAt: now() };
    relations.set(id, made);
    const task = tasks.get(taskId);
    if (task) {
      const others = (task.targets ?? []).filter((t) => t.id !== id);
      tasks.set(taskId, { ...task, targets: [...others, made] });
    }
    return made;
  }

  const wrapped: Wrapped = {
    ...inner,
    offline: sync,
    testConnection: (signal) => inner.testConnection(signal),
    listTasks: (query, signal) => observe(() => inner.listTasks(query, signal)),
    getTask: (id, signal) => {
      // A task created while offline exists only here until the queue delivers it.
      const queued = queuedTask(queue, id, tasks);
      return queued ? Promise.resolve(queued) : observe(() => inner.getTask(id, signal));
    },
    getTasksByIds: (ids, signal) => {
      // While the server is away, a list of tasks all seen before (or made offline) is answered
      // from them, so a record page can show a task just made there.
      const known = ids.map((id) => tasks.get(id));
      if (sync.getSnapshot().status !== 'online' && known.every((task) => task !== undefined)) {
        return Promise.resolve(known as Task[]);
      }
      return observe(() => inner.getTasksByIds(ids, signal));
    },
    createTask: (input) =>
      write(
        { type: 'createTask', input },
        () => inner.createTask(input),
        () => newTask(input, []),
      ),
    updateTask: (id, patch) =>
      write(
        { type: 'updateTask', id, patch },
        () => inner.updateTask(id, patch),
        () => patched(id, patch),
      ),
    deleteTask: (id) =>
      write(
        { type: 'deleteTask', id },
        () => inner.deleteTask(id),
        () => undefined,
      ),
    createTaskOnTarget: (input) =>
      write(
        { type: 'createTaskOnTarget', input },
        () => inner.createTaskOnTarget(input),
        () => {
          const { linkId, target, ...task } = input;
          return newTask(task, [relation(linkId, task.id, target)]);
        },
      ),
    createTaskTarget: (input) =>
      write(
        { type: 'createTaskTarget', input },
        () => inner.createTaskTarget(input),
        () => relation(input.id, input.taskId, input.target),
      ),
    updateTaskTarget: (id, target) =>
      write(
        { type: 'updateTaskTarget', id, target },
        () => inner.updateTaskTarget(id, target),
        () => relation(id, relations.get(id)?.taskId ?? '', target),
      ),
    deleteTaskTarget: (id) =>
      write(
        { type: 'deleteTaskTarget', id },
        () => inner.deleteTaskTarget(id),
        () => undefined,
      ),
    searchMembers: (query, opts, signal) => observe(() => inner.searchMembers(query, opts, signal)),
    getMember: (id, signal) => observe(() => inner.getMember(id, signal)),
    listRecords: (kind, query, signal) => observe(() => inner.listRecords(kind, query, signal)),
    getRecordSummaries: (kind, ids, signal) =>
      observe(() => inner.getRecordSummaries(kind, ids, signal)),
    getRecord: (kind, id, signal) => observe(() => inner.getRecord(kind, id, signal)),
  };
  return wrapped;
}

async function ignoreNotFound(call: Promise<void>): Promise<void> {
  try {
    await call;
  } catch (error) {
    // Gone already (deleted elsewhere, or by an earlier send of this very write): done.
    if (!isNotFound(error)) throw error;
  }
}

function isTask(value: unknown): value is Task {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Task>).id === 'string' &&
    typeof (value as Partial<Task>).title === 'string' &&
    'status' in value
  );
}

/** A task whose create still waits in the queue, with the queued edits and links applied. */
function queuedTask(queue: WriteQueue, id: string, known: Map<string, Task>): Task | null {
  const entries = queue.entries();
  const created = entries.some(
    (e) =>
      (e.write.type === 'createTask' || e.write.type === 'createTaskOnTarget') &&
      e.write.input.id === id,
  );
  if (!created) return null;
  return known.get(id) ?? null;
}
