import { describe, expect, it } from 'vitest';
import { formatRelative } from './format-times';

const NOW = new Date('2026-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('formatRelative', () => {
  it.each([
    [10, 'now'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [86400 * 1.2, 'yesterday'],
    [86400 * 3, '3 days ago'],
    [86400 * 60, '2 months ago'],
    [86400 * 800, '2 years ago'],
  ])('%s seconds ago reads "%s"', (seconds, expected) => {
    expect(formatRelative(ago(seconds), NOW, 'en-US')?.relative).toBe(expected);
  });

  it('gives the full date for a tooltip, and nothing for an unreadable date', () => {
    expect(formatRelative('2026-03-10T11:00:00Z', NOW, 'en-US')?.full).toMatch(/Mar 10, 2026/);
    expect(formatRelative('soon', NOW)).toBeNull();
  });
});
