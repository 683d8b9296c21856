import { z } from 'zod';
import { ApiError, NetworkError, ResponseFormatError } from './api-error';

export { ApiError, NetworkError, ResponseFormatError } from './api-error';

// One small fetch wrapper for every backend: Bearer auth, JSON, a timeout combined with the
// caller's abort signal, and retries for reads only. Writes are never retried here: a lost
// answer to a POST may mean the server acted, so the caller decides (the link workflow
// re-sends its creates with the same client-made id).

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export type HttpRequest = {
  method: HttpMethod;
  /** Path below the base URL, e.g. `/rest/tasks/abc`. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
};

export type HttpClientOptions = {
  /** Absolute URL, or relative ('' = this page's origin). */
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Tries in all for a read (GET); writes always get one. */
  maxAttempts?: number;
  /** First backoff step; each retry doubles it, with jitter. */
  baseDelayMs?: number;
};

export type HttpClient = {
  /** Where requests go, without path or credentials, for messages. */
  readonly origin: string;
  request(req: HttpRequest): Promise<unknown>;
};

const DEFAULT_TIMEOUT_MS = 15_000;
// Component tests everywhere run the real adapter against MSW; real backoff there would only
// slow them past Testing Library's 1 s wait. The retries themselves still happen.
const DEFAULT_BASE_DELAY_MS = import.meta.env?.MODE === 'test' ? 1 : 500;
const MAX_RETRY_AFTER_MS = 10_000;

const errorBodySchema = z.looseObject({
  messages: z.union([z.array(z.unknown()), z.string()]).optional(),
  message: z.union([z.array(z.unknown()), z.string()]).optional(),
});

export function resolveBaseUrl(baseUrl: string): URL | null {
  const pageOrigin = globalThis.location?.origin ?? 'http://localhost';
  try {
    const url = new URL(baseUrl === '' ? '/' : baseUrl, pageOrigin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const base = resolveBaseUrl(options.baseUrl);
  const origin = base?.origin ?? 'the configured address';
  const hide = (text: string) => scrubKey(text, options.apiKey);

  async function once(req: HttpRequest, url: string): Promise<unknown> {
    throwIfAborted(req.signal);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort();
    req.signal?.addEventListener('abort', forwardAbort, { once: true });

    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.apiKey !== '') headers.Authorization = `Bearer ${options.apiKey}`;
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: controller.signal,
      });
      text = await response.text();
    } catch {
      throwIfAborted(req.signal);
      throw new NetworkError(origin, timedOut ? 'timeout' : 'unreachable');
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', forwardAbort);
    }

    const body = parseJson(text);
    if (!response.ok) {
      throw new ApiError(
        response.status,
        errorMessages(body).map(hide),
        parseRetryAfter(response.headers.get('Retry-After')),
      );
    }
    if (body === INVALID_JSON) {
      throw new ResponseFormatError(objectOf(req.path), ['the body is not JSON']);
    }
    return body;
  }

  return {
    origin,
    async request(req) {
      if (!base) {
        throw new Error('The backend address is not a valid http(s) URL; check the settings.');
      }
      const url = buildUrl(base, req.path, req.query);
      const attempts = req.method === 'GET' ? maxAttempts : 1;
      for (let attempt = 1; ; attempt++) {
        try {
          return await once(req, url);
        } catch (error) {
          if (attempt >= attempts || !isRetryable(error)) throw error;
          await sleep(backoffMs(attempt, baseDelayMs, error), req.signal);
        }
      }
    },
  };
}

function buildUrl(base: URL, path: string, query?: URLSearchParams): string {
  const prefix = base.pathname.replace(/\/+$/, '');
  const search = query && query.size > 0 ? `?${query.toString()}` : '';
  return `${base.origin}${prefix}${path}${search}`;
}

function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status === 429 || error.status >= 500);
}

function backoffMs(attempt: number, baseDelayMs: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== null) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
  }
  // Exponential with jitter, so many tabs that failed together do not retry together.
  return baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException('The request was cancelled.', 'AbortError');
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}

const INVALID_JSON = Symbol('invalid-json');

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function errorMessages(body: unknown): string[] {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return [];
  const raw = parsed.data.messages ?? parsed.data.message ?? [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((m): m is string => typeof m === 'string' && m.trim() !== '');
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

/** `/rest/tasks/123` -> `tasks`: which object an answer was about, for messages. */
export function objectOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return (parts[0] === 'rest' ? parts[1] : parts[0]) ?? 'the request';
}

function scrubKey(text: string, apiKey: string): string {
  return apiKey.length >= 4 ? text.split(apiKey).join('[API key hidden]') : text;
}
