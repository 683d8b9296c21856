import type { TaskStatus } from '@/domain/types';
import { perLocale } from './intl-formatters';
import { hasTimeOfDay } from './local-date';

// The one way a due date reads, on the board's cards, in a record's task list and in the editor:
// words for yesterday and the coming week ("Today", "In 3 days"), a short date beyond it
// ("Dec 12"), the time only when one was set ("Today 10:00"), and " · overdue" after a missed one
// ("Today 10:00 · overdue"). In the browser's locale.

export type DueDisplay = {
  /** "Today", "Tomorrow 9:30 AM", "In 3 days", "Dec 14". */
  label: string;
  /** The label, with " · overdue" after it when overdue: what every screen shows. */
  text: string;
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

const formatters = perLocale((locale): Formatters => ({
  relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
  dateTime: new Intl.DateTimeFormat(locale, {
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
}));

/**
 * Builds the browser locale's formatters ahead of the first due date, e.g. while the board's
 * first pages are on the way: building them takes a locale lookup and data load each (10 to
 * 25 ms on the board's first paint).
 */
export function prepareDueFormatters(): void {
  formatters();
}

const DAY_MS = 86_400_000;
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
/** Whole local days from `now` to `date` (negative in the past). */
const dayDifference = (date: Date, now: Date) =>
  Math.round((startOfDay(date).getTime() - startOfDay(now).getTime()) / DAY_MS);

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
    label = withTime ? `${day} ${f.time.format(date)}` : day;
  } else if (date.getFullYear() === now.getFullYear()) {
    label = (withTime ? f.dateTime : f.date).format(date);
  } else {
    label = (withTime ? f.dateTimeWithYear : f.dateWithYear).format(date);
  }
  // Same rule as the board's "Overdue" filter, so a filtered card always says why it is there.
  const overdue = status !== 'DONE' && date.getTime() < now.getTime();
  return {
    label,
    text: overdue ? `${label} · overdue` : label,
    overdue,
    full: (withTime ? f.fullWithTime : f.full).format(date),
  };
}
