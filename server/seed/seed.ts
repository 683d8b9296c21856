import type { Db } from '../db.ts';
import { seedDialects } from '../dialects/index.ts';
import { OBJECTS, type ObjectName } from '../metadata.ts';
import { insertMany } from '../records/create.ts';
import { ident } from '../sql.ts';
import { generateDemoData, type DemoData, type SeedCounts, type TaskShape } from './generate.ts';

/** Inserts generated data in one transaction, parents before children (DemoData's key order).
 *  Seeded records keep their generated createdAt, so lists sorted by it look lived-in. */
export async function insertDemoData(db: Db, data: DemoData): Promise<void> {
  await db.transaction(async (tx) => {
    for (const object of Object.keys(data) as (ObjectName & keyof DemoData)[]) {
      await insertMany(tx, object, data[object], { allowSystemFields: true });
    }
  });
  // No ANALYZE here: insertMany already gathers statistics for each table it fills. PostgreSQL
  // also gets its visibility map, which autovacuum would set only later: until then a count
  // cannot be answered from an index alone and reads the whole table.
  if (db.kind === 'postgres') {
    await db.query(
      `VACUUM ${Object.keys(data)
        .map((o) => ident(OBJECTS[o as ObjectName].table))
        .join(', ')}`,
    );
  }
}

/** Seeds the demo workspace (4 members, 12 companies, 40 people, 10 opportunities, 120 tasks,
 *  200 relations) or the counts and shape given (SEED_SIZES.large), dated relative to `now`. */
export async function seed(
  db: Db,
  options: { now: Date; counts?: SeedCounts; shape?: TaskShape },
): Promise<DemoData> {
  const data = generateDemoData(options);
  await insertDemoData(db, data);
  await seedDialects(db, data.tasks, options.now);
  return data;
}

/** True when no record of any kind exists yet (a fresh data folder). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM workspace_members) + (SELECT count(*) FROM tasks) AS n',
  );
  return Number(rows[0]?.n ?? 0) === 0;
}
