import { hasTimeOfDay } from '@/features/tasks/format-due';

// The due date as the editor's date and time inputs hold it ("2026-03-14", "09:30"), in the
// browser's time zone. A due date without a time is stored as local midnight, which is how
// the board reads "no time" too.

export type DueParts = { date: string; time: string };

const pad = (n: number) => String(n).padStart(2, '0');

export function dueParts(dueAt: string | null): DueParts {
  if (!dueAt) return { date: '', time: '' };
  const at = new Date(dueAt);
  if (Number.isNaN(at.getTime())) return { date: '', time: '' };
  const date = `${String(at.getFullYear()).padStart(4, '0')}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return { date, time: hasTimeOfDay(at) ? `${pad(at.getHours())}:${pad(at.getMinutes())}` : '' };
}

/** The ISO instant for a date and an optional time; null when there is no date. */
export function dueAtFrom({ date, time }: DueParts): string | null {
  const day = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return null;
  const clock = /^(\d{2}):(\d{2})/.exec(time);
  const at = new Date(
    Number(day[1]),
    Number(day[2]) - 1,
    Number(day[3]),
    clock ? Number(clock[1]) : 0,
    clock ? Number(clock[2]) : 0,
  );
  // Years 0-99 would otherwise be read as 1900-1999.
  at.setFullYear(Number(day[1]));
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/**
 * Whether a typed date is worth saving yet. A date field reports a valid value after each
 * digit of the year (0002, 0020, 0202, 2026); only a four-digit year is a date someone meant.
 */
export function isCompleteDate(date: string): boolean {
  const day = /^(\d{4,6})-\d{2}-\d{2}$/.exec(date);
  return day !== null && Number(day[1]) >= 1000;
}
