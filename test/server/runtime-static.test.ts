import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../server/db.ts';
import { buildServer, errorBody, makeCaller, openTestDb } from './runtime-harness.ts';

// `npm start` serves the built SPA and the API on one origin: client routes get index.html,
// the API keeps answering JSON.

const INDEX =
  '<!doctype html><html><head><title>tasklink</title></head><body><div id="root"></div></body></html>';

let db: Db;
let dist: string;
let server: ReturnType<typeof buildServer>;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'tasklink-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  db = await openTestDb();
  server = buildServer(db, { staticDir: dist });
});
afterAll(async () => {
  await db.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the built app', () => {
  it('serves index.html at / with security headers', async () => {
    const reply = await server.call('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX);
    expect(reply.headers.get('content-type')).toMatch(/text\/html/);
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
    const csp = reply.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('connect-src *');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it.each(['/tasks', '/people/5b1c2a9e-0000-4000-8000-000000000001', '/settings?tab=backend'])(
    'answers the client route %s with index.html',
    async (path) => {
      const reply = await server.call('GET', path);
      expect(reply.status).toBe(200);
      expect(reply.text).toBe(INDEX);
      expect(reply.headers.get('content-security-policy')).toBeTruthy();
    },
  );

  it('serves hashed assets as long-lived and static files as they are', async () => {
    const js = await server.call('GET', '/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.text).toBe('console.log("app")');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    const icon = await server.call('GET', '/favicon.svg');
    expect(icon.headers.get('content-type')).toMatch(/image\/svg\+xml/);
  });

  it('answers a missing file with 404, not with the app', async () => {
    const reply = await server.call('GET', '/assets/index-gone.js');
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('<div id="root">');
  });

  it('keeps /rest JSON: unknown API paths, missing auth and real calls', async () => {
    const unknown = await server.call('GET', '/rest/unknown');
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.headers.get('content-type')).toMatch(/application\/json/);
    expect(unknown.body).toEqual(errorBody(unknown.status));
    const deep = await server.call('GET', '/rest/tasks/a/b/c');
    expect(deep.body).toEqual(errorBody(404));
    const anonymous = await makeCaller(server.app, null)('GET', '/rest/tasks');
    // No key at all: Twenty's 403 "Missing authentication token".
    expect(anonymous.body).toEqual(errorBody(403, 'Missing authentication token'));
    const list = await server.call('GET', '/rest/tasks');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ data: { tasks: [] } });
  });

  it('never answers /__test paths with the app', async () => {
    const reply = await server.call('GET', '/__test/anything');
    expect(reply.body).toEqual(errorBody(404));
  });
});
