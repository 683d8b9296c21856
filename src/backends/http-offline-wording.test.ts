import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer, client, KEY } from '@/testing/http-answers';
import { server } from '@/testing/msw-server';
import { NetworkError } from './api-error';
import { createHttpClient } from './http';

// What the http client says when a server cannot be reached: plain words, and no CORS or
// wrong-address hint where it cannot be the cause (the app's own server).

describe('http client, server unreachable', () => {
  it('retries a read after a network error, then explains it in plain words', async () => {
    const seen = answer('get', '/rest/tasks', () => HttpResponse.error());
    const error = await client()
      .request({ method: 'GET', path: '/rest/tasks' })
      .catch((e: unknown) => e);
    expect(seen).toHaveLength(3);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/offline.*address may be wrong.*CORS/);
    expect((error as Error).message).toContain('https://crm.example.test');
  });

  it('never blames CORS or the address when the app’s own server is away', async () => {
    server.use(http.get(`${window.location.origin}/rest/tasks`, () => HttpResponse.error()));
    const error = await createHttpClient({ baseUrl: '', apiKey: KEY, baseDelayMs: 1 })
      .request({ method: 'GET', path: '/rest/tasks' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(
      `Could not reach the server at ${window.location.origin}. It may be stopped or restarting, or this device may be offline.`,
    );
  });
});
