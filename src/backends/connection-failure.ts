import { ApiError, NetworkError, ResponseFormatError } from './api-error';
import type { ConnectionReport } from './backend';

// What "Test connection" says when the probe failed, the same way for every backend: each
// adapter gives only its own words (what its API is called, where its base URL should point,
// what to do about a refused key). Never the key, never a full URL.

export type FailureWords = {
  /** "a Dalil REST API", "the Rolodex user API"… */
  api: string;
  /** Said after a format mismatch, e.g. where the base URL should point. */
  baseUrlHint?: string;
  /** Said after a 401/403. */
  refusedHint: string;
  /** What was refused: "API key" or "token". */
  credential?: string;
};

export function connectionFailure(
  error: unknown,
  origin: string,
  words: FailureWords,
): Extract<ConnectionReport, { ok: false }> {
  if (error instanceof NetworkError) {
    return { ok: false, reason: 'unreachable', message: error.message };
  }
  if (error instanceof ResponseFormatError) {
    const hint = words.baseUrlHint ? ` ${words.baseUrlHint}` : '';
    return {
      ok: false,
      reason: 'bad-format',
      message: `${origin} answered, but not like ${words.api} (${error.issues.join('; ')}).${hint}`,
    };
  }
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) {
      return {
        ok: false,
        reason: 'unauthorized',
        message: `${origin} refused the ${words.credential ?? 'API key'} (${error.status}). ${words.refusedHint}`,
      };
    }
    if (error.status === 404) {
      return {
        ok: false,
        reason: 'not-found',
        message: `No ${words.api.replace(/^(a|the) /, '')} at this URL (${origin} answered 404); check the base URL.`,
      };
    }
    return {
      ok: false,
      reason: 'server-error',
      message: `${origin} answered with an error (${error.status}): ${error.message}`,
    };
  }
  return {
    ok: false,
    reason: 'server-error',
    message: error instanceof Error ? error.message : 'The connection test failed.',
  };
}
