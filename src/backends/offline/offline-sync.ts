import { ApiError, NetworkError } from '../api-error';
import type { QueuedWrite, WriteQueue } from './write-queue';

// Whether the server can be reached, and the writes waiting for it. After a request fails at
// the network level (or the server's proxy answers 502/503/504) the app is "offline": it probes
// one cheap endpoint with backoff (about 1, 2, 4 … 30 s, with jitter, so many tabs do not come
// back in step), and at once when the browser says it is online again or the user asks. When a
// probe gets an answer, the queued writes go out in the order they were made, one at a time;
// only then is the app "online" again, so no refetch can show the server's state without them.

export type SyncStatus =
  /** Everything goes straight to the server. */
  | 'online'
  /** The server cannot be reached; probing with backoff. */
  | 'offline'
  /** The server is back; the queued writes are being sent. */
  | 'syncing'
  /** The server answers but would not take a queued write yet (key refused, 429, 5xx). */
  | 'waiting';

export type SyncSnapshot = { readonly status: SyncStatus; readonly pending: number };

export type RefusedWrite = { write: QueuedWrite; error: unknown };

export type OfflineSync = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SyncSnapshot;
  /** A request could not reach the server. */
  reportUnreachable(): void;
  /** A request got an answer: if the app thought it was offline, it checks at once. */
  reportReachable(): void;
  /** Probes now rather than at the next step of the backoff. */
  retryNow(): void;
  /** Whether a write must wait in the queue (offline, or earlier writes still waiting). */
  mustQueue(): boolean;
  enqueue(write: QueuedWrite): void;
  /** Told of each queued write the server refused (a 4xx) and that was dropped. */
  onRefused(listener: (refused: RefusedWrite) => void): () => void;
  /** Resolves once the current probe or flush (if any) is over; for tests. */
  settled(): Promise<void>;
};

export type OfflineSyncOptions = {
  queue: WriteQueue;
  /** True when the server answered (any answer but a network error or 502/503/504). */
  probe: () => Promise<boolean>;
  /** Sends one queued write; resolves when the server has it. */
  replay: (write: QueuedWrite) => Promise<void>;
  /** First backoff step and the cap, in ms. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** Where `online`/`offline` events come from (window in the app). */
  events?: EventTarget | null;
  /** Serialises flushes across tabs (navigator.locks in the app). */
  lock?: (run: () => Promise<void>) => Promise<void>;
  /**
   * Nothing is probed or sent before this settles (either way): the `#key` hand-over, whose new
   * session cookie the writes left by an earlier visit must carry. Sent with the old one, they
   * would be refused, since the hand-over replaces the session they name.
   */
  startAfter?: Promise<unknown> | null;
};

/** A failure that says nothing about the request itself: the server was not there. */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    (error instanceof ApiError &&
      (error.status === 502 || error.status === 503 || error.status === 504))
  );
}

/** A server error met this many times on one write: it is given up as refused. */
const MAX_SERVER_ERRORS = 5;

export function createOfflineSync(options: OfflineSyncOptions): OfflineSync {
  const { queue, probe, replay } = options;
  const firstDelayMs = options.firstDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const lock = options.lock ?? ((run) => run());
  const events = options.events === undefined ? (globalThis.window ?? null) : options.events;

  const listeners = new Set<() => void>();
  const refusedListeners = new Set<(refused: RefusedWrite) => void>();
  let status: SyncStatus = 'online';
  let snapshot: SyncSnapshot = { status, pending: queue.entries().length };
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy: Promise<void> | null = null;
  const ready = options.startAfter?.then(
    () => undefined,
    () => undefined,
  );

  function publish(): void {
    const pending = queue.entries().length;
    if (snapshot.status === status && snapshot.pending === pending) return;
    snapshot = { status, pending };
    for (const listener of [...listeners]) listener();
  }

  function setStatus(next: SyncStatus): void {
    status = next;
    publish();
  }

  function scheduleRetry(): void {
    clearTimeout(timer);
    const step = Math.min(maxDelayMs, firstDelayMs * 2 ** attempt);
    attempt += 1;
    timer = setTimeout(check, step * (0.5 + random()));
  }

  // One probe-then-flush at a time; a second call while one runs joins it.
  function check(): Promise<void> {
    clearTimeout(timer);
    busy ??= (async () => {
      if (ready) await ready;
      let reachable = false;
      try {
        reachable = await probe();
      } catch {
        reachable = false;
      }
      if (!reachable) {
        setStatus('offline');
        scheduleRetry();
        return;
      }
      await flush();
    })().finally(() => {
      busy = null;
    });
    return busy;
  }

  async function flush(): Promise<void> {
    if (queue.entries().length > 0) setStatus('syncing');
    let outcome: 'done' | 'offline' | 'waiting' = 'done';
    await lock(async () => {
      // Read from storage each time: another tab may have sent some of them meanwhile.
      for (let entry = queue.entries()[0]; entry; entry = queue.entries()[0]) {
        try {
          await replay(entry.write);
          queue.remove(entry.seq);
          publish();
        } catch (error) {
          if (isUnreachable(error)) {
            outcome = 'offline';
            return;
          }
          const status = error instanceof ApiError ? error.status : null;
          const later =
            status === 401 ||
            status === 403 ||
            status === 408 ||
            status === 429 ||
            (status !== null && status >= 500 && entry.failures + 1 < MAX_SERVER_ERRORS);
          if (later) {
            if (status !== null && status >= 500) {
              queue.update({ ...entry, failures: entry.failures + 1 });
            }
            outcome = 'waiting';
            return;
          }
          // Refused for good (a 4xx such as a record deleted meanwhile, or an answer this app
          // cannot read): sending it again would only fail again.
          queue.remove(entry.seq);
          publish();
          for (const listener of [...refusedListeners]) listener({ write: entry.write, error });
        }
      }
    });
    if (outcome === 'done') {
      attempt = 0;
      setStatus('online');
    } else {
      setStatus(outcome);
      scheduleRetry();
    }
  }

  const onOnline = () => {
    if (status !== 'online') {
      attempt = 0;
      void check();
    }
  };
  const onOffline = () => sync.reportUnreachable();

  const sync: OfflineSync = {
    subscribe(listener) {
      if (listeners.size === 0) {
        events?.addEventListener('online', onOnline);
        events?.addEventListener('offline', onOffline);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          events?.removeEventListener('online', onOnline);
          events?.removeEventListener('offline', onOffline);
        }
      };
    },
    getSnapshot: () => snapshot,
    reportUnreachable() {
      if (status !== 'online') return;
      attempt = 0;
      setStatus('offline');
      scheduleRetry();
    },
    reportReachable() {
      if (status === 'offline' && busy === null) void check();
    },
    retryNow() {
      attempt = 0;
      void check();
    },
    mustQueue: () => status !== 'online' || queue.entries().length > 0,
    enqueue(write) {
      queue.add(write);
      publish();
      // Online with nothing in flight (a write queued behind a refused one, say): send it now.
      if (status === 'online' && busy === null) void check();
    },
    onRefused(listener) {
      refusedListeners.add(listener);
      return () => refusedListeners.delete(listener);
    },
    settled: async () => {
      while (busy) await busy;
    },
  };

  // Writes left by an earlier visit go out as soon as the server answers (and the hand-over, if
  // any, is done).
  if (queue.entries().length > 0) {
    status = 'syncing';
    snapshot = { status, pending: queue.entries().length };
    void check();
  }
  return sync;
}
