import { describe, expect, it } from 'vitest';
import { formatDue } from './format-due';

const now = new Date(2026, 11, 14, 10, 0); // Mon 14 Dec 2026, 10:00 local

describe('formatDue', () => {
  it('uses words for the days around today', () => {
    expect(formatDue(new Date(2026, 11, 14).toISOString(), 'TODO', now, 'en')?.label).toBe('Today');
    expect(formatDue(new Date(2026, 11, 15).toISOString(), 'TODO', now, 'en')?.label).toBe(
      'Tomorrow',
    );
    expect(formatDue(new Date(2026, 11, 17).toISOString(), 'TODO', now, 'en')?.label).toBe(
      'In 3 days',
    );
  });

  it('shows a short date beyond the week, with the year only when it is not this one', () => {
    expect(formatDue(new Date(2026, 11, 28).toISOString(), 'TODO', now, 'en-GB')?.label).toBe(
      '28 Dec',
    );
    expect(formatDue(new Date(2026, 11, 28).toISOString(), 'TODO', now, 'en-US')?.label).toBe(
      'Dec 28',
    );
    expect(formatDue(new Date(2027, 0, 30).toISOString(), 'TODO', now, 'en-GB')?.label).toBe(
      '30 Jan 2027',
    );
  });

  it('adds the time only when it is not midnight', () => {
    const label = formatDue(new Date(2026, 11, 15, 14, 30).toISOString(), 'TODO', now, 'en-GB');
    expect(label?.label).toBe('Tomorrow 14:30');
    const later = formatDue(new Date(2026, 11, 28, 9, 5).toISOString(), 'TODO', now, 'en-GB');
    expect(later?.label).toBe('28 Dec, 9:05');
  });

  it('marks past due dates overdue unless the task is done', () => {
    const past = new Date(2026, 11, 11).toISOString();
    expect(formatDue(past, 'TODO', now, 'en-GB')).toMatchObject({
      overdue: true,
      label: '11 Dec',
      text: '11 Dec · overdue',
    });
    // Due earlier today: the time says why today can already be overdue.
    expect(
      formatDue(new Date(2026, 11, 14, 9, 0).toISOString(), 'TODO', now, 'en-GB'),
    ).toMatchObject({ overdue: true, text: 'Today 9:00 · overdue' });
    const yesterday = new Date(2026, 11, 13).toISOString();
    expect(formatDue(yesterday, 'IN_PROGRESS', now, 'en')).toMatchObject({
      overdue: true,
      label: 'Yesterday',
    });
    expect(formatDue(past, 'DONE', now, 'en')).toMatchObject({ overdue: false, text: 'Dec 11' });
    expect(formatDue(new Date(2026, 11, 20).toISOString(), 'TODO', now, 'en')?.overdue).toBe(false);
  });

  it('returns nothing for a date it cannot read', () => {
    expect(formatDue('not a date', 'TODO', now)).toBeNull();
  });
});
