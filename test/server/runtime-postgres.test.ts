import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../server/config.ts';
import { lockPath } from '../../server/data-lock.ts';
import { openPostgres, type PostgresDb } from '../../server/db-postgres.ts';
import { DEMO_COUNTS } from '../../server/seed/generate.ts';
import { startTasklink, type Running } from '../../server/start.ts';

// DATABASE_URL mode end to end: the configuration a user writes, the server it starts, and what
// it keeps in PostgreSQL. (Every other server and contract suite also runs on PostgreSQL in the
// `server-postgres` project; this file covers what only this mode does.)

const url = process.env.TASKLINK_TEST_DATABASE_URL?.trim();
if (!url) {
  console.log(
    'runtime-postgres: skipped: set TASKLINK_TEST_DATABASE_URL (e.g. postgres://tasklink:tasklink@127.0.0.1:5432/tasklink) to run it',
  );
}
const KEY = 'postgres-mode-key-6b2d';

/** DATABASE_URL for a schema of this file's own, as a user would point at a database. */
function databaseUrl(base: string, schema: string) {
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.href;
}

describe.skipIf(!url)('DATABASE_URL mode on PostgreSQL', () => {
  let admin: PostgresDb;
  let dataDir: string;
  let env: Record<string, string>;
  const running: Running[] = [];

  const start = async () => {
    const server = await startTasklink(parseConfig(env));
    running.push(server);
    return server;
  };
  const call = (server: Running, method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    const schema = `mode_${process.pid}_${Date.now().toString(36)}`;
    admin = await openPostgres(url!, { schema });
    dataDir = mkdtempSync(join(tmpdir(), 'tasklink-pg-mode-'));
    env = {
      PORT: '0',
      DATA_DIR: dataDir,
      TASKLINK_API_KEY: KEY,
      DATABASE_URL: databaseUrl(url!, schema),
    };
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.close()));
    await admin.dropSchema();
    await admin.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds an empty database, serves it, and leaves the PGlite folder alone', async () => {
    const server = await start();
    expect(server.seeded).toBe(true);
    expect(server.db?.kind).toBe('postgres');
    const res = await call(server, 'GET', '/rest/tasks?limit=1');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { totalCount: number }).totalCount).toBe(DEMO_COUNTS.tasks);
    // No data-folder lock and no pgdata/: PostgreSQL guards its own data.
    expect(existsSync(lockPath(dataDir))).toBe(false);
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(false);
    const [row] = await admin.query<{ n: number }>('SELECT COUNT(*) AS n FROM tasks');
    expect(row?.n).toBe(DEMO_COUNTS.tasks);
  });

  it('lets two servers share the database, each seeing what the other wrote', async () => {
    const [first] = running;
    const second = await start();
    expect(second.seeded).toBe(false);
    // Many writes at once go through the pool: none is lost, none fails.
    const ids = Array.from(
      { length: 24 },
      (_, i) => `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
    );
    const answers = await Promise.all(
      ids.map((id, i) =>
        call(i % 2 ? first! : second, 'POST', '/rest/tasks', { id, title: `Shared ${i}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 201));
    const seen = await call(first!, 'GET', `/rest/tasks/${ids[1]}`);
    expect(seen.status).toBe(200);
    const duplicate = await call(second, 'POST', '/rest/tasks', { id: ids[0], title: 'again' });
    expect(duplicate.status).toBe(400);
    const list = await call(second, 'GET', '/rest/tasks?limit=1');
    expect(((await list.json()) as { totalCount: number }).totalCount).toBe(
      DEMO_COUNTS.tasks + ids.length,
    );
  });

  it('never serves one server’s kept answer after another server wrote', async () => {
    const [first, second] = running;
    const page = '/rest/tasks?depth=1&limit=60&order_by=dueAt%5BAscNullsLast%5D';
    type Page = { data: { tasks: { id: string; title: string }[] }; totalCount: number };
    const read = async (server: Running) =>
      (await (await call(server, 'GET', page)).json()) as Page;
    // Read twice through the second server, so the page is kept there.
    const before = await read(second!);
    expect(await read(second!)).toEqual(before);
    const target = before.data.tasks[0]!;
    const renamed = await call(first!, 'PATCH', `/rest/tasks/${target.id}`, {
      title: `Renamed through the first server ${Date.now()}`,
    });
    expect(renamed.status).toBe(200);
    const { updateTask } = ((await renamed.json()) as { data: { updateTask: { title: string } } })
      .data;
    // At once, with no wait: the second server's next read carries the first server's write.
    const after = await read(second!);
    expect(after.data.tasks.find((t) => t.id === target.id)?.title).toBe(updateTask.title);

    const created = await call(first!, 'POST', '/rest/tasks', { title: 'Made on the first' });
    expect(created.status).toBe(201);
    expect((await read(second!)).totalCount).toBe(after.totalCount + 1);
    const { createTask } = ((await created.json()) as { data: { createTask: { id: string } } })
      .data;
    expect((await call(first!, 'DELETE', `/rest/tasks/${createTask.id}`)).status).toBe(200);
    expect((await read(second!)).totalCount).toBe(after.totalCount);
  });

  it('refuses a server it cannot reach with a clear message that never shows the password', async () => {
    const unreachable = new URL(url!);
    unreachable.port = '1';
    unreachable.password = 'not-the-real-pa55word';
    const error = await startTasklink(
      parseConfig({ ...env, DATABASE_URL: unreachable.href }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/DATABASE_URL: cannot use PostgreSQL at [^ ]+:1\//);
    expect(message).not.toContain('pa55word');
  });
});
