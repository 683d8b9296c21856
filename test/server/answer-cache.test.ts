import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createApi } from '../../server/api.ts';
import type { Db, Row } from '../../server/db.ts';
import { createSchema } from '../../server/schema.ts';
import { createServer } from '../../server/server.ts';
import { openTestDatabase } from '../test-database.ts';
import { API_KEY, uuid } from './api-harness.ts';

// GET answers are kept until the data changes (server/answer-cache.ts). What a user relies on:
// an unchanged page comes back the same, without the database doing the work again, and any
// write (through the API, another dialect, or SQL from elsewhere) shows on the very next read.

type Page = { data: { tasks: { id: string; title: string }[] }; totalCount: number };

let db: Db;
let statements: string[];
/** The same database, recording every statement the server sends it. */
let counted: Db;

beforeAll(async () => {
  db = await openTestDatabase();
  await createSchema(db);
  statements = [];
  counted = {
    ...db,
    query<T extends Row>(sql: string, params?: readonly unknown[]) {
      statements.push(sql);
      return db.query<T>(sql, params);
    },
  };
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.query('TRUNCATE task_targets, tasks CASCADE');
  for (let i = 1; i <= 3; i++) {
    await db.query('INSERT INTO tasks (id, title, position) VALUES ($1, $2, $3)', [
      uuid(i),
      `Task ${i}`,
      i,
    ]);
  }
});

const PAGE = '/rest/tasks?depth=1&limit=60&order_by=position%5BAscNullsFirst%5D';

function serve(options: { answerCache?: boolean } = {}) {
  const app = createServer({ db: counted, apiKey: API_KEY, ...options });
  return async (
    path: string,
    init: { method?: string; body?: unknown; encoding?: string } = {},
  ) => {
    const res = await app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${API_KEY}`,
        'content-type': 'application/json',
        ...(init.encoding ? { 'accept-encoding': init.encoding } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return res;
  };
}

const titles = (page: Page) => page.data.tasks.map((t) => t.title);
/** Statements that read records, not the data version the cache asks for. */
const recordReads = () => statements.filter((s) => !/txid_current_snapshot/.test(s));

describe('answer cache', () => {
  it('answers an unchanged page again without reading the records again', async () => {
    const call = serve();
    const first = await call(PAGE);
    expect(first.status).toBe(200);
    const body = await first.text();
    statements.length = 0;
    const again = await call(PAGE);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(body);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(recordReads()).toEqual([]);
    // The same query with its parameters in another order is the same page.
    const reordered = await call(
      '/rest/tasks?order_by=position%5BAscNullsFirst%5D&limit=60&depth=1',
    );
    expect(await reordered.text()).toBe(body);
    expect(recordReads()).toEqual([]);
  });

  it('shows a write through the API on the very next read', async () => {
    const call = serve();
    expect(titles((await (await call(PAGE)).json()) as Page)).toEqual([
      'Task 1',
      'Task 2',
      'Task 3',
    ]);
    const patched = await call(`/rest/tasks/${uuid(2)}`, {
      method: 'PATCH',
      body: { title: 'Renamed' },
    });
    expect(patched.status).toBe(200);
    expect(titles((await (await call(PAGE)).json()) as Page)).toEqual([
      'Task 1',
      'Renamed',
      'Task 3',
    ]);
    const one = (await (await call(`/rest/tasks/${uuid(2)}`)).json()) as {
      data: { task: { title: string } };
    };
    expect(one.data.task.title).toBe('Renamed');
    expect((await call(`/rest/tasks/${uuid(3)}`, { method: 'DELETE' })).status).toBe(200);
    const after = (await (await call(PAGE)).json()) as Page;
    expect(titles(after)).toEqual(['Task 1', 'Renamed']);
    expect(after.totalCount).toBe(2);
    expect((await call(`/rest/tasks/${uuid(3)}`)).status).toBe(404);
  });

  it('shows a write made outside the API (SQL, or another server on PostgreSQL) on the next read', async () => {
    const call = serve();
    await call(PAGE);
    await call(PAGE);
    await db.query(`UPDATE tasks SET title = 'Changed elsewhere' WHERE id = $1`, [uuid(1)]);
    expect(titles((await (await call(PAGE)).json()) as Page)[0]).toBe('Changed elsewhere');
    // A relation added elsewhere shows in the depth=1 page too.
    const [person] = await db.query<{ id: string }>(
      `INSERT INTO people (id, "nameFirstName", position) VALUES ($1, 'Ada', 1) RETURNING id`,
      [uuid(50)],
    );
    await db.query(
      'INSERT INTO task_targets (id, "taskId", "personId", position) VALUES ($1, $2, $3, 1)',
      [uuid(60), uuid(1), person!.id],
    );
    const page = (await (await call(PAGE)).json()) as {
      data: { tasks: { taskTargets: { personId: string }[] }[] };
    };
    expect(page.data.tasks[0]!.taskTargets.map((t) => t.personId)).toEqual([uuid(50)]);
    await db.query('TRUNCATE task_targets, people CASCADE');
  });

  it('keeps nothing that failed: an unknown id is found once it exists', async () => {
    const call = serve();
    expect((await call(`/rest/tasks/${uuid(9)}`)).status).toBe(404);
    const created = await call('/rest/tasks', {
      method: 'POST',
      body: { id: uuid(9), title: 'New' },
    });
    expect(created.status).toBe(201);
    expect((await call(`/rest/tasks/${uuid(9)}`)).status).toBe(200);
    expect((await call('/rest/tasks?limit=1&filter=nope')).status).toBe(400);
    expect((await call('/rest/tasks?limit=1&filter=nope')).status).toBe(400);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'serves a kept page compressed (%s) to a client that accepts it',
    async (encoding, decode) => {
      const call = serve();
      const plain = await (await call(PAGE)).text();
      for (let i = 0; i < 2; i++) {
        const res = await call(PAGE, { encoding });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-encoding')).toBe(encoding);
        expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(decode(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(plain);
      }
      const identity = await call(PAGE);
      expect(identity.headers.get('content-encoding')).toBeNull();
      expect(identity.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await identity.text()).toBe(plain);
    },
  );

  it('gives the same answers with the cache off', async () => {
    const cached = serve();
    const uncached = serve({ answerCache: false });
    const expected = await (await uncached(PAGE)).text();
    expect(await (await cached(PAGE)).text()).toBe(expected);
    expect(await (await cached(PAGE)).text()).toBe(expected);
    statements.length = 0;
    await uncached(PAGE);
    expect(recordReads().length).toBeGreaterThan(0);
  });

  it('never gives a kept answer to a request without the key', async () => {
    const call = serve();
    await call(PAGE);
    const api = createApi({ db: counted, apiKey: API_KEY });
    expect((await api.request(PAGE)).status).toBe(403);
    const wrong = await api.request(PAGE, { headers: { authorization: 'Bearer not-the-key-123' } });
    expect(wrong.status).toBe(401);
  });
});
