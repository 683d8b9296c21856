import { casual } from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { daysToNextWeek, weekStartDay } from '@/lib/week-start';
import { readDueWords } from './due-words';

// Wednesday 2 December 2026, 10:00 local time.
const NOW = new Date(2026, 11, 2, 10, 0);
const MONDAY = 1;
const SUNDAY = 0;

const read = (text: string, weekStart = MONDAY) => readDueWords(casual, text, NOW, weekStart);

describe('readDueWords', () => {
  it.each([
    ['tomorrow 3pm', { date: '2026-12-03', time: '15:00' }],
    // The coming Friday, a day without a time.
    ['fri', { date: '2026-12-04', time: '' }],
    // A day: the current minute is not a time anyone said.
    ['in 3 days', { date: '2026-12-05', time: '' }],
    // Monday is the start of next week where weeks start on Monday.
    ['next week', { date: '2026-12-07', time: '' }],
    ['dec 12 9:00', { date: '2026-12-12', time: '09:00' }],
    ['Tomorrow 3PM', { date: '2026-12-03', time: '15:00' }],
  ])('reads “%s”', (text, value) => {
    expect(read(text)).toEqual({ kind: 'date', value, matched: text });
  });

  it('reads “next week” as the locale’s next week start: Sunday where weeks start on Sunday', () => {
    expect(read('next week', SUNDAY)).toMatchObject({ value: { date: '2026-12-06', time: '' } });
  });

  it('reads a past month-day forward, into next year', () => {
    expect(read('mar 1')).toMatchObject({ value: { date: '2027-03-01', time: '' } });
  });

  it('says garbage is unreadable, and empty text is nothing', () => {
    expect(read('garbage')).toEqual({ kind: 'unreadable' });
    expect(read('qwzx 12q')).toEqual({ kind: 'unreadable' });
    expect(read('   ')).toEqual({ kind: 'empty' });
  });

  it('tells which words it read when only some were dates', () => {
    expect(read('fri call Ana')).toMatchObject({ kind: 'date', matched: 'fri' });
  });
});

describe('week start', () => {
  it('follows the locale: Monday in Germany, Sunday in the US', () => {
    expect(weekStartDay('de-DE')).toBe(MONDAY);
    expect(weekStartDay('en-US')).toBe(SUNDAY);
  });

  it('counts to the next week start, a whole week on the day itself', () => {
    expect(daysToNextWeek(NOW, MONDAY)).toBe(5);
    expect(daysToNextWeek(new Date(2026, 11, 7), MONDAY)).toBe(7);
    expect(daysToNextWeek(NOW, SUNDAY)).toBe(4);
  });
});
