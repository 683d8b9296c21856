import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../../server/query/filter.ts';
import { dueFilter, startOfLocalDay, taskListFilter } from './task-query';

// A local afternoon; the buckets are local days, whatever the machine's time zone.
const now = new Date(2026, 2, 4, 15, 30);
const iso = (d: Date) => d.toISOString();

describe('due buckets', () => {
  it('today is [local midnight, next local midnight)', () => {
    expect(parseFilter(dueFilter('today', now)!)).toMatchObject({
      kind: 'and',
      children: [
        { field: 'dueAt', comparator: 'gte', value: iso(new Date(2026, 2, 4)) },
        { field: 'dueAt', comparator: 'lt', value: iso(new Date(2026, 2, 5)) },
      ],
    });
  });

  it('this week is today and the next six days', () => {
    expect(parseFilter(dueFilter('week', now)!)).toMatchObject({
      children: [{ value: iso(new Date(2026, 2, 4)) }, { value: iso(new Date(2026, 2, 11)) }],
    });
  });

  it('overdue is before now and not done (no status counts as open)', () => {
    expect(dueFilter('overdue', now)).toBe(
      `and(dueAt[lt]:"${iso(now)}",or(status[neq]:"DONE",status[is]:NULL))`,
    );
  });

  it('no date is dueAt is NULL', () => {
    expect(dueFilter('none', now)).toBe('dueAt[is]:NULL');
  });

  it('crosses a month end', () => {
    expect(startOfLocalDay(new Date(2026, 0, 31, 23, 59), 1)).toEqual(new Date(2026, 1, 1));
  });

  it('combines only the filters that are set', () => {
    expect(taskListFilter({ sort: 'dueAt' })).toBeUndefined();
    expect(taskListFilter({ sort: 'dueAt', search: '   ' })).toBeUndefined();
    expect(taskListFilter({ sort: 'dueAt', due: 'none', status: 'DONE' })).toBe(
      'and(status[eq]:"DONE",dueAt[is]:NULL)',
    );
  });
});
