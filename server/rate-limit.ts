import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

// Test-only rate limit, shaped like Twenty's: one token bucket for the workspace, `limit` tokens
// refilled evenly over `windowMs`, and a 429 whose message says the limit.

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

export const rateLimitError = ({ limit, windowMs }: RateLimit) =>
  new HttpError(429, 'TooManyRequestsException', [
    `Limit reached (${limit} tokens per ${windowMs} ms)`,
  ]);

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = rate.limit;
    this.last = now();
  }

  /** Takes one token; returns 0 when allowed, else the milliseconds until a token is back. */
  take(): number {
    const t = this.now();
    const perMs = this.rate.limit / this.rate.windowMs;
    this.tokens = Math.min(this.rate.limit, this.tokens + (t - this.last) * perMs);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - this.tokens) / perMs);
  }
}

export function rateLimitMiddleware(rate: RateLimit, now?: () => number): MiddlewareHandler {
  const bucket = new TokenBucket(rate, now);
  return async (c, next) => {
    const waitMs = bucket.take();
    if (waitMs > 0) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
      return c.json(rateLimitError(rate).body(), 429);
    }
    await next();
  };
}
