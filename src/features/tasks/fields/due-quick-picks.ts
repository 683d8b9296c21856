import { addDays, toDateInput } from '@/lib/local-date';

export type QuickPick = { label: string; date: string };

/** The due-date shortcuts; "Next week" is the coming Monday, as in most task apps. */
export function quickPicks(now: Date): QuickPick[] {
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  return [
    { label: 'Today', date: toDateInput(now) },
    { label: 'Tomorrow', date: toDateInput(addDays(now, 1)) },
    { label: 'In 3 days', date: toDateInput(addDays(now, 3)) },
    { label: 'Next week', date: toDateInput(addDays(now, daysToMonday)) },
  ];
}
