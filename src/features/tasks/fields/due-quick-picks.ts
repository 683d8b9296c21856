import { addDays, toDateInput } from '@/lib/local-date';
import { daysToNextWeek } from '@/lib/week-start';

export type QuickPick = { label: string; date: string };

/** The due-date shortcuts; "Next week" is the start of the coming week: by default Monday, as
 *  in most task apps; the control passes the locale's week start (0 Sunday … 6 Saturday). */
export function quickPicks(now: Date, weekStart = 1): QuickPick[] {
  const daysToWeekStart = daysToNextWeek(now, weekStart);
  return [
    { label: 'Today', date: toDateInput(now) },
    { label: 'Tomorrow', date: toDateInput(addDays(now, 1)) },
    { label: 'In 3 days', date: toDateInput(addDays(now, 3)) },
    { label: 'Next week', date: toDateInput(addDays(now, daysToWeekStart)) },
  ];
}
