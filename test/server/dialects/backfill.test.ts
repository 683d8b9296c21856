import { afterAll, beforeAll, expect, it } from 'vitest';
import { tagsForTask } from '../../../server/dialects/rolodex/tag-schema.ts';
import { type Db } from '../../../server/db.ts';
import { openTestDatabase } from '../../test-database.ts';
import { createSchema } from '../../../server/schema.ts';
import { seed } from '../../../server/seed/seed.ts';

// A data folder seeded before the dialects existed gets their tables on the next start, with
// tags and status history for the tasks it already has, once.

let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
  await createSchema(db);
  await seed(db, { now: new Date('2026-03-10T12:00:00Z') });
  await db.query(
    'DROP TABLE task_tag_links, task_tags, task_status_changes, task_order_groups CASCADE',
  );
});
afterAll(() => db.close());

const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]!.n);

it('fills tags and status history for existing tasks when the tables are made, and only then', async () => {
  await createSchema(db);
  const tasks = await db.query<{ id: string }>('SELECT "id" FROM tasks');
  const expected = tasks.reduce((n, t) => n + tagsForTask(t.id).length, 0);
  expect(expected).toBeGreaterThan(0);
  expect(await count('SELECT count(*)::int AS n FROM task_tag_links')).toBe(expected);
  const moved = await count(`SELECT count(*)::int AS n FROM tasks WHERE "status" <> 'TODO'`);
  expect(await count('SELECT count(*)::int AS n FROM task_status_changes')).toBe(moved);

  await db.query('DELETE FROM task_tag_links');
  await createSchema(db);
  expect(await count('SELECT count(*)::int AS n FROM task_tag_links')).toBe(0);
});
