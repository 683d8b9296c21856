import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { Db } from '../../server/db.ts';
import {
  dbSessionStore,
  fileSessionStore,
  hashSessionId,
  SESSION_TTL_MS,
} from '../../server/session/session-store.ts';
import { buildServer, openTestDb, RUNTIME_KEY } from './runtime-harness.ts';

// Browser sessions (server/session/): the key is traded once for an HttpOnly cookie, which then
// signs in every tab; cookie writes must come from the app's own page.

const ORIGIN = 'http://localhost';
const COOKIE = 'tasklink_session';

let db: Db;
let app: Hono;
beforeAll(async () => {
  db = await openTestDb();
  app = buildServer(db).app;
});
afterAll(() => db.close());

type Init = { method?: string; headers?: Record<string, string>; body?: unknown };
const send = (path: string, init: Init = {}) =>
  app.request(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

/** What the app sends when it hands the key over. */
const signIn = (headers: Record<string, string> = {}) =>
  send('/auth/session', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${RUNTIME_KEY}`,
      'x-tasklink-csrf': '1',
      origin: ORIGIN,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
  });

function sessionIdFrom(res: Response): string {
  const cookie = res.headers.get('set-cookie') ?? '';
  const id = new RegExp(`^${COOKIE}=([^;]+)`).exec(cookie)?.[1];
  if (!id) throw new Error(`no session cookie in ${cookie}`);
  return id;
}

async function newSession(): Promise<string> {
  const res = await signIn();
  expect(res.status).toBe(201);
  return sessionIdFrom(res);
}

const asBrowser = (id: string, extra: Record<string, string> = {}) => ({
  cookie: `${COOKIE}=${id}`,
  ...extra,
});
const sameOriginWrite = { 'x-tasklink-csrf': '1', origin: ORIGIN, 'sec-fetch-site': 'same-origin' };

describe('POST /auth/session', () => {
  it('answers the right key with an HttpOnly, SameSite=Strict, Path=/ cookie holding a random id', async () => {
    const res = await signIn();
    expect(res.status).toBe(201);
    const body = (await res.json()) as { data: { signedIn: boolean; expiresAt: string } };
    expect(body.data.signedIn).toBe(true);
    const expires = Date.parse(body.data.expiresAt);
    expect(expires - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 60_000);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toContain(RUNTIME_KEY);
    expect(sessionIdFrom(res)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessionIdFrom(await signIn())).not.toBe(sessionIdFrom(res));
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the cookie Secure when the page is served over https', async () => {
    const direct = await app.request('https://localhost/auth/session', {
      method: 'POST',
      headers: { authorization: `Bearer ${RUNTIME_KEY}`, 'x-tasklink-csrf': '1' },
    });
    expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = await signIn({ 'x-forwarded-proto': 'https', origin: 'https://localhost' });
    expect(proxied.status).toBe(201);
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('stores only a keyed hash of the session id, never the id or the key', async () => {
    const id = await newSession();
    const rows = await db.query<{ id_hash: string }>('SELECT id_hash FROM tasklink_sessions');
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(id);
    expect(stored).not.toContain(RUNTIME_KEY);
    expect(rows.map((r) => r.id_hash)).toContain(hashSessionId(id, RUNTIME_KEY));
  });

  it.each([
    ['no key', {}, 403, 'Missing authentication token'],
    ['a wrong key', { authorization: 'Bearer wrong-key-123' }, 401, 'Token invalid'],
  ])('refuses %s as the API does, and sets no cookie', async (_, headers, status, message) => {
    const res = await send('/auth/session', {
      method: 'POST',
      headers: { 'x-tasklink-csrf': '1', ...headers },
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = (await res.json()) as { messages: string[] };
    expect(body.messages[0]).toContain(message);
  });

  it('is refused from another site', async () => {
    const forged: Record<string, string>[] = [
      { 'x-tasklink-csrf': '' },
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of forged) {
      const res = await signIn(headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });
});
describe('the API with a session cookie', () => {
  it('reads with the cookie alone, in any tab', async () => {
    const id = await newSession();
    const res = await send('/rest/tasks?limit=1', { headers: asBrowser(id) });
    expect(res.status).toBe(200);
  });

  it('writes with the cookie and the same-origin header', async () => {
    const id = await newSession();
    const res = await send('/rest/people', {
      method: 'POST',
      headers: asBrowser(id, sameOriginWrite),
      body: { name: { firstName: 'Cookie', lastName: 'Writer' } },
    });
    expect(res.status).toBe(201);
  });

  it.each([
    [
      'without the CSRF header',
      { origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
      /X-Tasklink-CSRF/,
    ],
    [
      'from another origin',
      { ...sameOriginWrite, origin: 'http://evil.example' },
      /another origin/,
    ],
    ['from another site', { ...sameOriginWrite, 'sec-fetch-site': 'cross-site' }, /cross-site/],
    ['from a sibling origin', { ...sameOriginWrite, 'sec-fetch-site': 'same-site' }, /same-site/],
  ])('refuses a cookie write %s with 403 and changes nothing', async (_, headers, message) => {
    const id = await newSession();
    const [before] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks');
    for (const [method, path] of [
      ['POST', '/rest/tasks'],
      ['PATCH', '/rest/tasks/00000000-0000-4000-8000-000000000001'],
      ['PUT', '/rest/tasks/00000000-0000-4000-8000-000000000001'],
      ['DELETE', '/rest/tasks/00000000-0000-4000-8000-000000000001'],
    ] as const) {
      const res = await send(path, {
        method,
        headers: asBrowser(id, headers),
        body: { title: 'forged' },
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      const body = (await res.json()) as { error: string; messages: string[] };
      expect(body.error).toBe('CSRF_REFUSED');
      expect(body.messages[0]).toMatch(message);
    }
    const [after] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks');
    expect(after?.n).toBe(before?.n);
  });

  it('answers a cookie that names no session with 401, and sets no cookie', async () => {
    for (const id of ['x'.repeat(43), 'not-even-well-formed', '']) {
      const res = await send('/rest/tasks', { headers: asBrowser(id) });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { messages: string[] };
      expect(body.messages[0]).toMatch(/Session expired or signed out/);
      // A clearing Set-Cookie would clear whatever cookie the browser holds when it lands.
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('never clears the cookie a sign-in that crossed a refused request has just set', async () => {
    const old = await newSession();
    // The `#key` hand-over replaces the session the browser carries; a request sent with that
    // cookie just before is then refused, and its answer may reach the browser last.
    const handOver = await signIn({ cookie: `${COOKIE}=${old}` });
    expect(handOver.status).toBe(201);
    const refused = await send('/rest/tasks', { headers: asBrowser(old) });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')).toBeNull();
    const status = await send('/auth/session', { headers: asBrowser(old) });
    expect(((await status.json()) as { data: unknown }).data).toEqual({ signedIn: false });
    expect(status.headers.get('set-cookie')).toBeNull();
    const fresh = asBrowser(sessionIdFrom(handOver));
    expect((await send('/rest/tasks', { headers: fresh })).status).toBe(200);
  });

  it('keeps Bearer keys as they were: missing 403, wrong 401, a cookie never needed', async () => {
    expect((await send('/rest/tasks')).status).toBe(403);
    const id = await newSession();
    // An Authorization header decides on its own, cookie or not.
    expect(
      (await send('/rest/tasks', { headers: asBrowser(id, { authorization: 'Bearer nope' }) }))
        .status,
    ).toBe(401);
    const write = await send('/rest/people', {
      method: 'POST',
      headers: { authorization: `Bearer ${RUNTIME_KEY}` },
      body: { name: { firstName: 'Bearer', lastName: 'Client' } },
    });
    expect(write.status).toBe(201);
  });

  it('names the cookie after the port, so two servers on one host keep their own', async () => {
    const res = await app.request('http://127.0.0.1:5180/auth/session', {
      method: 'POST',
      headers: { authorization: `Bearer ${RUNTIME_KEY}`, 'x-tasklink-csrf': '1' },
    });
    expect(res.headers.get('set-cookie')).toMatch(/^tasklink_session_5180=/);
  });
});

describe('GET and DELETE /auth/session', () => {
  it('says whether this browser is signed in', async () => {
    const id = await newSession();
    const yes = (await (await send('/auth/session', { headers: asBrowser(id) })).json()) as {
      data: { signedIn: boolean; expiresAt?: string };
    };
    expect(yes.data.signedIn).toBe(true);
    expect(yes.data.expiresAt).toEqual(expect.any(String));
    const no = (await (await send('/auth/session')).json()) as { data: { signedIn: boolean } };
    expect(no.data).toEqual({ signedIn: false });
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const id = await newSession();
    const refused = await send('/auth/session', { method: 'DELETE', headers: asBrowser(id) });
    expect(refused.status).toBe(403);
    expect((await send('/rest/tasks', { headers: asBrowser(id) })).status).toBe(200);

    const out = await send('/auth/session', {
      method: 'DELETE',
      headers: asBrowser(id, sameOriginWrite),
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await send('/rest/tasks', { headers: asBrowser(id) })).status).toBe(401);
    const rows = await db.query('SELECT 1 FROM tasklink_sessions WHERE id_hash = $1', [
      hashSessionId(id, RUNTIME_KEY),
    ]);
    expect(rows).toEqual([]);
  });

  it('answers unknown /auth paths with a JSON 404, not the app', async () => {
    const res = await send('/auth/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('session stores', () => {
  it('expire sessions after their lifetime and drop expired rows on the next sign-in', async () => {
    const store = dbSessionStore(db, RUNTIME_KEY, 1_000);
    const start = new Date('2030-01-01T00:00:00Z');
    const { id, expiresAt } = await store.create(start);
    expect(expiresAt.toISOString()).toBe('2030-01-01T00:00:01.000Z');
    expect(await store.find(id, new Date(start.getTime() + 999))).toEqual({ expiresAt });
    expect(await store.find(id, new Date(start.getTime() + 1_000))).toBeUndefined();
    await store.create(new Date(start.getTime() + 5_000));
    const rows = await db.query('SELECT 1 FROM tasklink_sessions WHERE id_hash = $1', [
      hashSessionId(id, RUNTIME_KEY),
    ]);
    expect(rows).toEqual([]);
  });

  it('survive a restart: a new store over the same database knows the session', async () => {
    const { id } = await dbSessionStore(db, RUNTIME_KEY).create();
    expect(await dbSessionStore(db, RUNTIME_KEY).find(id)).toBeDefined();
  });

  it('end when the API key changes: a new key signs every browser out', async () => {
    const { id } = await dbSessionStore(db, RUNTIME_KEY).create();
    expect(await dbSessionStore(db, 'a-brand-new-key-0123456789').find(id)).toBeUndefined();
  });

  it('in proxy mode keep hashed sessions in an owner-only file that a restart reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tasklink-sessions-'));
    try {
      const { id } = await fileSessionStore(RUNTIME_KEY, dir).create();
      const file = join(dir, 'sessions.json');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const again = fileSessionStore(RUNTIME_KEY, dir);
      expect(await again.find(id)).toBeDefined();
      await again.delete(id);
      expect(await fileSessionStore(RUNTIME_KEY, dir).find(id)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
