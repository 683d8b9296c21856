import { describe, expect, it } from 'vitest';
import { countOutcomes, retryable, runBatch, type ItemOutcome } from './run-batch';

// The batch runner: a bounded number of writes at once, every outcome kept, a retry that sends
// only what failed (or never started), and a cancel that starts nothing new.

const ids = Array.from({ length: 10 }, (_, i) => `t${i}`);

function recorder() {
  const outcomes = new Map<string, ItemOutcome>();
  return { outcomes, onOutcome: (id: string, outcome: ItemOutcome) => outcomes.set(id, outcome) };
}

describe('runBatch', () => {
  it('never has more than `concurrency` writes in flight, and finishes them all', async () => {
    let inFlight = 0;
    let most = 0;
    const { outcomes, onOutcome } = recorder();
    await runBatch(
      ids,
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
      },
      { concurrency: 3, onOutcome },
    );
    expect(most).toBe(3);
    expect(countOutcomes(outcomes)).toMatchObject({ done: 10, failed: 0, settled: 10, total: 10 });
  });

  it('keeps each failure with its reason, and a retry re-sends only the failures', async () => {
    const writes = new Map<string, number>();
    const failing = new Set(['t2', 't5', 't9']);
    const write = async (id: string) => {
      writes.set(id, (writes.get(id) ?? 0) + 1);
      if (failing.has(id)) throw new Error(`refused ${id}`);
    };
    const { outcomes, onOutcome } = recorder();
    await runBatch(ids, write, { onOutcome });
    expect(retryable(outcomes)).toEqual(['t2', 't5', 't9']);
    const failure = outcomes.get('t5');
    expect(failure?.state === 'failed' && failure.error.message).toBe('refused t5');

    failing.clear();
    await runBatch(retryable(outcomes), write, { onOutcome });
    expect(countOutcomes(outcomes)).toMatchObject({ done: 10, failed: 0 });
    // Nothing written twice except the three that failed the first time.
    for (const id of ids) expect(writes.get(id)).toBe(['t2', 't5', 't9'].includes(id) ? 2 : 1);
    expect(retryable(outcomes)).toEqual([]);
  });

  it('starts no write after a cancel; the unstarted ones can be sent later', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const { outcomes, onOutcome } = recorder();
    await runBatch(
      ids,
      async (id) => {
        started.push(id);
        if (started.length === 2) controller.abort();
        await Promise.resolve();
      },
      { concurrency: 2, signal: controller.signal, onOutcome },
    );
    expect(started).toEqual(['t0', 't1']);
    expect(countOutcomes(outcomes)).toMatchObject({ done: 2, cancelled: 8 });
    expect(retryable(outcomes)).toEqual(ids.slice(2));
  });

  it('keeps a note a write answers (already so), as done', async () => {
    const { outcomes, onOutcome } = recorder();
    await runBatch(['a'], async () => ({ note: 'Already linked' }), { onOutcome });
    expect(outcomes.get('a')).toEqual({ state: 'done', note: 'Already linked' });
  });
});
