import { describe, expect, it } from 'vitest';
import { FaultState, parseFaultRules } from './faults.ts';

// The bulk-actions journey needs a deterministic share of failures: "3 of every 10", spread
// evenly, stopping after a set number so that a retry of them goes through.

const failures = (state: FaultState, requests: number) =>
  Array.from({ length: requests }, () => state.decide('PATCH', '/rest/tasks/x').fail !== undefined);

describe('fault rate and times', () => {
  it('fails exactly 3 of every 10 matching requests, spread out', () => {
    const state = new FaultState(
      parseFaultRules({ method: 'PATCH', path: '/rest/tasks/*', rate: { fail: 3, of: 10 } }),
    );
    const failed = failures(state, 40);
    expect(failed.filter(Boolean)).toHaveLength(12);
    expect(
      failed
        .slice(0, 10)
        .map((f, i) => (f ? i + 1 : 0))
        .filter(Boolean),
    ).toEqual([4, 7, 10]);
  });

  it('stops failing after `times` failures', () => {
    const state = new FaultState(parseFaultRules({ rate: { fail: 3, of: 10 }, times: 12 }));
    expect(failures(state, 40).filter(Boolean)).toHaveLength(12);
    expect(failures(state, 40).filter(Boolean)).toHaveLength(0);
  });

  it('refuses a rate above 1 and a rule with both every and rate', () => {
    expect(() => parseFaultRules({ rate: { fail: 4, of: 3 } })).toThrow(/rate.fail/);
    expect(() => parseFaultRules({ every: 2, rate: { fail: 1, of: 2 } })).toThrow(/not both/);
  });
});
