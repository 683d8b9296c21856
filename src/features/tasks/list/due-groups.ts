import type { DueFilter, TaskListQuery, TaskSort } from '@/backends/backend';
import type { Task } from '@/domain/types';
import { startOfNextWeek } from '@/lib/week-start';
import type { BoardFilters } from '../board-params';
import { matchesDue, startOfLocalDay } from '../task-matching';
import { UNASSIGNED } from '../board-params';

// The list view's groups by due date, as windows the server can be asked for one by one. The
// open groups never overlap and together hold every open task; Done holds the rest. The rule
// for "overdue" is the app's own (due before now and not done: format-due.ts, the board's
// Overdue filter), so a row in Today never reads "overdue", and the nav badge counts Overdue.
//
// Each window pages on a key real Twenty's cursors can follow: a dated window excludes NULLs
// and is read through the dated stream (task-pages.ts); No date sorts by createdAt and Done by
// updatedAt, which are never NULL.

export const DUE_GROUPS = [
  'overdue',
  'today',
  'tomorrow',
  'week',
  'later',
  'none',
  'done',
] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

export const DUE_GROUP_LABELS: Record<DueGroup, string> = {
  overdue: 'Overdue',
  today: 'Today',
  tomorrow: 'Tomorrow',
  week: 'This week',
  later: 'Later',
  none: 'No date',
  done: 'Done',
};

/** What an empty group says. */
export const DUE_GROUP_EMPTY: Record<DueGroup, string> = {
  overdue: 'Nothing overdue.',
  today: 'Nothing due today.',
  tomorrow: 'Nothing due tomorrow.',
  week: 'Nothing else due this week.',
  later: 'Nothing due later.',
  none: 'No open tasks without a date.',
  done: 'Nothing done yet.',
};

export type GroupWindow = {
  /** Not done (open groups) or done. */
  done: boolean;
  /** Due at or after (inclusive); null: no lower bound. */
  from: Date | null;
  /** Due before (exclusive); null: no upper bound. */
  before: Date | null;
  /** Only tasks without a due date. */
  undated: boolean;
  sort: TaskSort;
};

const open = (from: Date | null, before: Date | null): GroupWindow => ({
  done: false,
  from,
  before,
  undated: false,
  sort: 'dueAt',
});

/** The windows at `now`, with weeks starting on `weekStart` (0 Sunday … 6 Saturday). */
export function groupWindows(now: Date, weekStart: number): Record<DueGroup, GroupWindow> {
  const tomorrow = startOfLocalDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  const dayAfter = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2);
  // On the week's last day (or the one before) "this week" beyond tomorrow is empty.
  const nextWeek = new Date(
    Math.max(dayAfter.getTime(), startOfNextWeek(now, weekStart).getTime()),
  );
  return {
    overdue: open(null, now),
    today: open(now, tomorrow),
    tomorrow: open(tomorrow, dayAfter),
    week: open(dayAfter, nextWeek),
    later: open(nextWeek, null),
    none: { done: false, from: null, before: null, undated: true, sort: 'createdAt' },
    // Most recently finished first, as the board's Done column (board-params.ts, columnSort).
    done: { done: true, from: null, before: null, undated: false, sort: 'updatedAt' },
  };
}

/** False for a window that can hold nothing (This week on the week's last days). */
export function windowCanHoldTasks(window: GroupWindow): boolean {
  return window.from === null || window.before === null || window.from < window.before;
}

/** The group a task is in at `now`. */
export function groupOf(
  task: Pick<Task, 'dueAt' | 'status'>,
  now: Date,
  weekStart: number,
): DueGroup {
  if (task.status === 'DONE') return 'done';
  if (task.dueAt === null) return 'none';
  const at = new Date(task.dueAt).getTime();
  const windows = groupWindows(now, weekStart);
  for (const group of ['overdue', 'today', 'tomorrow', 'week', 'later'] as const) {
    const { from, before } = windows[group];
    if ((from === null || at >= from.getTime()) && (before === null || at < before.getTime())) {
      return group;
    }
  }
  return 'later';
}

/** The groups a board Due filter leaves anything in (the others are not asked for). */
export function groupsForDueFilter(due: DueFilter | null): readonly DueGroup[] {
  switch (due) {
    case null:
      return DUE_GROUPS;
    case 'overdue':
      return ['overdue'];
    case 'today':
      return ['overdue', 'today', 'done'];
    case 'week':
      return ['overdue', 'today', 'tomorrow', 'week', 'later', 'done'];
    case 'none':
      return ['none', 'done'];
  }
}

/** A group's query key: what the server filters on, the day and the week it is read in. */
export type DueGroupKey = Pick<BoardFilters, 'search' | 'assignee' | 'due'> & {
  group: DueGroup;
  /** The local day (YYYY-MM-DD): the windows move at midnight. */
  day: string;
  weekStart: number;
};

/** The group's question for the port at `now`. */
export function groupListQuery(
  key: DueGroupKey,
  now: Date,
): Omit<TaskListQuery, 'cursor' | 'limit'> {
  const window = groupWindows(now, key.weekStart)[key.group];
  return {
    search: key.search || undefined,
    assignee: key.assignee ?? undefined,
    due: window.undated ? (key.due ?? 'none') : (key.due ?? undefined),
    ...(window.done ? { status: 'DONE' as const } : { open: true }),
    dueFrom: window.from?.toISOString(),
    dueBefore: window.before?.toISOString(),
    sort: window.sort,
    direction: window.sort === 'dueAt' ? 'asc' : 'desc',
    now,
  };
}

/** As the server would answer `key` at `now`: for showing a change before the server has. */
export function matchesGroup(task: Task, key: DueGroupKey, now: Date): boolean {
  if (groupOf(task, now, key.weekStart) !== key.group) return false;
  if (key.search && !task.title.toLowerCase().includes(key.search.toLowerCase())) return false;
  if (key.assignee === UNASSIGNED && task.assigneeId !== null) return false;
  if (key.assignee && key.assignee !== UNASSIGNED && task.assigneeId !== key.assignee) return false;
  return key.due ? matchesDue(task, key.due, now) : true;
}
