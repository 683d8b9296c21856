import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createAdaptorServer, getRequestListener } from '@hono/node-server';
import { parseConfig } from '../../server/config.ts';
import type { Db } from '../../server/db.ts';
import { allowedHosts } from '../../server/host-check.ts';
import { weakKeyReason } from '../../server/key-strength.ts';
import {
  bindServer,
  closeServer,
  listen,
  networkOptions,
  startupWarnings,
} from '../../server/start.ts';
import { buildServer, makeCaller, openTestDb, RUNTIME_KEY } from './runtime-harness.ts';

// What a server reachable from other pages and other machines must refuse.

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

type Answer = { status: number; headers: IncomingHttpHeaders };
/** Real HTTP, so the Host header and the client address are what a browser would send. */
function send(port: number, path: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header (DNS rebinding)', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    // Bound first, as the real start does, so the allowed Host values know the port.
    const config = parseConfig({ PORT: '0' });
    const bound = await bindServer(config);
    ({ server, port } = bound);
    bound.serve(getRequestListener(buildServer(db, networkOptions(config, port)).app.fetch));
  });
  afterAll(() => closeServer(server));

  it('serves the loopback names of the bound port and nothing else', async () => {
    const auth = { authorization: `Bearer ${RUNTIME_KEY}` };
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await send(port, '/rest/tasks?limit=1', { ...auth, host })).status).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`]) {
      const answer = await send(port, '/rest/tasks?limit=1', { ...auth, host });
      expect(answer.status).toBe(421);
    }
    expect((await send(port, '/', { host: `rebind.example:${port}` })).status).toBe(421);
  });

  it('is derived from the bound address', () => {
    expect(allowedHosts('127.0.0.1', 5173)).toEqual([
      '127.0.0.1:5173',
      'localhost:5173',
      '[::1]:5173',
    ]);
    expect(allowedHosts('10.0.0.5', 80)).toEqual(['10.0.0.5', '10.0.0.5:80']);
    expect(allowedHosts('0.0.0.0', 8080)).toBeUndefined();
    expect(allowedHosts('0.0.0.0', 8080, ['tasks.example.com', 'proxy.example.com:443'])).toEqual([
      'tasks.example.com:8080',
      'proxy.example.com:443',
    ]);
  });
});

describe('wrong API keys', () => {
  let now = 0;
  const build = () =>
    buildServer(db, { throttle: { burst: 10, refillMs: 1000, now: () => now } }).app;

  it('are throttled to one a second after ten, with 429 and Retry-After, the right key included', async () => {
    const app = build();
    const wrong = makeCaller(app, 'not-the-key-123');
    const right = makeCaller(app);
    for (let i = 0; i < 10; i++) {
      const reply = await wrong('GET', '/rest/tasks?limit=1');
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toBe('Bearer');
    }
    const throttled = await wrong('GET', '/rest/tasks?limit=1');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.body).toMatchObject({
      statusCode: 429,
      messages: [expect.stringMatching(/wrong API keys/)],
    });
    expect((await right('GET', '/rest/tasks?limit=1')).status).toBe(429);
    // A request without any key is no guess: it is answered (403, as Twenty does), not counted.
    expect((await makeCaller(app, null)('GET', '/rest/tasks')).status).toBe(403);

    now += 1000;
    expect((await right('GET', '/rest/tasks?limit=1')).status).toBe(200);
    expect((await wrong('GET', '/rest/tasks?limit=1')).status).toBe(401);
    expect((await wrong('GET', '/rest/tasks?limit=1')).status).toBe(429);
  });

  it('are counted per client address over HTTP', async () => {
    const server = createAdaptorServer({ fetch: build().fetch }) as Server;
    const port = await listen(server, '127.0.0.1', 0);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        statuses.push(
          (await send(port, '/rest/tasks', { authorization: 'Bearer guess-000' })).status,
        );
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    } finally {
      await closeServer(server);
    }
  });
});

describe('a weak TASKLINK_API_KEY', () => {
  it('is recognised', () => {
    expect(weakKeyReason('password')).toMatch(/shorter than 16/);
    expect(weakKeyReason('aaaaaaaabbbbbbbbcccc')).toMatch(/too few different/);
    expect(weakKeyReason('correcthorsebatterystaple')).toMatch(/one kind/);
    expect(weakKeyReason('Kq7-vP2x9LmZr4Tw')).toBeUndefined();
  });

  it('makes the server warn at start without showing the key', () => {
    const warnings = startupWarnings(parseConfig({ TASKLINK_API_KEY: 'hunter2hunter2' }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/TASKLINK_API_KEY is weak/);
    expect(warnings[0]).not.toContain('hunter2');
    expect(startupWarnings(parseConfig({ TASKLINK_API_KEY: 'Kq7-vP2x9LmZr4Tw' }))).toEqual([]);
    expect(startupWarnings(parseConfig({}))).toEqual([]);
  });
});

describe('headers on API answers', () => {
  it('forbid caching, sniffing, framing and referrers, on success and on error', async () => {
    const { call } = buildServer(db);
    for (const reply of [
      await call('GET', '/rest/tasks?limit=1'),
      await makeCaller(buildServer(db).app, null)('GET', '/rest/tasks'),
      await call('GET', '/rest/nothing'),
    ]) {
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
      expect(reply.headers.get('x-frame-options')).toBe('DENY');
      expect(reply.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
  });
});

describe('CORS', () => {
  const options = networkOptions(
    parseConfig({ TASKLINK_CORS_ORIGINS: 'https://board.example.com' }),
    5173,
  );
  let app: ReturnType<typeof buildServer>['app'];
  beforeAll(() => {
    app = buildServer(db, { corsOrigins: options.corsOrigins }).app;
  });
  const preflight = (origin: string) =>
    app.request('/rest/tasks', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
  const allowHeaders = (res: Response) =>
    [...res.headers.keys()].filter((name) => name.startsWith('access-control-allow'));

  it('gives a preflight from an unlisted origin no allow header', async () => {
    const res = await preflight('http://evil.example');
    expect(res.status).toBe(403);
    expect(allowHeaders(res)).toEqual([]);
    const read = await app.request('/rest/tasks?limit=1', {
      headers: { origin: 'http://evil.example', authorization: `Bearer ${RUNTIME_KEY}` },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets listed origins and the server’s own through', async () => {
    for (const origin of ['https://board.example.com', 'http://localhost:5173']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    }
    const read = await app.request('/rest/tasks?limit=1', {
      headers: { origin: 'https://board.example.com', authorization: `Bearer ${RUNTIME_KEY}` },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe('https://board.example.com');
  });
});
