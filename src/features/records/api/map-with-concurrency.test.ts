import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './map-with-concurrency';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('mapWithConcurrency', () => {
  it('keeps the input order and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const gates = Array.from({ length: 7 }, deferred);
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5, 6], 3, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await gates[i]!.promise;
      inFlight--;
      return i * 10;
    });
    // Release in reverse so that order in the result cannot come from completion order.
    for (const gate of [...gates].reverse()) {
      gate.resolve();
      await Promise.resolve();
    }
    expect(await run).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      mapWithConcurrency([1, 2, 3, 4], 1, async (i) => {
        started.push(i);
        if (i === 2) throw new Error('boom');
        return i;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 4, async (x: number) => x)).toEqual([]);
  });
});
