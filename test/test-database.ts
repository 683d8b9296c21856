import { randomBytes } from 'node:crypto';
import { openDb, type Db } from '../server/db.ts';
import { openPostgres } from '../server/db-postgres.ts';

// The database a server or contract test runs on. By default an in-memory PGlite; in the
// `server-postgres` Vitest project (vitest.config.ts, when TASKLINK_TEST_DATABASE_URL is set) a
// schema of its own on that PostgreSQL server, so test files running side by side never meet.

export const TEST_DB_KIND: Db['kind'] =
  process.env.TASKLINK_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

let opened = 0;

/** A new, empty database (no tables yet); close() removes it. */
export async function openTestDatabase(): Promise<Db> {
  if (TEST_DB_KIND === 'pglite') return openDb();
  const url = process.env.TASKLINK_TEST_DATABASE_URL;
  if (!url) throw new Error('TASKLINK_TEST_DB=postgres needs TASKLINK_TEST_DATABASE_URL');
  const schema = `test_${process.pid}_${++opened}_${randomBytes(4).toString('hex')}`;
  const db = await openPostgres(url, { schema, max: 4 });
  return {
    ...db,
    close: async () => {
      try {
        await db.dropSchema();
      } finally {
        await db.close();
      }
    },
  };
}
