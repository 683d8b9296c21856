// Runs one write per item, a few at a time, for backends with no bulk update (Dalil): each
// item's outcome is kept, so "Retry failed" re-sends only the failures and nothing that worked
// is written twice. Pacing within the server's rate limit is the backend's own (every write goes
// through the Backend port, whose http client waits for tokens and backs off on 429).

export type ItemOutcome =
  | { state: 'queued' }
  | { state: 'running' }
  | { state: 'done'; note?: string }
  | { state: 'failed'; error: Error }
  /** Never started: the batch was cancelled first. */
  | { state: 'cancelled' };

/** What an item's write may answer: nothing (done) or a note ("already linked"). */
export type WriteResult = void | { note: string };

export const DEFAULT_CONCURRENCY = 4;

/**
 * Runs `write` for each id (in order, at most `concurrency` at once) and reports each outcome
 * as it changes. After `signal` aborts no new write starts; those in flight finish (a write
 * cannot be called back), and the rest are reported cancelled.
 */
export async function runBatch(
  ids: readonly string[],
  write: (id: string) => Promise<WriteResult>,
  {
    concurrency = DEFAULT_CONCURRENCY,
    signal,
    onOutcome,
  }: {
    concurrency?: number;
    signal?: AbortSignal;
    onOutcome: (id: string, outcome: ItemOutcome) => void;
  },
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next]!;
      next += 1;
      if (signal?.aborted) {
        onOutcome(id, { state: 'cancelled' });
        continue;
      }
      onOutcome(id, { state: 'running' });
      try {
        const result = await write(id);
        onOutcome(id, result ? { state: 'done', note: result.note } : { state: 'done' });
      } catch (error) {
        onOutcome(id, {
          state: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        });
      }
    }
  };
  for (const id of ids) onOutcome(id, { state: 'queued' });
  const workers = Math.max(1, Math.min(concurrency, ids.length));
  await Promise.all(Array.from({ length: workers }, worker));
}

/** The ids that may be sent again: failed or never started. Done and running ones never. */
export function retryable(outcomes: ReadonlyMap<string, ItemOutcome>): string[] {
  return [...outcomes]
    .filter(([, outcome]) => outcome.state === 'failed' || outcome.state === 'cancelled')
    .map(([id]) => id);
}

export function countOutcomes(outcomes: ReadonlyMap<string, ItemOutcome>) {
  const counts = { queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
  for (const outcome of outcomes.values()) counts[outcome.state] += 1;
  return { ...counts, total: outcomes.size, settled: counts.done + counts.failed };
}
