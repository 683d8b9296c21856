import { parseLocalDate } from '@/lib/local-date';

/** A due date as the date and time inputs hold it: `YYYY-MM-DD` and `HH:MM`, '' when empty. */
export type DueValue = { date: string; time: string };

/**
 * Whether a due date has already gone by: a day without a time is past from the next day on
 * (due today is not past), a time as soon as it has passed. An incomplete date is not past.
 */
export function isPastDue(value: DueValue, now: Date): boolean {
  const at = parseLocalDate(value.date, value.time);
  if (!at) return false;
  if (value.time) return at.getTime() < now.getTime();
  return at.getTime() < new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}
