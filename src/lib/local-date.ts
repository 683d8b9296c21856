// Dates as the date and time inputs hold them ("2026-03-14", "09:30"), in the browser's time
// zone, and the ISO instants the backend stores. A due date without a time is local midnight,
// which is how the board reads "no time" too. One rule decides what a valid date is, for the
// New task form and the editor alike.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A local date and optional time as a Date (midnight without a time), or null unless it is a
 * real day with a four-digit year from 1000 on: 2026-02-31 and a year still being typed
 * (0002, 0202: a date input reports one after each digit) are not dates anyone meant.
 */
export function parseLocalDate(date: string, time = ''): Date | null {
  const d = DATE.exec(date);
  if (!d) return null;
  const t = time ? TIME.exec(time) : null;
  if (time && !isTimeInput(time)) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hours, minutes] = [Number(t?.[1] ?? 0), Number(t?.[2] ?? 0)];
  if (year < 1000) return null;
  const result = new Date(year, month - 1, day, hours, minutes);
  // new Date() rolls 2026-02-31 over into March; a real date survives the round trip.
  if (result.getFullYear() !== year || result.getMonth() !== month - 1 || result.getDate() !== day)
    return null;
  return result;
}

/** A time input's `HH:MM` (seconds allowed) that is a time of day. */
export function isTimeInput(time: string): boolean {
  const t = TIME.exec(time);
  return t !== null && Number(t[1]) <= 23 && Number(t[2]) <= 59;
}

/** The ISO instant for a local date and optional time; null when the date is empty or invalid. */
export function localToIso(date: string, time = ''): string | null {
  return parseLocalDate(date, time)?.toISOString() ?? null;
}

export function hasTimeOfDay(date: Date): boolean {
  return date.getHours() !== 0 || date.getMinutes() !== 0;
}

/** A Date as the date input's `YYYY-MM-DD`, in the user's local day. */
export const toDateInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** An ISO instant as the date and time inputs show it; no time at local midnight. */
export function isoToLocal(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: '', time: '' };
  return {
    date: toDateInput(at),
    time: hasTimeOfDay(at) ? `${pad(at.getHours())}:${pad(at.getMinutes())}` : '',
  };
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
