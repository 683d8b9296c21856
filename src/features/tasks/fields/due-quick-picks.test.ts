import { describe, expect, it } from 'vitest';
import { quickPicks } from './due-quick-picks';

describe('quickPicks', () => {
  it.each([
    [
      'a Wednesday',
      new Date(2026, 2, 4, 15),
      ['2026-03-04', '2026-03-05', '2026-03-07', '2026-03-09'],
    ],
    ['a Sunday', new Date(2026, 2, 8), ['2026-03-08', '2026-03-09', '2026-03-11', '2026-03-09']],
    ['a Monday', new Date(2026, 2, 9), ['2026-03-09', '2026-03-10', '2026-03-12', '2026-03-16']],
    [
      'the last day of a month',
      new Date(2026, 0, 31),
      ['2026-01-31', '2026-02-01', '2026-02-03', '2026-02-02'],
    ],
  ])('on %s: today, tomorrow, in 3 days, next Monday', (_name, now, dates) => {
    expect(quickPicks(now).map((p) => p.date)).toEqual(dates);
  });
});
