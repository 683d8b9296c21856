import type { Backend } from '@/backends/backend';
import type { RecordKind } from '@/domain/types';

// DataLoader-style name lookups. Chips and table cells ask for one record's name each; the ids
// asked for within a short window go out together, one `id[in]` request per kind, so the
// number of requests follows how many lists land, not how many cards they hold. An id already
// on its way joins that request instead of starting another. Keeping answers is React Query's
// job (one cache entry per id, see `recordQueries.summary`), so the batcher forgets an id as
// soon as its request settles.

/**
 * The most ids one request asks for: as many as the Dalil adapter looks up in one request
 * (its LOOKUP_LIMIT), so each batch is one request where the server allows, and a long batch's
 * names show as each part lands.
 */
export const SUMMARY_BATCH_SIZE = 120;

/**
 * How long a batch stays open. The board's three columns land in separate tasks a few
 * milliseconds apart; a window this short lets their names share one request per kind, which a
 * bare macrotask did not (the board's request count grew from 6 to 13 under load), while a chip
 * still gets its name well within a frame or two.
 */
export const SUMMARY_BATCH_WINDOW_MS = 16;

/** A record's name, or null when the backend does not know the record. */
export type RecordName = string | null;

export type SummaryBatcher = {
  /**
   * Takes no abort signal: a request serves many callers, and one of them going away (a card
   * unmounting) must not cancel the others' names.
   */
  load(kind: RecordKind, id: string): Promise<RecordName>;
};

type Waiter = {
  promise: Promise<RecordName>;
  resolve: (name: RecordName) => void;
  reject: (error: unknown) => void;
};

function waiter(): Waiter {
  let resolve!: Waiter['resolve'];
  let reject!: Waiter['reject'];
  const promise = new Promise<RecordName>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    parts.push(items.slice(start, start + size));
  }
  return parts;
}

/** All a batcher needs of a backend. */
export type SummarySource = Pick<Backend, 'getRecordSummaries'>;

export function createSummaryBatcher(backend: SummarySource): SummaryBatcher {
  /** Per kind: every id queued or in flight, with the promise its callers share. */
  const pending = new Map<RecordKind, Map<string, Waiter>>();
  /** Per kind: the ids waiting for the next request. */
  let queued = new Map<RecordKind, string[]>();

  async function send(kind: RecordKind, ids: string[], waiting: Map<string, Waiter>) {
    const settle = (answer: (entry: Waiter, id: string) => void) => {
      for (const id of ids) {
        const entry = waiting.get(id)!;
        waiting.delete(id);
        answer(entry, id);
      }
    };
    try {
      const found = await backend.getRecordSummaries(kind, ids);
      const names = new Map(found.map((summary) => [summary.id, summary.name]));
      settle((entry, id) => entry.resolve(names.get(id) ?? null));
    } catch (error) {
      settle((entry) => entry.reject(error));
    }
  }

  function flush() {
    const batches = queued;
    queued = new Map();
    for (const [kind, ids] of batches) {
      for (const part of chunks(ids, SUMMARY_BATCH_SIZE)) void send(kind, part, pending.get(kind)!);
    }
  }

  return {
    load(kind, id) {
      let waiting = pending.get(kind);
      if (!waiting) pending.set(kind, (waiting = new Map()));
      const known = waiting.get(id);
      if (known) return known.promise;
      const entry = waiter();
      waiting.set(id, entry);
      // A timer rather than a microtask, so that ids asked for in several tasks close together
      // (one React commit, the promise callbacks that follow it, the next column's page) share
      // the request.
      if (queued.size === 0) setTimeout(flush, SUMMARY_BATCH_WINDOW_MS);
      let ids = queued.get(kind);
      if (!ids) queued.set(kind, (ids = []));
      ids.push(id);
      return entry.promise;
    },
  };
}

const batchers = new WeakMap<SummarySource, SummaryBatcher>();

/** The one batcher for a backend, so every component asking it shares its requests. */
export function summaryBatcher(backend: SummarySource): SummaryBatcher {
  let batcher = batchers.get(backend);
  if (!batcher) batchers.set(backend, (batcher = createSummaryBatcher(backend)));
  return batcher;
}
