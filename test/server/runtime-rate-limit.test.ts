import type { Db } from '../../server/db.ts';
import { TokenBucket, parseRateLimit, rateLimitMiddleware } from '../../server/rate-limit.ts';
import { Hono } from 'hono';
import { buildServer, errorBody, openTestDb } from './runtime-harness.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('rate limit (TASKLINK_RATE_LIMIT)', () => {
  it("answers 429 with Twenty's body and no Retry-After once the bucket is empty", async () => {
    const { call } = buildServer(db, { rateLimit: [{ limit: 3, windowMs: 60_000 }] });
    for (let i = 0; i < 3; i++) expect((await call('GET', '/rest/tasks')).status).toBe(200);
    const limited = await call('GET', '/rest/tasks');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'HttpException',
      messages: ['Limit reached (3 tokens per 60000 ms)'],
    });
    expect(limited.headers.get('retry-after')).toBeNull();
    // Every kind of request draws from the same workspace bucket.
    expect((await call('POST', '/rest/tasks', { title: 'x' })).body).toEqual(
      errorBody(429, /Limit reached/),
    );
  });

  it('is off unless configured', async () => {
    const { call } = buildServer(db);
    for (let i = 0; i < 20; i++)
      expect((await call('GET', '/rest/tasks?limit=1')).status).toBe(200);
  });

  const limited = (rules: { limit: number; windowMs: number }[], now: () => number) => {
    const app = new Hono();
    app.use('*', rateLimitMiddleware(rules, now));
    app.get('/', (c) => c.text('ok'));
    return app;
  };

  it('holds every rule: a short window refuses a burst the long one allows', async () => {
    let now = 0;
    const app = limited(
      [
        { limit: 100, windowMs: 60_000 },
        { limit: 10, windowMs: 1000 },
      ],
      () => now,
    );
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await app.request('/')).status);
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429]);
    const refused = (await (await app.request('/')).json()) as { messages: string[] };
    expect(refused.messages).toEqual(['Limit reached (10 tokens per 1000 ms)']);
    now = 1000;
    expect((await app.request('/')).status).toBe(200);
  });

  it("holds Twenty's two rules at once: 100 per second and 100 per minute", async () => {
    let now = 0;
    const app = limited(
      [
        { limit: 100, windowMs: 60_000 },
        { limit: 100, windowMs: 1000 },
      ],
      () => now,
    );
    const burst = async (n: number) => {
      const statuses: number[] = [];
      for (let i = 0; i < n; i++) statuses.push((await app.request('/')).status);
      return statuses;
    };
    const messageOf = async () =>
      ((await (await app.request('/')).json()) as { messages: string[] }).messages[0];

    // A burst of 100 passes; the 101st is refused, and the minute's rule is what holds it longest.
    expect(await burst(100)).toEqual(Array(100).fill(200));
    expect(await messageOf()).toBe('Limit reached (100 tokens per 60000 ms)');
    // A second later the per-second bucket is full again, but the minute's is nearly empty:
    // 1.7 tokens came back in that second.
    now = 1000;
    expect(await burst(2)).toEqual([200, 429]);
    expect(await messageOf()).toBe('Limit reached (100 tokens per 60000 ms)');
    // A whole minute refills both.
    now = 61_000;
    expect(await burst(100)).toEqual(Array(100).fill(200));
  });

  it('refills evenly over the window', () => {
    let now = 0;
    const bucket = new TokenBucket(parseRateLimit('2/1000'), () => now);
    expect([bucket.take(), bucket.take()]).toEqual([0, 0]);
    expect(bucket.take()).toBe(500);
    now = 499;
    expect(bucket.take()).toBeGreaterThan(0);
    now = 500;
    expect(bucket.take()).toBe(0);
    now = 10_000;
    // Never more than `limit` tokens saved up.
    expect([bucket.take(), bucket.take(), bucket.take()].map((w) => w === 0)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
