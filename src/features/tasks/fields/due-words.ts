import type { Chrono } from 'chrono-node/en';
import { addDays, toDateInput } from '@/lib/local-date';
import { daysToNextWeek } from '@/lib/week-start';
import type { DueValue } from './due-value';

// Dates typed in words ("tomorrow 3pm", "fri", "in 3 days", "next week", "dec 12 9:00"), read by
// chrono-node. chrono is passed in, so that its code is only fetched once a due-date control is
// on screen (load-due-parser.ts) and tests can hand it over directly.

export type DueWords =
  | { kind: 'empty' }
  /** `matched`: the words that were read, which may be fewer than were typed. */
  | { kind: 'date'; value: DueValue; matched: string }
  | { kind: 'unreadable' };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What `text` means as a due date, read forward from `now` ("fri" is the coming Friday, never a
 * past one). A time is kept only when one was said: "in 3 days" is a day, not "in 3 days at the
 * current minute". "next week" is the start of the locale's next week (`weekStart`, 0 Sunday …
 * 6 Saturday), not "seven days from now" as chrono reads it.
 */
export function readDueWords(chrono: Chrono, text: string, now: Date, weekStart: number): DueWords {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const [result] = chrono.parse(typed, now, { forwardDate: true });
  if (!result) return { kind: 'unreadable' };
  const matched = result.text.trim();
  if (matched.replace(/\s+/g, ' ').toLowerCase() === 'next week') {
    return {
      kind: 'date',
      value: { date: toDateInput(addDays(now, daysToNextWeek(now, weekStart))), time: '' },
      matched,
    };
  }
  const at = result.start.date();
  if (Number.isNaN(at.getTime())) return { kind: 'unreadable' };
  const time = result.start.isCertain('hour')
    ? `${pad(at.getHours())}:${pad(at.getMinutes())}`
    : '';
  return { kind: 'date', value: { date: toDateInput(at), time }, matched };
}
