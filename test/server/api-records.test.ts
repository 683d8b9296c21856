import { createApi } from '../../server/api.ts';
import type { Db } from '../../server/db.ts';
import { HttpError } from '../../server/errors.ts';
import { OBJECTS } from '../../server/metadata.ts';
import { insertMany } from '../../server/records/index.ts';
import { mapDbError } from '../../server/records/db-errors.ts';
import { createSchema } from '../../server/schema.ts';
import { API_KEY, openHarness, uuid, type Harness } from './api-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());
beforeEach(() => h.reset());

const count = async (table: string) =>
  Number((await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n);

describe('createSchema', () => {
  it('is idempotent and keeps existing rows', async () => {
    await h.create('tasks', { title: 'kept' });
    await createSchema(h.db);
    expect(await count('tasks')).toBe(1);
  });
});

describe('insertMany', () => {
  it('inserts many rows with the same defaults as POST', async () => {
    const tasks = Array.from({ length: 700 }, (_, i) => ({
      id: uuid(i + 1),
      title: `T${i}`,
      bodyV2: { markdown: 'x' },
    }));
    await insertMany(h.db, 'tasks', tasks);
    const people = [{ id: uuid(5000) }];
    await insertMany(h.db, 'people', people);
    await insertMany(
      h.db,
      'taskTargets',
      tasks.map((t) => ({ taskId: t.id, personId: uuid(5000) })),
    );
    expect(await count('task_targets')).toBe(700);
    const got = await h.call('GET', `/rest/tasks/${uuid(700)}`);
    expect(got.body.data!.task).toMatchObject({
      title: 'T699',
      // New records go first (position below the minimum); a batch keeps its order.
      position: -1,
      createdBy: { source: 'API', name: 'API key' },
      bodyV2: { markdown: 'x', blocknote: expect.stringContaining('"paragraph"') },
    });
  });

  it('validates like POST and inserts nothing when one body is wrong', async () => {
    const bodies = [{ title: 'ok' }, { title: 'ok' }, { status: 'LATER' }];
    await expect(insertMany(h.db, 'tasks', bodies)).rejects.toThrow(
      /record 2: Invalid value for 'status'/,
    );
    await expect(
      insertMany(h.db, 'taskTargets', [{ taskId: uuid(1), personId: uuid(2) }]),
    ).rejects.toThrow(HttpError);
    expect(await count('tasks')).toBe(0);
  });

  it('keeps createdAt and createdBy when the seeder asks for it', async () => {
    await insertMany(
      h.db,
      'tasks',
      [
        {
          title: 'old',
          createdAt: '2025-01-02T03:04:05Z',
          createdBy: { source: 'MANUAL', name: 'Ada' },
        },
      ],
      { allowSystemFields: true },
    );
    const reply = await h.call('GET', '/rest/tasks');
    expect((reply.body.data!.tasks as object[])[0]).toMatchObject({
      createdAt: '2025-01-02T03:04:05.000Z',
      createdBy: { source: 'MANUAL', name: 'Ada', workspaceMemberId: null },
    });
  });

  it("joins the caller's transaction", async () => {
    await expect(
      h.db.transaction(async (tx) => {
        await insertMany(tx, 'tasks', [{ title: 'rolled back' }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await count('tasks')).toBe(0);
  });
});

describe('database errors', () => {
  it('maps constraint violations that slip past the checks to a 400 naming the field', async () => {
    const task = await h.create('tasks', {});
    const error = await h.db
      .query(`INSERT INTO task_targets ("taskId", "personId") VALUES ($1, $2)`, [task.id, uuid(9)])
      .catch((e: unknown) => e);
    const mapped = mapDbError(OBJECTS.taskTargets, error);
    expect(mapped).toBeInstanceOf(HttpError);
    expect((mapped as HttpError).messages).toEqual([
      `Invalid value for 'personId': no person found with id '${uuid(9)}'`,
    ]);
    const duplicate = await h.db
      .query(`INSERT INTO tasks ("id") VALUES ($1)`, [task.id])
      .catch((e: unknown) => e);
    expect((mapDbError(OBJECTS.tasks, duplicate) as HttpError).messages).toEqual([
      'Record already exists',
    ]);
  });

  it('answers an unexpected failure with a 500 error body and logs it without the key', async () => {
    // A database that fails in a way no request input could cause.
    const broken = () => Promise.reject(new Error('disk on fire'));
    const db: Db = { kind: 'pglite', query: broken, transaction: broken, close: async () => {} };
    const app = createApi({ db, apiKey: API_KEY });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await app.request('/rest/tasks', {
        headers: { authorization: `Bearer ${API_KEY}` },
      });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        statusCode: 500,
        error: 'InternalServerErrorException',
        messages: ['Internal server error'],
      });
      expect(log).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(log.mock.calls.map((args) => args.map(String)))).not.toContain(API_KEY);
    } finally {
      log.mockRestore();
    }
  });
});
