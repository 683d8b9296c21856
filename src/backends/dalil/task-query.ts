import type { DueFilter, TaskListQuery } from '@/backends/backend';
import { and, contains, eq, gte, isNull, lt, neq, or, type Filter } from './filter';

// The board's question in Twenty's words. Due buckets are read in the user's local time zone:
//  - overdue: due before now and not done (a finished task is not late; a task with no status
//    counts as open),
//  - today:   due in [start of today, start of tomorrow),
//  - week:    due in [start of today, start of the day 7 days later): today and the next 6 days,
//  - none:    no due date.

export function startOfLocalDay(date: Date, addDays = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + addDays);
}

export function dueFilter(due: DueFilter, now: Date): Filter | undefined {
  const iso = (d: Date) => d.toISOString();
  switch (due) {
    case 'overdue':
      return and(lt('dueAt', iso(now)), or(neq('status', 'DONE'), isNull('status')));
    case 'today':
      return and(
        gte('dueAt', iso(startOfLocalDay(now))),
        lt('dueAt', iso(startOfLocalDay(now, 1))),
      );
    case 'week':
      return and(
        gte('dueAt', iso(startOfLocalDay(now))),
        lt('dueAt', iso(startOfLocalDay(now, 7))),
      );
    case 'none':
      return isNull('dueAt');
  }
}

export function taskListFilter(query: TaskListQuery): Filter | undefined {
  const search = query.search?.trim();
  return and(
    query.status && eq('status', query.status),
    search ? contains('title', search) : undefined,
    query.assignee === 'unassigned'
      ? isNull('assigneeId')
      : query.assignee
        ? eq('assigneeId', query.assignee)
        : undefined,
    query.due ? dueFilter(query.due, query.now ?? new Date()) : undefined,
    query.dueFrom ? gte('dueAt', query.dueFrom) : undefined,
    query.dueBefore ? lt('dueAt', query.dueBefore) : undefined,
    query.open ? or(neq('status', 'DONE'), isNull('status')) : undefined,
  );
}
