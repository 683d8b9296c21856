import { describe, expect, it, vi } from 'vitest';
import { perLocale } from './intl-formatters';

describe('perLocale', () => {
  it('builds a locale’s formatters once and hands the same ones back', () => {
    const build = vi.fn((locale: string | undefined) => new Intl.NumberFormat(locale));
    const formatters = perLocale(build);
    const first = formatters('de-DE');
    expect(formatters('de-DE')).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps each locale apart, and the browser’s own (no locale) as one more', () => {
    const formatters = perLocale((locale) => new Intl.NumberFormat(locale));
    expect(formatters('de-DE').format(1234.5)).toBe('1.234,5');
    expect(formatters('en-US').format(1234.5)).toBe('1,234.5');
    expect(formatters()).toBe(formatters(undefined));
    expect(formatters()).not.toBe(formatters('de-DE'));
  });
});
