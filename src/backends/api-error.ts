// The errors a backend call can end in. Their messages are written for people and never hold
// an API key or a full request URL (the URL's query can carry a user's search text; the
// origin alone says where we tried).

/** The server answered with a non-2xx status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** The server's own explanations, from `messages` (Twenty) or `message`. */
  readonly messages: string[];
  /** Seconds to wait before trying again, when the server said so (429/503). */
  readonly retryAfter: number | null;

  constructor(status: number, messages: string[], retryAfter: number | null = null) {
    super(messages[0] ?? defaultStatusText(status));
    this.status = status;
    this.messages = messages;
    this.retryAfter = retryAfter;
  }
}

/** fetch itself failed: offline, wrong host, refused, or blocked by the browser (CORS). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly origin: string;
  readonly reason: 'unreachable' | 'timeout';
  /** What may be wrong, without the lead sentence ("Could not reach…"), for a second line. */
  readonly detail: string;
  readonly crossOrigin: boolean;

  /**
   * `crossOrigin`: the server is not the page's own. Only then can the browser have blocked the
   * request (CORS) or the address be mistyped; the app's own server was simply not there.
   */
  constructor(origin: string, reason: 'unreachable' | 'timeout', crossOrigin = true) {
    const detail =
      reason === 'timeout'
        ? 'It may be overloaded or unreachable; try again.'
        : crossOrigin
          ? 'You may be offline, the address may be wrong, or the server does not allow requests ' +
            'from this site (CORS).'
          : 'It may be stopped or restarting, or this device may be offline.';
    super(
      reason === 'timeout'
        ? `The server at ${origin} did not answer in time. ${detail}`
        : `Could not reach the server at ${origin}. ${detail}`,
    );
    this.origin = origin;
    this.reason = reason;
    this.detail = detail;
    this.crossOrigin = crossOrigin;
  }
}

/** The server answered, but not in the shape this app understands. */
export class ResponseFormatError extends Error {
  override readonly name = 'ResponseFormatError';
  /** Which object's answer it was, e.g. "tasks". */
  readonly object: string;
  /** The first problems found, as "path: message". */
  readonly issues: string[];

  constructor(object: string, issues: string[]) {
    super(`The server's answer for ${object} had an unexpected format: ${issues.join('; ')}`);
    this.object = object;
    this.issues = issues;
  }
}

export function defaultStatusText(status: number): string {
  if (status === 401) return 'The API key was not accepted (401 Unauthorized).';
  if (status === 403) return 'The API key is not allowed to do this (403 Forbidden).';
  if (status === 404) return 'Not found (404).';
  if (status === 429) return 'Too many requests; the server asked us to slow down (429).';
  if (status >= 500) return `The server had a problem (${status}). Try again in a moment.`;
  return `The server refused the request (${status}).`;
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404;
