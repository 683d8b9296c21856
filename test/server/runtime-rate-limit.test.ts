import type { Db } from '../../server/db.ts';
import { TokenBucket, parseRateLimit } from '../../server/rate-limit.ts';
import { buildServer, errorBody, openTestDb } from './runtime-harness.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('rate limit (TASKLINK_RATE_LIMIT)', () => {
  it('answers 429 with the contract error body once the bucket is empty', async () => {
    const { call } = buildServer(db, { rateLimit: { limit: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) expect((await call('GET', '/rest/tasks')).status).toBe(200);
    const limited = await call('GET', '/rest/tasks');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'TooManyRequestsException',
      messages: ['Limit reached (3 tokens per 60000 ms)'],
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
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
