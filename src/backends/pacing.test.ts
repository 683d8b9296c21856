import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createHttpClient, type HttpClientOptions } from './http';
import { createPacingState } from './pacing-state';
import { createRateLimiter, parseRateLimit, TWENTY_RATE_LIMIT } from './rate-limiter';

// Pacing and 429 backoff on a fake clock: when each request actually leaves, and what the UI is
// told meanwhile.

type Sent = { at: number; method: string; url: string };

/** A fetch that answers each request with the next status in `statuses` (the last repeats). */
function fakeServer(statuses: number[] = [200]) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    sent.push({ at: Date.now(), method: init?.method ?? 'GET', url: String(input) });
    const status = statuses[Math.min(sent.length, statuses.length) - 1]!;
    const body =
      status === 429
        ? {
            statusCode: 429,
            error: 'HttpException',
            messages: ['Limit reached (3 tokens per 3000 ms)'],
          }
        : { data: sent.length };
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { sent, fetch };
}

function clientWith(fetch: typeof globalThis.fetch, over: Partial<HttpClientOptions> = {}) {
  const pacing = createPacingState();
  const client = createHttpClient({
    baseUrl: 'https://crm.example.test',
    apiKey: 'k3y',
    fetch,
    rateLimiter: createRateLimiter({ requests: 3, perMs: 3_000 }),
    rateLimitDelayMs: 1_000,
    pacing,
    ...over,
  });
  return { client, pacing };
}

const get = (path = '/rest/tasks', signal?: AbortSignal) =>
  ({ method: 'GET', path, signal }) as const;

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  // The middle of the jitter range, so each backoff is exactly its nominal step.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('pacing under the workspace rate limit', () => {
  it('sends a burst up to the budget at once, then one request per refilled token, in order', async () => {
    const { sent, fetch } = fakeServer();
    const { client, pacing } = clientWith(fetch);
    const results = Promise.all(
      Array.from({ length: 5 }, (_, i) => client.request(get(`/rest/tasks/${i}`))),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0]);
    expect(pacing.getSnapshot()).toEqual({ waiting: true, rateLimited: false });

    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1_000);
    await results;
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0, 1_000, 2_000]);
    expect(sent.map((s) => s.url.split('/').at(-1))).toEqual(['0', '1', '2', '3', '4']);
    expect(pacing.getSnapshot()).toEqual({ waiting: false, rateLimited: false });
  });

  it('backs off on a 429 without Retry-After, doubling each time, and tells the UI it waits', async () => {
    const { sent, fetch } = fakeServer([429, 429, 200]);
    const { client, pacing } = clientWith(fetch, {
      rateLimiter: createRateLimiter({ requests: 100, perMs: 100 }),
    });
    const seen: boolean[] = [];
    pacing.subscribe(() => seen.push(pacing.getSnapshot().rateLimited));

    const result = client.request(get());
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(pacing.getSnapshot()).toEqual({ waiting: true, rateLimited: true });
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    // The second refusal waits twice as long.
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ data: 3 });
    expect(sent.map((s) => s.at)).toEqual([0, 1_000, 3_000]);
    expect(pacing.getSnapshot().waiting).toBe(false);
    expect(seen.at(-1)).toBe(false);
    expect(seen).toContain(true);
  });

  it('spreads the backoff with jitter, so tabs refused together do not return together', async () => {
    vi.mocked(Math.random).mockReturnValue(0);
    const { sent, fetch } = fakeServer([429, 200]);
    const { client } = clientWith(fetch, { rateLimiter: null });
    const result = client.request(get());
    await vi.advanceTimersByTimeAsync(500);
    await result;
    expect(sent.map((s) => s.at)).toEqual([0, 500]);
  });

  it('after a 429, holds every other request too until the budget refills', async () => {
    const { sent, fetch } = fakeServer([429, 200]);
    const { client } = clientWith(fetch);
    const first = client.request(get('/rest/tasks/a'));
    await vi.advanceTimersByTimeAsync(0);
    const second = client.request(get('/rest/tasks/b'));
    await vi.advanceTimersByTimeAsync(999);
    // The server said the budget is spent: b waits for a refilled token, not going out now.
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_001);
    await Promise.all([first, second]);
    expect(sent.map((s) => s.url.split('/').at(-1))).toEqual(['a', 'b', 'a']);
    expect(sent.map((s) => s.at)).toEqual([0, 1_000, 2_000]);
  });

  it('gives up after its tries with the 429, so the caller can say so', async () => {
    const { sent, fetch } = fakeServer([429]);
    const { client, pacing } = clientWith(fetch, {
      maxRateLimitedAttempts: 3,
      rateLimiter: null,
    });
    const result = client.request(get()).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await result;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429 });
    expect(sent).toHaveLength(3);
    expect(pacing.getSnapshot().waiting).toBe(false);
  });

  it('lets a caller who gives up while waiting leave at once, without spending a token', async () => {
    const { sent, fetch } = fakeServer();
    const { client, pacing } = clientWith(fetch);
    await Promise.all([0, 1, 2].map((i) => client.request(get(`/rest/tasks/${i}`))));
    const controller = new AbortController();
    const abandoned = client.request(get('/rest/tasks/gone', controller.signal)).catch((e) => e);
    const next = client.request(get('/rest/tasks/next'));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await abandoned).toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(990);
    await next;
    expect(sent.map((s) => s.url.split('/').at(-1))).toEqual(['0', '1', '2', 'next']);
    expect(sent.at(-1)!.at).toBe(1_000);
    expect(pacing.getSnapshot().waiting).toBe(false);
  });
});

describe('rate limit settings', () => {
  it('reads the embedded server format and defaults to Twenty’s 100 per minute', () => {
    expect(parseRateLimit('100/60000')).toEqual({ requests: 100, perMs: 60_000 });
    expect(parseRateLimit(' 5 / 1000 ')).toEqual({ requests: 5, perMs: 1_000 });
    expect(parseRateLimit('0/1000')).toBeNull();
    expect(parseRateLimit('fast')).toBeNull();
    expect(TWENTY_RATE_LIMIT).toEqual({ requests: 100, perMs: 60_000 });
  });
});
