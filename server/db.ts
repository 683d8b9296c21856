import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ensurePrivateDir, privatiseTree } from './file-modes.ts';

// A thin query/transaction interface, so the same SQL runs on PGlite (the default, one process)
// or on a PostgreSQL server (DATABASE_URL, db-postgres.ts) without touching the record code.
export type Row = Record<string, unknown>;
export type Queryable = {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
};
export type Db = Queryable & {
  /** Which engine answers: PGlite runs one statement at a time, PostgreSQL many at once. */
  kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Opens a database in `dataDir` (created if missing), or in memory when `dataDir` is undefined. */
export async function openDb(dataDir?: string): Promise<Db> {
  if (dataDir) {
    mkdirSync(dirname(dataDir), { recursive: true, mode: 0o700 });
    ensurePrivateDir(dirname(dataDir));
  }
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  // PGlite's file system creates files 0666 whatever the umask. The owner-only folder above is
  // what keeps other users out; the files are narrowed too, after start and again after close
  // (for segments and tables made while running).
  const privatise = () => {
    if (dataDir) privatiseTree(dataDir);
  };
  privatise();
  return {
    kind: 'pglite',
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const res = await pg.query<T>(sql, params as unknown[]);
      return res.rows;
    },
    transaction(fn) {
      return pg.transaction((tx) =>
        fn({
          async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
            const res = await tx.query<T>(sql, params as unknown[]);
            return res.rows;
          },
        }),
      );
    },
    close: async () => {
      await pg.close();
      privatise();
    },
  };
}
