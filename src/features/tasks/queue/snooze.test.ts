import { describe, expect, it } from 'vitest';
import { snoozePatch } from './snooze';

const now = new Date(2026, 11, 2, 15, 30);
const at = (patch: { dueAt?: string | null }) => new Date(patch.dueAt!);

describe('snoozePatch', () => {
  it('keeps the time of day, tomorrow', () => {
    const patch = snoozePatch(
      { dueAt: new Date(2026, 10, 20, 14, 15).toISOString() },
      { duePrecision: 'datetime' },
      now,
    );
    expect(at(patch)).toEqual(new Date(2026, 11, 3, 14, 15));
    expect(patch).not.toHaveProperty('dueDate');
  });

  it('no due date or no time: tomorrow at 9:00', () => {
    expect(at(snoozePatch({ dueAt: null }, { duePrecision: 'datetime' }, now))).toEqual(
      new Date(2026, 11, 3, 9, 0),
    );
    expect(
      at(
        snoozePatch(
          { dueAt: new Date(2026, 11, 1).toISOString() },
          { duePrecision: 'datetime' },
          now,
        ),
      ),
    ).toEqual(new Date(2026, 11, 3, 9, 0));
  });

  it('a date-only backend gets the date', () => {
    expect(snoozePatch({ dueAt: null }, { duePrecision: 'date' }, now)).toMatchObject({
      dueDate: '2026-12-03',
    });
  });

  it('across a month end', () => {
    expect(
      at(
        snoozePatch({ dueAt: null }, { duePrecision: 'datetime' }, new Date(2026, 11, 31, 23, 50)),
      ),
    ).toEqual(new Date(2027, 0, 1, 9, 0));
  });
});
