import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

// Test-only rate limit, shaped like Twenty's (and so Dalil's): one token bucket per rule for the
// workspace, `limit` tokens refilled evenly over `windowMs`. Twenty's default is two rules, 100
// per 60,000 ms and 100 per 1,000 ms (TASKLINK_RATE_LIMIT=100/60000,100/1000). Past any of them
// it answers 429 saying the limit, with no Retry-After header: a client has to pace itself.

export type RateLimit = { limit: number; windowMs: number };

/** Parses `<requests>/<milliseconds>`, e.g. `5/1000`. */
export function parseRateLimit(text: string): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const limit = Number(match?.[1]);
  const windowMs = Number(match?.[2]);
  if (!match || limit < 1 || windowMs < 1 || limit > 1_000_000 || windowMs > 86_400_000) {
    throw new Error(`expected <requests>/<milliseconds> such as 5/1000, got "${text}"`);
  }
  return { limit, windowMs };
}

/** Parses one rule or several separated by commas, e.g. `100/60000,100/1000`. */
export function parseRateLimits(text: string): RateLimit[] {
  return text.split(',').map(parseRateLimit);
}

export const rateLimitError = ({ limit, windowMs }: RateLimit) =>
  new HttpError(429, 'HttpException', [`Limit reached (${limit} tokens per ${windowMs} ms)`]);

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly rate: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = rate.limit;
    this.last = now();
  }

  private refill() {
    const t = this.now();
    this.tokens = Math.min(
      this.rate.limit,
      this.tokens + ((t - this.last) * this.rate.limit) / this.rate.windowMs,
    );
    this.last = t;
  }

  hasToken(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  /** Milliseconds until the next token, 0 when one is there now. */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1
      ? 0
      : Math.ceil(((1 - this.tokens) * this.rate.windowMs) / this.rate.limit);
  }

  /** Takes one token; returns 0 when allowed, else the milliseconds until a token is back. */
  take(): number {
    const wait = this.waitMs();
    if (wait === 0) this.tokens -= 1;
    return wait;
  }
}

export function rateLimitMiddleware(
  rules: readonly RateLimit[],
  now?: () => number,
): MiddlewareHandler {
  const buckets = rules.map((rule) => new TokenBucket(rule, now));
  return async (c, next) => {
    // A refused request takes no token from any bucket, so it does not push the wait further. The
    // message names the rule that holds the request back longest.
    const waits = buckets.map((bucket) => bucket.waitMs());
    const longest = Math.max(...waits);
    if (longest > 0) return c.json(rateLimitError(rules[waits.indexOf(longest)]!).body(), 429);
    for (const bucket of buckets) bucket.take();
    await next();
  };
}
