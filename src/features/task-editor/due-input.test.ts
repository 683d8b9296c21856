import { describe, expect, it } from 'vitest';
import { dueAtFrom, dueParts, isCompleteDate } from './due-input';

describe('due date inputs', () => {
  it.each([
    ['2026-03-14', true],
    ['0002-03-14', false],
    ['0202-03-14', false],
    ['', false],
    ['2026-3-14', false],
  ])('isCompleteDate(%j) is %s', (date, expected) => {
    expect(isCompleteDate(date)).toBe(expected);
  });

  it('reads a date without a time as local midnight, and back', () => {
    const dueAt = dueAtFrom({ date: '2026-03-14', time: '' });
    expect(dueAt).toBe(new Date(2026, 2, 14).toISOString());
    expect(dueParts(dueAt)).toEqual({ date: '2026-03-14', time: '' });
  });

  it('keeps a time of day, in the local time zone', () => {
    const dueAt = dueAtFrom({ date: '2026-03-14', time: '09:05' });
    expect(dueAt).toBe(new Date(2026, 2, 14, 9, 5).toISOString());
    expect(dueParts(dueAt)).toEqual({ date: '2026-03-14', time: '09:05' });
  });

  it('has no due date without a date, or for an unreadable one', () => {
    expect(dueAtFrom({ date: '', time: '09:00' })).toBeNull();
    expect(dueParts(null)).toEqual({ date: '', time: '' });
    expect(dueParts('not a date')).toEqual({ date: '', time: '' });
  });
});
