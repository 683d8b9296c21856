import { isReadOnly } from '../../server/db.ts';
import { openHarness, uuid, type Harness } from './api-harness.ts';

// totalCount is kept between requests on PGlite (records/count-cache.ts) until the next write.
// Whatever the write, the next list must count it: on both databases the figures must match a
// fresh COUNT(*).

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());

const total = async (path: string) => {
  const reply = await h.call('GET', path);
  expect(reply.status).toBe(200);
  return reply.body.totalCount as number;
};
const todo = `/rest/tasks?filter=${encodeURIComponent('status[eq]:TODO')}`;

describe('totalCount after writes', () => {
  it('follows creates, updates, deletes, cascades, raw SQL and rolled-back transactions', async () => {
    expect(await total('/rest/tasks')).toBe(0);
    await h.create('tasks', { id: uuid(1), title: 'one', status: 'TODO' });
    await h.create('tasks', { id: uuid(2), title: 'two', status: 'TODO' });
    expect(await total('/rest/tasks')).toBe(2);
    expect(await total(todo)).toBe(2);
    // Asked twice with nothing written in between: the same figure.
    expect(await total(todo)).toBe(2);

    await h.call('PATCH', `/rest/tasks/${uuid(2)}`, { status: 'DONE' });
    expect(await total(todo)).toBe(1);
    expect(await total('/rest/tasks')).toBe(2);

    const person = await h.create('people', { id: uuid(10), name: { firstName: 'Ada' } });
    await h.create('taskTargets', { id: uuid(20), taskId: uuid(1), personId: person.id });
    expect(await total('/rest/taskTargets')).toBe(1);
    // Deleting the person removes its relations through the foreign key's cascade.
    await h.call('DELETE', `/rest/people/${uuid(10)}`);
    expect(await total('/rest/taskTargets')).toBe(0);

    await h.call('DELETE', `/rest/tasks/${uuid(1)}`);
    expect(await total('/rest/tasks')).toBe(1);

    await h.db.query(`INSERT INTO tasks ("id", "title", "status") VALUES ($1, 'raw', 'TODO')`, [
      uuid(3),
    ]);
    expect(await total(todo)).toBe(1);

    await h.db
      .transaction(async (tx) => {
        await tx.query(`DELETE FROM tasks`);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await total('/rest/tasks')).toBe(2);

    const [fresh] = await h.db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM tasks');
    expect(fresh?.n).toBe(2);
  });
});

describe('isReadOnly', () => {
  it.each([
    ['SELECT * FROM tasks', true],
    ['  (SELECT 1)', true],
    ['SELECT "updatedAt", "deletedAt" FROM tasks', true],
    ['INSERT INTO tasks ("id") VALUES ($1)', false],
    ['UPDATE tasks SET "title" = $1', false],
    ['TRUNCATE tasks', false],
    ['WITH gone AS (DELETE FROM tasks RETURNING *) SELECT count(*) FROM gone', false],
    ['SELECT nextval($1)', false],
    ['CREATE INDEX IF NOT EXISTS x ON tasks (id)', false],
  ] as const)('%s -> %s', (sql, expected) => {
    expect(isReadOnly(sql)).toBe(expected);
  });
});
