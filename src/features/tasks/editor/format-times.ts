import { perLocale } from '@/lib/intl-formatters';

// "Created 3 days ago", in the browser's locale.

const formatters = perLocale((locale) => ({
  relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  full: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
}));

const STEPS: [limit: number, unit: Intl.RelativeTimeFormatUnit, seconds: number][] = [
  [45, 'second', 1],
  [45 * 60, 'minute', 60],
  [22 * 3600, 'hour', 3600],
  [26 * 86400, 'day', 86400],
  [320 * 86400, 'month', 30 * 86400],
  [Number.POSITIVE_INFINITY, 'year', 365 * 86400],
];

export type TimeDisplay = { relative: string; full: string };

/** "5 minutes ago" (or "now"), with the full date and time for a tooltip; null if unreadable. */
export function formatRelative(
  iso: string,
  now: Date = new Date(),
  locale?: string,
): TimeDisplay | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const f = formatters(locale);
  const seconds = (at.getTime() - now.getTime()) / 1000;
  const [, unit, size] =
    STEPS.find(([limit]) => Math.abs(seconds) < limit) ?? STEPS[STEPS.length - 1]!;
  // Under 45 seconds either way reads "now" rather than a count of seconds.
  const value = unit === 'second' ? 0 : Math.round(seconds / size);
  return { relative: f.relative.format(value, unit), full: f.full.format(at) };
}
