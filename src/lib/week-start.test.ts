import { describe, expect, it } from 'vitest';
import { FALLBACK_WEEK_START, startOfNextWeek, weekStartDay } from './week-start';

describe('weekStartDay', () => {
  it("reads the locale's first day of the week", () => {
    // Node's ICU knows these: Sunday in the US, Monday in Germany and Britain.
    expect(weekStartDay('en-US')).toBe(0);
    expect(weekStartDay('de-DE')).toBe(1);
    expect(weekStartDay('en-GB')).toBe(1);
  });

  it('falls back to Monday for a tag Intl refuses', () => {
    expect(weekStartDay('not a locale!')).toBe(FALLBACK_WEEK_START);
    expect(FALLBACK_WEEK_START).toBe(1);
  });
});

describe('startOfNextWeek', () => {
  // Wednesday 2 December 2026, mid-afternoon, local time.
  const wednesday = new Date(2026, 11, 2, 15, 30);

  it('is the coming Monday for Monday weeks, the coming Sunday for Sunday weeks', () => {
    expect(startOfNextWeek(wednesday, 1)).toEqual(new Date(2026, 11, 7));
    expect(startOfNextWeek(wednesday, 0)).toEqual(new Date(2026, 11, 6));
  });

  it('on the first day of a week, is a whole week later', () => {
    expect(startOfNextWeek(new Date(2026, 11, 7, 9), 1)).toEqual(new Date(2026, 11, 14));
  });

  it('crosses a month and a year', () => {
    expect(startOfNextWeek(new Date(2026, 11, 30, 8), 1)).toEqual(new Date(2027, 0, 4));
  });
});
