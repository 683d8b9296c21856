import { http, HttpResponse } from 'msw';
import { createHttpClient } from '@/backends/http';
import { server } from './msw-server';

// The http client's tests (src/backends/http*.test.ts): a client for a fake CRM with a key, and
// answers queued per path.

export const BASE = 'https://crm.example.test';
export const KEY = 'sk_live_secret_0123456789';
export const client = (over: Parameters<typeof createHttpClient>[0] | object = {}) =>
  createHttpClient({ baseUrl: BASE, apiKey: KEY, baseDelayMs: 1, ...over });

/** Counts requests to a path and answers with the given responses in turn (the last repeats). */
export function answer(method: 'get' | 'post', path: string, ...responses: (() => Response)[]) {
  const seen: Request[] = [];
  server.use(
    http[method](`${BASE}${path}`, ({ request }) => {
      seen.push(request.clone());
      return (responses[Math.min(seen.length, responses.length) - 1] ?? responses[0]!)();
    }),
  );
  return seen;
}

export const json =
  (body: unknown, status = 200) =>
  () =>
    HttpResponse.json(body as object, { status });
