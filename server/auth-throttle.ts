import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

// Wrong keys are throttled per client address: a few mistakes are free, then one guess per
// second at most (it was 12,000 a second). While a client is throttled every request it sends
// with a key gets 429, the right key included, or guessing would simply continue until a 200.

export type ThrottleOptions = {
  /** Wrong keys allowed in a burst. */
  burst: number;
  /** Milliseconds for one more wrong key to be allowed. */
  refillMs: number;
  now?: () => number;
};

export const DEFAULT_THROTTLE: ThrottleOptions = { burst: 10, refillMs: 1000 };
/** Clients remembered at most; the least recently failing are forgotten first. */
const MAX_CLIENTS = 10_000;

const THROTTLED = new HttpError(429, 'TooManyRequestsException', [
  'Too many wrong API keys from this address; wait before trying again',
]);

type Bucket = { tokens: number; at: number };

export function authThrottle(options: ThrottleOptions = DEFAULT_THROTTLE): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, t: number) => {
    bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.at) / options.refillMs);
    bucket.at = t;
  };
  return async (c, next) => {
    const client =
      (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? 'local';
    const sentKey = c.req.header('authorization') !== undefined;
    const bucket = buckets.get(client);
    if (sentKey && bucket) {
      refill(bucket, now());
      if (bucket.tokens < 1) {
        const waitMs = (1 - bucket.tokens) * options.refillMs;
        c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
        return c.json(THROTTLED.body(), 429);
      }
    }
    await next();
    if (c.res.status !== 401) return;
    c.header('WWW-Authenticate', 'Bearer');
    if (!sentKey) return;
    const t = now();
    const current = bucket ?? { tokens: options.burst, at: t };
    refill(current, t);
    current.tokens -= 1;
    // Re-inserted so the map's order is "least recently failing first".
    buckets.delete(client);
    buckets.set(client, current);
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
  };
}
