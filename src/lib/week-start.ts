// The first day of the week in the user's locale (0 Sunday … 6 Saturday, as Date#getDay), for
// "next week": Monday in most of Europe, Sunday in the US. Intl.Locale exposes it as
// getWeekInfo() in newer engines and as the weekInfo getter in older Chromium and Node; where
// neither exists (Firefox), Monday, the ISO week's start.

type WeekInfo = { firstDay: number };
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

export function weekStartDay(locale?: string): number {
  try {
    const tag = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
    const info = new Intl.Locale(tag) as LocaleWithWeekInfo;
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    // Intl counts 1 Monday … 7 Sunday.
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return firstDay % 7;
  } catch {
    // A locale tag the engine refuses: the fallback below.
  }
  return 1;
}

/** Days from `now` to the start of the next week (1 to 7: a week start today means next one). */
export function daysToNextWeek(now: Date, weekStart: number): number {
  return (weekStart - now.getDay() + 7) % 7 || 7;
}
