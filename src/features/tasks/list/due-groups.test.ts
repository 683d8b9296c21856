import { describe, expect, it } from 'vitest';
import type { Task } from '@/domain/types';
import {
  groupListQuery,
  groupOf,
  groupWindows,
  groupsForDueFilter,
  matchesGroup,
  windowCanHoldTasks,
  type DueGroupKey,
} from './due-groups';

// A fixed clock: Wednesday 2 December 2026, 15:30 local time.
const NOW = new Date(2026, 11, 2, 15, 30);
const MONDAY = 1;
const SUNDAY = 0;
const local = (day: number, hour = 0, minute = 0) =>
  new Date(2026, 11, day, hour, minute).toISOString();

const task = (over: Partial<Task>): Task => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Call Ada',
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
  createdAt: local(1),
  updatedAt: local(1),
  ...over,
});

describe('groupOf', () => {
  it.each([
    ['earlier today, before now', local(2, 9), 'overdue'],
    ['at midnight today (a date without a time)', local(2), 'overdue'],
    ['later today', local(2, 18), 'today'],
    ['tomorrow at midnight', local(3), 'tomorrow'],
    ['tomorrow night', local(3, 23, 59), 'tomorrow'],
    ['Friday', local(4, 9), 'week'],
    ['Sunday, the last day of a Monday week', local(6, 12), 'week'],
    ['next Monday', local(7), 'later'],
    ['last week', local(25 - 30, 9), 'overdue'],
  ] as const)('%s is %s', (_what, dueAt, group) => {
    expect(groupOf(task({ dueAt }), NOW, MONDAY)).toBe(group);
  });

  it('puts a task without a date in No date, and any done task in Done', () => {
    expect(groupOf(task({ dueAt: null }), NOW, MONDAY)).toBe('none');
    expect(groupOf(task({ status: 'DONE', dueAt: local(1) }), NOW, MONDAY)).toBe('done');
    expect(groupOf(task({ status: 'DONE', dueAt: null }), NOW, MONDAY)).toBe('done');
    // No status counts as open, as the server's filter has it.
    expect(groupOf(task({ status: null, dueAt: local(3) }), NOW, MONDAY)).toBe('tomorrow');
  });

  it('reads This week with the locale week start: Sunday weeks end on Saturday', () => {
    expect(groupOf(task({ dueAt: local(5, 9) }), NOW, SUNDAY)).toBe('week');
    expect(groupOf(task({ dueAt: local(6, 9) }), NOW, SUNDAY)).toBe('later');
    expect(groupOf(task({ dueAt: local(6, 9) }), NOW, MONDAY)).toBe('week');
  });
});

describe('groupWindows', () => {
  it('gives windows that meet without gaps or overlaps', () => {
    const w = groupWindows(NOW, MONDAY);
    expect(w.overdue.before).toEqual(NOW);
    expect(w.today.from).toEqual(NOW);
    expect(w.today.before).toEqual(w.tomorrow.from);
    expect(w.tomorrow.before).toEqual(w.week.from);
    expect(w.week.before).toEqual(w.later.from);
    expect(w.later.before).toBeNull();
    expect(w.week.from).toEqual(new Date(2026, 11, 4));
    expect(w.later.from).toEqual(new Date(2026, 11, 7));
  });

  it('empties This week on the last day of a week and the day before', () => {
    const saturday = new Date(2026, 11, 5, 10);
    const sunday = new Date(2026, 11, 6, 10);
    expect(windowCanHoldTasks(groupWindows(saturday, MONDAY).week)).toBe(false);
    expect(windowCanHoldTasks(groupWindows(sunday, MONDAY).week)).toBe(false);
    expect(windowCanHoldTasks(groupWindows(NOW, MONDAY).week)).toBe(true);
    // Later then starts the day after tomorrow, so nothing falls between the groups.
    expect(groupWindows(sunday, MONDAY).later.from).toEqual(new Date(2026, 11, 8));
    expect(groupOf(task({ dueAt: local(8, 9) }), sunday, MONDAY)).toBe('later');
  });

  it('moves with the clock across a month end', () => {
    const w = groupWindows(new Date(2026, 11, 31, 12), MONDAY);
    expect(w.tomorrow.from).toEqual(new Date(2027, 0, 1));
    expect(w.week.from).toEqual(new Date(2027, 0, 2));
    expect(w.later.from).toEqual(new Date(2027, 0, 4));
  });
});

describe('groupListQuery', () => {
  const key = (over: Partial<DueGroupKey>): DueGroupKey => ({
    group: 'today',
    search: '',
    assignee: null,
    due: null,
    day: '2026-12-02',
    weekStart: MONDAY,
    ...over,
  });

  it('asks for open tasks in a due window, by due date', () => {
    expect(groupListQuery(key({ group: 'tomorrow' }), NOW)).toMatchObject({
      open: true,
      dueFrom: new Date(2026, 11, 3).toISOString(),
      dueBefore: new Date(2026, 11, 4).toISOString(),
      sort: 'dueAt',
      direction: 'asc',
    });
  });

  it('reads No date newest first and Done most recently changed first (never-null keys)', () => {
    expect(groupListQuery(key({ group: 'none' }), NOW)).toMatchObject({
      open: true,
      due: 'none',
      sort: 'createdAt',
      direction: 'desc',
    });
    const done = groupListQuery(key({ group: 'done' }), NOW);
    expect(done).toMatchObject({ status: 'DONE', sort: 'updatedAt', direction: 'desc' });
    expect(done.open).toBeUndefined();
  });

  it('keeps the board filters', () => {
    const q = groupListQuery(key({ search: 'ada', assignee: 'unassigned', due: 'week' }), NOW);
    expect(q).toMatchObject({ search: 'ada', assignee: 'unassigned', due: 'week' });
  });
});

describe('groupsForDueFilter and matchesGroup', () => {
  it('asks only for the groups a Due filter can leave anything in', () => {
    expect(groupsForDueFilter('overdue')).toEqual(['overdue']);
    expect(groupsForDueFilter('none')).toEqual(['none', 'done']);
    expect(groupsForDueFilter(null)).toHaveLength(7);
  });

  it('matches a task as the server would answer the group', () => {
    const base: DueGroupKey = {
      group: 'tomorrow',
      search: 'ada',
      assignee: null,
      due: null,
      day: '2026-12-02',
      weekStart: MONDAY,
    };
    expect(matchesGroup(task({ dueAt: local(3, 9) }), base, NOW)).toBe(true);
    expect(matchesGroup(task({ dueAt: local(3, 9), title: 'Email Bob' }), base, NOW)).toBe(false);
    expect(matchesGroup(task({ dueAt: local(3, 9), status: 'DONE' }), base, NOW)).toBe(false);
    expect(
      matchesGroup(
        task({ dueAt: local(3, 9), assigneeId: 'x' }),
        { ...base, assignee: 'unassigned' },
        NOW,
      ),
    ).toBe(false);
  });
});
