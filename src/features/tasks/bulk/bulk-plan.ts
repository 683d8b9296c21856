import type { QueryClient } from '@tanstack/react-query';
import { isNotFound } from '@/backends/api-error';
import type { Backend, TaskPatch } from '@/backends/backend';
import { STATUS_LABELS } from '@/domain/labels';
import type {
  Member,
  RecordRef,
  RecordSummary,
  Task,
  TaskStatus,
  TaskTarget,
} from '@/domain/types';
import {
  applyTaskPatch,
  patchRecordRelations,
  patchTaskRelations,
  removeTaskFromCaches,
} from '../api/cache';
import { canRestoreTask, restoreTask } from '../api/restore-task';
import type { WriteResult } from './run-batch';

// What one bulk action writes for each task, and how each write is undone. Every write is safe
// to send twice: a status, assignee or due date is set to an absolute value; a link carries an
// id made once per task for the whole batch (a repeat is "already exists", which counts as
// done); a delete that finds the task gone counts as done. So a retry after a lost answer
// never makes a second anything.

export type BulkChange =
  | { kind: 'status'; status: TaskStatus }
  | { kind: 'assignee'; member: Member | null }
  | { kind: 'due'; dueAt: string | null; words: string }
  | { kind: 'link'; record: RecordSummary }
  | { kind: 'delete' };

export type BulkPlan = {
  kind: BulkChange['kind'];
  /** While it runs: "Moving to Done". */
  doing: string;
  /** Once done: "Moved 12 tasks to Done". */
  did: (count: number) => string;
  tasks: ReadonlyMap<string, Task>;
  write: (id: string) => Promise<WriteResult>;
  /** Puts one task back as it was; null where it cannot be (then the UI says so). */
  undo: ((id: string) => Promise<void>) | null;
  /** Records whose relations the batch touched, to read again afterwards. */
  records: readonly RecordRef[];
};

const tasksWord = (count: number) => `${count} ${count === 1 ? 'task' : 'tasks'}`;
const stamp = (saved: Task) => ({ updatedAt: saved.updatedAt });

function fieldPlan(
  backend: Backend,
  queryClient: QueryClient,
  tasks: ReadonlyMap<string, Task>,
  patchOf: (task: Task) => TaskPatch,
  shown: (patch: TaskPatch) => Partial<Task>,
): Pick<BulkPlan, 'write' | 'undo'> {
  const same = (task: Task, patch: TaskPatch) =>
    (Object.keys(patch) as (keyof TaskPatch)[]).every(
      (key) => (patch[key] ?? null) === ((task as Record<string, unknown>)[key] ?? null),
    );
  const changed = new Set<string>();
  const save = async (id: string, patch: TaskPatch, from: Task) => {
    const saved = await backend.updateTask(id, patch);
    applyTaskPatch(queryClient, from, { ...shown(patch), ...stamp(saved) });
  };
  return {
    async write(id) {
      const task = tasks.get(id)!;
      const patch = patchOf(task);
      // Nothing to send: the task already has the value (and nothing to undo either).
      if (same(task, patch)) return { note: 'No change needed' };
      await save(id, patch, task);
      changed.add(id);
    },
    async undo(id) {
      const task = tasks.get(id)!;
      if (!changed.has(id)) return;
      const previous: TaskPatch = {};
      for (const key of Object.keys(patchOf(task)) as (keyof TaskPatch)[]) {
        Object.assign(previous, { [key]: task[key as keyof Task] ?? null });
      }
      await save(id, previous, { ...task, ...shown(patchOf(task)) });
      // Its name came with the task as it was; a bare id would show no name.
      if ('assigneeId' in previous) {
        applyTaskPatch(queryClient, { ...task, ...previous }, { assignee: task.assignee });
      }
      changed.delete(id);
    },
  };
}

export function planBulk(
  change: BulkChange,
  selected: readonly Task[],
  backend: Backend,
  queryClient: QueryClient,
): BulkPlan {
  const tasks = new Map(selected.map((task) => [task.id, task]));
  return { kind: change.kind, ...describePlan(change, selected, tasks, backend, queryClient) };
}

function describePlan(
  change: BulkChange,
  selected: readonly Task[],
  tasks: ReadonlyMap<string, Task>,
  backend: Backend,
  queryClient: QueryClient,
): Omit<BulkPlan, 'kind'> {
  const { capabilities } = backend;
  switch (change.kind) {
    case 'status': {
      const label = STATUS_LABELS[change.status];
      return {
        doing: `Moving to ${label}`,
        did: (n) => `Moved ${tasksWord(n)} to ${label}`,
        tasks,
        records: [],
        ...fieldPlan(
          backend,
          queryClient,
          tasks,
          (task) =>
            // A status the app has no name for cannot be written back by Undo: left as it is.
            task.status === null ? {} : { status: change.status },
          (patch) => patch,
        ),
      };
    }
    case 'assignee': {
      const { member } = change;
      const name = member?.name ?? null;
      return {
        doing: name ? `Assigning to ${name}` : 'Unassigning',
        did: (n) => (name ? `Assigned ${tasksWord(n)} to ${name}` : `Unassigned ${tasksWord(n)}`),
        tasks,
        records: [],
        ...fieldPlan(
          backend,
          queryClient,
          tasks,
          () => ({ assigneeId: member?.id ?? null }),
          (patch) => ({
            ...patch,
            assignee:
              patch.assigneeId === member?.id && member
                ? { id: member.id, name: member.name }
                : patch.assigneeId === null
                  ? null
                  : undefined,
          }),
        ),
      };
    }
    case 'due':
      return {
        doing: change.dueAt ? `Setting the due date to ${change.words}` : 'Clearing the due date',
        did: (n) =>
          change.dueAt
            ? `Set ${tasksWord(n)} due ${change.words}`
            : `Cleared the due date of ${tasksWord(n)}`,
        tasks,
        records: [],
        ...fieldPlan(
          backend,
          queryClient,
          tasks,
          () => ({ dueAt: change.dueAt }),
          (patch) => patch,
        ),
      };
    case 'link':
      return linkPlan(change.record, tasks, backend, queryClient);
    case 'delete':
      return {
        doing: 'Deleting',
        did: (n) => `Deleted ${tasksWord(n)}`,
        tasks,
        records: [...tasks.values()].flatMap((task) =>
          (task.targets ?? []).flatMap((t) => (t.target ? [t.target] : [])),
        ),
        async write(id) {
          try {
            await backend.deleteTask(id);
          } catch (error) {
            // Gone already (an earlier try whose answer was lost): what was asked is done.
            if (!isNotFound(error)) throw error;
          }
          removeTaskFromCaches(queryClient, id);
        },
        undo: selected.every((task) => canRestoreTask(capabilities, task))
          ? async (id) => {
              await restoreTask(backend, queryClient, tasks.get(id)!);
            }
          : null,
      };
  }
}

function linkPlan(
  record: RecordSummary,
  tasks: ReadonlyMap<string, Task>,
  backend: Backend,
  queryClient: QueryClient,
): Omit<BulkPlan, 'kind'> {
  const target: RecordRef = { kind: record.kind, id: record.id };
  // One relation id per task for the whole batch: a retry re-sends the same one.
  const linkIds = new Map([...tasks.keys()].map((id) => [id, crypto.randomUUID()]));
  const made = new Set<string>();
  const max = backend.capabilities.maxTargetsPerTask;
  return {
    doing: `Linking to ${record.name}`,
    did: (n) => `Linked ${tasksWord(n)} to ${record.name}`,
    tasks,
    records: [target],
    async write(id) {
      const task = tasks.get(id)!;
      const targets = task.targets ?? [];
      if (targets.some((t) => t.target?.kind === target.kind && t.target.id === target.id)) {
        return { note: 'Already linked' };
      }
      if (max !== null && targets.length >= max) {
        throw new Error(`It already has ${max === 1 ? 'its one link' : `${max} links`}.`);
      }
      const relation: TaskTarget = await backend.createTaskTarget({
        id: linkIds.get(id)!,
        taskId: id,
        target,
      });
      made.add(id);
      const add = (list: TaskTarget[]) =>
        list.some((t) => t.id === relation.id) ? list : [...list, relation];
      patchTaskRelations(queryClient, id, add);
      patchRecordRelations(queryClient, target, add);
    },
    async undo(id) {
      if (!made.has(id)) return;
      const linkId = linkIds.get(id)!;
      await backend.deleteTaskTarget(linkId).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
      made.delete(id);
      const drop = (list: TaskTarget[]) => list.filter((t) => t.id !== linkId);
      patchTaskRelations(queryClient, id, drop);
      patchRecordRelations(queryClient, target, drop);
    },
  };
}
