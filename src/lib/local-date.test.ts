import { describe, expect, it } from 'vitest';
import { isoToLocal, localToIso, parseLocalDate } from './local-date';

describe('local dates', () => {
  it.each([
    ['2026-03-14', true],
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['0002-03-14', false],
    ['0202-03-14', false],
    ['20260-03-14', false],
    ['2026-3-14', false],
    ['', false],
  ])('%j is a date: %s', (date, valid) => {
    expect(parseLocalDate(date) !== null).toBe(valid);
  });

  it('refuses a time that is not a time of day', () => {
    expect(parseLocalDate('2026-03-14', '24:00')).toBeNull();
    expect(parseLocalDate('2026-03-14', '09:60')).toBeNull();
    expect(parseLocalDate('2026-03-14', '9:30')).toBeNull();
  });

  it('reads a date without a time as local midnight, and back', () => {
    const iso = localToIso('2026-03-14');
    expect(iso).toBe(new Date(2026, 2, 14).toISOString());
    expect(isoToLocal(iso)).toEqual({ date: '2026-03-14', time: '' });
  });

  it('keeps a time of day, in the local time zone', () => {
    const iso = localToIso('2026-03-14', '09:05');
    expect(iso).toBe(new Date(2026, 2, 14, 9, 5).toISOString());
    expect(isoToLocal(iso)).toEqual({ date: '2026-03-14', time: '09:05' });
  });

  it('has no instant without a valid date, and no inputs for an unreadable one', () => {
    expect(localToIso('', '09:00')).toBeNull();
    expect(localToIso('2026-02-31')).toBeNull();
    expect(isoToLocal(null)).toEqual({ date: '', time: '' });
    expect(isoToLocal('not a date')).toEqual({ date: '', time: '' });
  });
});
