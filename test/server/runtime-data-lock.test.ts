import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataLock, DataDirInUseError, lockPath } from '../../server/data-lock.ts';
import { fakeStaticDir, spawnServer, type Spawned } from './spawn-server.ts';

// One writer per DATA_DIR: two servers on one folder once lost acknowledged writes or left a
// database that never opened again. A second process must refuse before it touches the files.

const KEY = 'lock-test-key-7Qx9-b2Lm-Vd41';
let root: string;
let dataDir: string;
let staticDir: string;
const spawned: Spawned[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tasklink-lock-'));
  dataDir = join(root, 'data');
  staticDir = fakeStaticDir(root);
});
afterAll(async () => {
  await Promise.all(spawned.map((s) => s.stop()));
  rmSync(root, { recursive: true, force: true });
});

function start(env: Record<string, string> = {}, script?: string): Spawned {
  const server = spawnServer(
    { PORT: '0', DATA_DIR: dataDir, TASKLINK_API_KEY: KEY, TASKLINK_STATIC_DIR: staticDir, ...env },
    script,
  );
  spawned.push(server);
  return server;
}

/** Every file under pgdata/ with its size and modification time: any write shows up. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pending = [dir];
  for (let d = pending.pop(); d !== undefined; d = pending.pop()) {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else {
        const stat = statSync(path);
        out[path] = `${stat.size}@${stat.mtimeMs}`;
      }
    }
  }
  return out;
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Waits for a process that must refuse; fails fast (instead of timing out) if it starts. */
async function refusal(server: Spawned) {
  const outcome = await Promise.race([
    server.exited.then((code) => ({ code })),
    server.ready.then((url) => ({ started: url })),
  ]);
  expect(outcome, server.stdout()).toEqual({ code: 1 });
  return server.stderr().trim();
}

describe('one writer per DATA_DIR (separate processes)', () => {
  it('refuses a second server and db:reset while one runs, leaving the data as it was', async () => {
    const first = start();
    const url = await first.ready;
    const created = await call(url, 'POST', '/rest/tasks', { title: 'Written by the first' });
    expect(created.status).toBe(201);
    const taskId = String((created.body.data as Record<string, { id: string }>).createTask?.id);
    const pgdata = join(dataDir, 'pgdata');
    const before = snapshot(pgdata);
    const holder = `pid ${String(first.child.pid)}`;

    // Another port, same folder.
    const other = await refusal(start());
    expect(other.split('\n')).toHaveLength(1);
    expect(other).toContain(`DATA_DIR ${dataDir} is in use by ${holder}`);
    // The same port: refused by the port, before the database is opened.
    const samePort = await refusal(start({ PORT: new URL(url).port }));
    expect(samePort).toMatch(/^tasklink: port \d+ is already in use/);
    expect(samePort.split('\n')).toHaveLength(1);
    // db:reset would delete pgdata/ under the running server.
    const reset = await refusal(start({}, 'server/reset.ts'));
    expect(reset).toContain(`is in use by ${holder}`);

    expect(snapshot(pgdata)).toEqual(before);
    expect(readFileSync(lockPath(dataDir), 'utf8').trim()).toBe(String(first.child.pid));
    const read = await call(url, 'GET', `/rest/tasks/${taskId}`);
    expect(read.status).toBe(200);

    await first.stop();
    expect(existsSync(lockPath(dataDir))).toBe(false);
    const again = start();
    const url2 = await again.ready;
    const reread = await call(url2, 'GET', `/rest/tasks/${taskId}`);
    expect(reread.body.data).toMatchObject({ task: { id: taskId, title: 'Written by the first' } });
    const list = await call(url2, 'GET', '/rest/tasks?limit=1');
    expect(list.body.totalCount).toBe(121);
    await again.stop();
  }, 120_000);

  it('recovers the lock of a process that died without releasing it', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockPath(dataDir), `${dead}\n`);
    const server = start();
    await server.ready;
    expect(readFileSync(lockPath(dataDir), 'utf8').trim()).toBe(String(server.child.pid));
    await server.stop();
  }, 60_000);
});

describe('the DATA_DIR lock (in process)', () => {
  it('names the holder, is released once, and never removes a lock it does not hold', () => {
    const dir = join(root, 'in-process');
    const lock = acquireDataLock(dir);
    expect(() => acquireDataLock(dir)).toThrow(DataDirInUseError);
    expect(() => acquireDataLock(dir)).toThrow(`is in use by pid ${process.pid}`);
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);

    const again = acquireDataLock(dir);
    // Someone replaced the file (say, a recovery by another process): ours must not delete it.
    writeFileSync(lockPath(dir), '999999999\n');
    again.release();
    expect(readFileSync(lockPath(dir), 'utf8')).toBe('999999999\n');
  });
});
