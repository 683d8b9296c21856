import type { DueFilter, TaskSort } from '@/backends/backend';
import type { RecordKind, Task, TaskStatus } from '@/domain/types';
import { addDays } from '@/lib/local-date';
import { UNASSIGNED } from './board-params';

// Client-side mirrors of what the server does for a list query. The optimistic status change
// uses them to decide whether (and where) a moved card belongs in a cached column before the
// server has answered; the linked-record filter has no server side and lives only here.

export type ServerListFilters = {
  status: TaskStatus;
  search: string;
  assignee: string | null;
  due: DueFilter | null;
  sort: TaskSort;
};

const DAY_MS = 86_400_000;

export function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Calendar days from today to `date` in the local time zone (negative in the past). */
export function dayDifference(date: Date, now: Date): number {
  return Math.round((startOfLocalDay(date).getTime() - startOfLocalDay(now).getTime()) / DAY_MS);
}

/** As the backend reads it: overdue is due before now and not done; the rest are local days. */
export function matchesDue(
  task: Pick<Task, 'dueAt' | 'status'>,
  due: DueFilter,
  now: Date,
): boolean {
  const { dueAt } = task;
  if (due === 'none') return dueAt === null;
  if (dueAt === null) return false;
  const at = new Date(dueAt).getTime();
  const today = startOfLocalDay(now).getTime();
  if (due === 'overdue') return at < now.getTime() && task.status !== 'DONE';
  if (due === 'today') return at >= today && at < addDays(now, 1).getTime();
  return at >= today && at < addDays(now, 7).getTime();
}

export function matchesListFilters(task: Task, filters: ServerListFilters, now: Date): boolean {
  if (task.status !== filters.status) return false;
  if (filters.search && !task.title.toLowerCase().includes(filters.search.toLowerCase())) {
    return false;
  }
  if (filters.assignee === UNASSIGNED && task.assigneeId !== null) return false;
  if (filters.assignee && filters.assignee !== UNASSIGNED && task.assigneeId !== filters.assignee) {
    return false;
  }
  return filters.due ? matchesDue(task, filters.due, now) : true;
}

export function isLinkedTo(task: Task, kind: RecordKind): boolean {
  return (task.targets ?? []).some((relation) => relation.target?.kind === kind);
}

/**
 * The order the backend lists a column in: due soonest first (no date last), newest first, or
 * most recently changed first; ties by id, as Twenty breaks them.
 */
export function compareTasks(sort: TaskSort): (a: Task, b: Task) => number {
  if (sort === 'createdAt') {
    return (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
  }
  if (sort === 'updatedAt') {
    return (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
  }
  return (a, b) => {
    if (a.dueAt !== b.dueAt) {
      if (a.dueAt === null) return 1;
      if (b.dueAt === null) return -1;
      const diff = new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime();
      if (diff !== 0) return diff;
    }
    // Then newest first, as the backend's second order_by key.
    return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
  };
}
