// The first day of the week in the user's locale, as Date#getDay numbers it (0 Sunday … 6
// Saturday): Sunday in the US, Monday in most of Europe, Saturday in parts of the Middle East.
// Read from Intl.Locale's week info where the browser has it (a getter in older Chromium and
// Safari, a method in newer ones); Monday, the ISO week's start, where it does not.

export const FALLBACK_WEEK_START = 1;

type WeekInfo = { firstDay?: unknown };
type LocaleWithWeekInfo = Intl.Locale & {
  getWeekInfo?: () => WeekInfo;
  weekInfo?: WeekInfo;
};

export function weekStartDay(locale?: string): number {
  try {
    const tag = locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language);
    if (!tag) return FALLBACK_WEEK_START;
    const info = new Intl.Locale(tag) as LocaleWithWeekInfo;
    const week = typeof info.getWeekInfo === 'function' ? info.getWeekInfo() : info.weekInfo;
    const first = week?.firstDay;
    // Intl numbers the days 1 (Monday) to 7 (Sunday).
    if (typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= 7) {
      return first % 7;
    }
  } catch {
    // A tag Intl refuses: fall through to the default.
  }
  return FALLBACK_WEEK_START;
}

/** Local midnight at the start of the week after the one `now` is in. */
export function startOfNextWeek(now: Date, weekStart: number): Date {
  const daysIntoWeek = (now.getDay() - weekStart + 7) % 7;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7 - daysIntoWeek);
}

/** Days from `now` to the start of the next week (1 to 7: a week start today means next one). */
export function daysToNextWeek(now: Date, weekStart: number): number {
  return (weekStart - now.getDay() + 7) % 7 || 7;
}
