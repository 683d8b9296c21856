import type { TaskStatus } from '@/domain/types';
import { hasTimeOfDay } from '@/lib/local-date';
import { dayDifference } from './task-matching';

// Due dates in the browser's locale: words for the coming week ("Today", "in 3 days"), a short
// date beyond it, the time only when one was set. Formatters are costly to build, so each
// locale's are made once.

export type DueDisplay = {
  /** "Today", "Tomorrow 9:30 AM", "in 3 days", "Mon 14 Dec". */
  label: string;
  /** Past due and not done. */
  overdue: boolean;
  /** The full date (and time) for a tooltip. */
  full: string;
};

type Formatters = {
  relative: Intl.RelativeTimeFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  dateWithYear: Intl.DateTimeFormat;
  dateTimeWithYear: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  full: Intl.DateTimeFormat;
  fullWithTime: Intl.DateTimeFormat;
};

const cache = new Map<string, Formatters>();

function formatters(locale: string | undefined): Formatters {
  const key = locale ?? '';
  let found = cache.get(key);
  if (!found) {
    found = {
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      date: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }),
      dateTime: new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }),
      dateWithYear: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }),
      dateTimeWithYear: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }),
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'full' }),
      fullWithTime: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }),
    };
    cache.set(key, found);
  }
  return found;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function formatDue(
  dueAt: string,
  status: TaskStatus | null,
  now: Date = new Date(),
  locale?: string,
): DueDisplay | null {
  const date = new Date(dueAt);
  if (Number.isNaN(date.getTime())) return null;
  const f = formatters(locale);
  const days = dayDifference(date, now);
  const withTime = hasTimeOfDay(date);
  let label: string;
  // Words for yesterday and the coming week; "5 days ago" says less than the date does.
  if (days >= -1 && days <= 6) {
    const day = capitalise(f.relative.format(days, 'day'));
    label = withTime ? `${day}, ${f.time.format(date)}` : day;
  } else if (date.getFullYear() === now.getFullYear()) {
    label = (withTime ? f.dateTime : f.date).format(date);
  } else {
    label = (withTime ? f.dateTimeWithYear : f.dateWithYear).format(date);
  }
  return {
    label,
    // Same rule as the board's "Overdue" filter, so a filtered card always says why it is there.
    overdue: status !== 'DONE' && date.getTime() < now.getTime(),
    full: (withTime ? f.fullWithTime : f.full).format(date),
  };
}
