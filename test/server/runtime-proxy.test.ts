import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { Db } from '../../server/db.ts';
import { createServer } from '../../server/server.ts';
import { baseUrl, closeServer, listen } from '../../server/start.ts';
import { makeCaller, openTestDb } from './runtime-harness.ts';

// Proxy mode keeps the workspace key on the server: the browser only ever holds tasklink's key.

const UPSTREAM_KEY = 'upstream-secret-key-7f3a91';
const PROXY_KEY = 'proxy-own-key-Zk28-q1';

let db: Db;
let upstream: Server;
let upstreamUrl: string;
/** What the upstream saw: its Authorization header and path of every request. */
const seen: { authorization: string | undefined; path: string; cookie: string | undefined }[] = [];
const logged: string[] = [];

beforeAll(async () => {
  db = await openTestDb();
  const real = createServer({ db, apiKey: UPSTREAM_KEY });
  const app = new Hono();
  app.use('*', async (c, next) => {
    seen.push({
      authorization: c.req.header('authorization'),
      path: `${c.req.path}${new URL(c.req.url).search}`,
      cookie: c.req.header('cookie'),
    });
    await next();
  });
  // A careless upstream that repeats the key it was sent, and one that moved.
  app.get('/rest/echo', (c) => c.json({ data: { sent: c.req.header('authorization') } }));
  app.get('/rest/moved', (c) => c.redirect('https://elsewhere.example/rest/tasks'));
  app.route('/', real);
  upstream = createAdaptorServer({ fetch: app.fetch }) as Server;
  upstreamUrl = baseUrl('127.0.0.1', await listen(upstream, '127.0.0.1', 0));
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await closeServer(upstream);
  await db.close();
});

const proxyTo = (url: string, upstreamKey = UPSTREAM_KEY) =>
  createServer({ apiKey: PROXY_KEY, upstream: { url, apiKey: upstreamKey } });

describe('proxy mode', () => {
  it('forwards with the workspace key, method, path, query and body', async () => {
    const call = makeCaller(proxyTo(upstreamUrl), PROXY_KEY);
    const created = await call('POST', '/rest/tasks?depth=0', { title: 'Through the proxy' });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { createTask: { id: string } } }).data.createTask.id;
    const read = await call('GET', `/rest/tasks/${id}`);
    expect(read.body).toMatchObject({ data: { task: { id, title: 'Through the proxy' } } });
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(seen.at(-2)).toEqual({
      authorization: `Bearer ${UPSTREAM_KEY}`,
      path: '/rest/tasks?depth=0',
      cookie: undefined,
    });
  });

  it('wants tasklink’s key: none (403, as Twenty), a wrong one or the workspace’s own (401) go nowhere', async () => {
    const app = proxyTo(upstreamUrl);
    const before = seen.length;
    const statuses: number[] = [];
    for (const key of [null, 'wrong-key-123456', UPSTREAM_KEY]) {
      statuses.push((await makeCaller(app, key)('GET', '/rest/tasks')).status);
    }
    expect(statuses).toEqual([403, 401, 401]);
    expect(seen.length).toBe(before);
  });

  it('never lets the workspace key reach an answer or a log line', async () => {
    const call = makeCaller(proxyTo(upstreamUrl), PROXY_KEY);
    const answers = [
      await call('GET', '/rest/echo'),
      await call('GET', '/rest/moved'),
      await makeCaller(proxyTo(upstreamUrl, 'revoked-key-0000'), PROXY_KEY)('GET', '/rest/tasks'),
      await makeCaller(proxyTo('http://127.0.0.1:9'), PROXY_KEY)('GET', '/rest/tasks'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 502, 502, 502]);
    expect(answers[0]!.body).toEqual({ data: { sent: 'Bearer [redacted]' } });
    expect(answers[2]!.text).toMatch(/refused tasklink's UPSTREAM_API_KEY \(status 401\)/);
    expect(answers[3]!.text).toMatch(/could not be reached/);
    for (const answer of answers) {
      expect(answer.text).not.toContain(UPSTREAM_KEY);
      expect(answer.text).not.toContain('revoked-key-0000');
      expect([...answer.headers.values()].join(' ')).not.toContain(UPSTREAM_KEY);
    }
    expect(logged.filter((line) => line.includes(UPSTREAM_KEY))).toEqual([]);
  });
});
