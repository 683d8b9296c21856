import {
  TASK_STATUSES,
  type RecordSummary,
  type Task,
  type TaskStatus,
  type TaskTarget,
} from '@/domain/types';
import type { RelatedRecord } from './api/queries';

/** One task in a record's Tasks panel, and how it is linked to the record. */
export type PanelEntry = {
  taskId: string;
  /** The relation to this record itself (what Unlink removes); null when only linked via others. */
  direct: TaskTarget | null;
  /** The people or opportunities it is linked through, on a company page with the toggle on. */
  via: RecordSummary[];
};

/** The record's own relations first, then those reached through its people and opportunities. */
export function buildEntries(own: readonly TaskTarget[], related: readonly RelatedRecord[] = []) {
  const byTask = new Map<string, PanelEntry>();
  for (const target of own) {
    if (!byTask.has(target.taskId))
      byTask.set(target.taskId, { taskId: target.taskId, direct: target, via: [] });
  }
  for (const record of related) {
    for (const target of record.taskTargets) {
      const entry = byTask.get(target.taskId) ?? { taskId: target.taskId, direct: null, via: [] };
      if (!entry.via.some((v) => v.kind === record.kind && v.id === record.id)) {
        entry.via.push({ kind: record.kind, id: record.id, name: record.name });
      }
      byTask.set(target.taskId, entry);
    }
  }
  return [...byTask.values()];
}

export type PanelItem = PanelEntry & { task: Task };
export type PanelGroup = { status: TaskStatus; items: PanelItem[] };

const dueTime = (task: Task) => (task.dueAt ? Date.parse(task.dueAt) : Number.POSITIVE_INFINITY);

/**
 * Groups entries by status (a task without one counts as To do), soonest due first. Entries
 * whose task has not arrived yet are left out until it does.
 */
export function groupByStatus(entries: readonly PanelEntry[], tasks: ReadonlyMap<string, Task>) {
  const groups: PanelGroup[] = TASK_STATUSES.map((status) => ({ status, items: [] }));
  for (const entry of entries) {
    const task = tasks.get(entry.taskId);
    if (!task) continue;
    const group = groups.find((g) => g.status === (task.status ?? 'TODO'));
    group?.items.push({ ...entry, task });
  }
  for (const group of groups) {
    group.items.sort(
      (a, b) => dueTime(a.task) - dueTime(b.task) || a.task.title.localeCompare(b.task.title),
    );
  }
  return groups;
}
