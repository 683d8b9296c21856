// A client-side token bucket shaped like Twenty's workspace limit: `requests` tokens, refilled
// evenly over `perMs`, so a burst up to the limit goes at once and then one request per
// perMs/requests. Waiters are served first come, first served; an aborted waiter leaves the
// queue without holding up the ones behind it.

export type RateLimit = { requests: number; perMs: number };

/** Twenty's default: 100 requests per minute per workspace (its 100 per second is looser). */
export const TWENTY_RATE_LIMIT: RateLimit = { requests: 100, perMs: 60_000 };

export type RateLimiter = {
  /** Resolves when a request may go; `onWait` is called first if it has to wait at all. */
  take(signal?: AbortSignal, onWait?: () => void): Promise<void>;
  /** The server said the budget is spent (429): start refilling from empty. */
  drain(): void;
};

/** Parses `<requests>/<milliseconds>`, the embedded server's TASKLINK_RATE_LIMIT format. */
export function parseRateLimit(text: string): RateLimit | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return null;
  const requests = Number(match[1]);
  const perMs = Number(match[2]);
  return requests >= 1 && perMs >= 1 ? { requests, perMs } : null;
}

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): RateLimiter {
  const perToken = limit.perMs / limit.requests;
  let tokens = limit.requests;
  let last = now();
  let queue: Promise<void> = Promise.resolve();

  function refill() {
    const t = now();
    tokens = Math.min(limit.requests, tokens + (t - last) / perToken);
    last = t;
  }

  async function next(signal: AbortSignal | undefined, onWait: (() => void) | undefined) {
    let told = false;
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      if (!told) {
        told = true;
        onWait?.();
      }
      await wait(Math.ceil((1 - tokens) * perToken), signal);
    }
  }

  return {
    take(signal, onWait) {
      const turn = queue.then(() => next(signal, onWait));
      queue = turn.catch(() => undefined);
      if (!signal) return turn;
      // A caller that gives up while still queued hears so at once; its turn, when it comes,
      // sees the abort and takes no token.
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal));
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        turn.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
    drain() {
      refill();
      tokens = 0;
    },
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was cancelled.', 'AbortError');
}

/** setTimeout that an abort ends at once. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
