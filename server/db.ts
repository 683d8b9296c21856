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
  /**
   * A number that changes whenever a statement that may change data runs. Only where this
   * process is the database's one writer (PGlite, whose folder the data lock keeps to one
   * process); undefined where other processes write too (PostgreSQL), so nothing derived from
   * the data may be kept between requests.
   */
  writeGeneration?: () => number;
};

/** Statements that only read. Anything else (INSERT, UPDATE, DDL, TRUNCATE, a CTE that writes...)
 *  counts as a write: erring that way only costs a cache miss. */
const READ_ONLY = /^\s*\(?\s*SELECT\b(?![\s\S]*\b(nextval|setval|INSERT|UPDATE|DELETE)\b)/i;
export const isReadOnly = (sql: string) => READ_ONLY.test(sql);

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
  let generation = 0;
  // Bumped before and after a write: a read that overlaps the write never sees its own
  // generation still current afterwards.
  const written = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    if (isReadOnly(sql)) return run();
    generation++;
    try {
      return await run();
    } finally {
      generation++;
    }
  };
  return {
    kind: 'pglite',
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const res = await written(sql, () => pg.query<T>(sql, params as unknown[]));
      return res.rows;
    },
    async transaction(fn) {
      try {
        return await pg.transaction((tx) =>
          fn({
            async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
              const res = await written(sql, () => tx.query<T>(sql, params as unknown[]));
              return res.rows;
            },
          }),
        );
      } finally {
        // The commit (or rollback) is when other readers see the change.
        generation++;
      }
    },
    writeGeneration: () => generation,
    close: async () => {
      await pg.close();
      privatise();
    },
  };
}
