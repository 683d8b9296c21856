import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '@/backends/backend';
import type { Task } from '@/domain/types';
import { createApi } from '../../../server/api.ts';
import { openDb, type Db } from '../../../server/db.ts';
import { rateLimitMiddleware } from '../../../server/rate-limit.ts';
import { createSchema } from '../../../server/schema.ts';
import { seed } from '../../../server/seed/seed.ts';
import { createDalilBackend } from './dalil-backend';

// The adapter against the real embedded server and database (in process, no port) behind the
// server's own rate limiter: pacing itself, and waiting out the 429s when it does not.

const KEY = 'embedded-test-key-42';
let db: Db;

beforeAll(async () => {
  db = await openDb();
  await createSchema(db);
  await seed(db, { now: new Date() });
}, 60_000);
afterAll(() => db.close());

describe('Dalil adapter on a rate-limited embedded server', () => {
  // Twenty's limit shape (a token bucket per workspace, 429 past it), scaled down in time.
  const RATE = { limit: 8, windowMs: 800 };

  function limitedBackend(
    rateLimit: { requests: number; perMs: number } | null,
    http?: { rateLimitDelayMs: number },
  ) {
    const api = createApi({ db, apiKey: KEY });
    const limited = new Hono();
    limited.use('/rest/*', rateLimitMiddleware([RATE]));
    limited.all('*', (c) => api.fetch(c.req.raw));
    const statuses: number[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await limited.request(String(input), init);
      statuses.push(response.status);
      return response;
    };
    const client = createDalilBackend({
      kind: 'embedded',
      baseUrl: '',
      apiKey: KEY,
      fetch: fetchImpl,
      rateLimit,
      http,
    });
    return { client, statuses };
  }

  it('pages a whole column within the budget without one 429', async () => {
    // The client's budget is set a little under the server's, as it would be against a real
    // workspace: the two clocks differ, and a request reaches the server some time after the
    // client counted it. Against Twenty's 60 s window that time is nothing; against this test's
    // 800 ms one, a loaded CI machine's few hundred ms are not, so the slack is that time.
    const { client, statuses } = limitedBackend({
      requests: RATE.limit,
      perMs: RATE.windowMs + 400,
    });
    const tasks: Task[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    do {
      const page: Awaited<ReturnType<Backend['listTasks']>> = await client.listTasks({
        status: 'TODO',
        sort: 'dueAt',
        cursor,
        limit: 4,
      });
      total ??= page.totalCount;
      tasks.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(tasks).toHaveLength(total!);
    expect(statuses.length).toBeGreaterThan(RATE.limit);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
  }, 30_000);

  it('waits out 429s when it does not pace itself, and every read still succeeds', async () => {
    // Backoff steps as long as a token takes to come back (100 ms), as outside tests, rather
    // than the 1 ms that keeps component tests quick: six tries must be able to outlast it.
    const { client, statuses } = limitedBackend(null, {
      rateLimitDelayMs: RATE.windowMs / RATE.limit,
    });
    const seenWaiting: boolean[] = [];
    client.pacing?.subscribe(() => seenWaiting.push(client.pacing!.getSnapshot().rateLimited));
    const ids = (await client.listTasks({ sort: 'createdAt', limit: 12 })).items.map((t) => t.id);
    const tasks = await Promise.all(ids.map((id) => client.getTask(id)));
    expect(tasks.map((t) => t.id)).toEqual(ids);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(seenWaiting).toContain(true);
    expect(client.pacing?.getSnapshot().waiting).toBe(false);
  }, 30_000);
});
