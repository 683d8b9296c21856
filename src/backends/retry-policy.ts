import { ApiError, NetworkError } from './api-error';
import type { HttpRequest } from './http';

// When the http client sends a request again, and how long it waits first (http.ts says why:
// a 429 means the server did nothing; a 5xx or a lost connection may come after it acted).

const MAX_RETRY_AFTER_MS = 10_000;
const MAX_RATE_LIMIT_DELAY_MS = 30_000;

/** Safe to repeat: a read, a PATCH or DELETE of one record, or a create with its client-made id. */
export function isIdempotent(req: HttpRequest): boolean {
  if (req.method !== 'POST') return true;
  const body = req.body;
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as { id?: unknown }).id === 'string'
  );
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && error.status >= 500;
}

export function backoffMs(attempt: number, baseDelayMs: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== null) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
  }
  // Exponential with jitter, so many tabs that failed together do not retry together.
  return baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
}

export function rateLimitBackoffMs(refusal: number, firstMs: number, error: ApiError): number {
  if (error.retryAfter !== null) return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
  return Math.min(MAX_RATE_LIMIT_DELAY_MS, firstMs * 2 ** (refusal - 1)) * (0.5 + Math.random());
}

export function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}
