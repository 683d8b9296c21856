import pg from 'pg';
import type { Db, Queryable, Row } from './db.ts';

// DATABASE_URL mode: the same SQL on a PostgreSQL server through a connection pool, so several
// requests (and several stateless tasklink processes) are served at once. Values come back as
// PGlite gives them, so the records layer cannot tell the two apart.

const INT8_OID = 20;
const DATE_OID = 1082;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    // COUNT(*) and row numbers fit a JavaScript number long before a CRM outgrows PostgreSQL.
    if (oid === INT8_OID) return (value: string) => Number(value);
    // A calendar date is the same day everywhere: midnight UTC, as PGlite answers it.
    if (oid === DATE_OID) return (value: string) => new Date(`${value}T00:00:00.000Z`);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export type PostgresOptions = {
  /** Most connections this process opens (default 10). */
  max?: number;
  /** A schema to create (if missing) and use instead of `public`: one per test file. */
  schema?: string;
};

export type PostgresDb = Db & {
  /** Drops the schema given to openPostgres with everything in it (tests clean up with it). */
  dropSchema(): Promise<void>;
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Opens a pool on `url` and checks that the server answers; throws with a clear message if not. */
export async function openPostgres(
  url: string,
  options: PostgresOptions = {},
): Promise<PostgresDb> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema name must be lower-case letters, digits and _, got "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    // Every connection of the pool starts in the schema, so no statement needs to name it.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    application_name: 'tasklink',
  });
  // An idle client that loses its server (a restart) must not crash the process: the pool drops
  // it and the next query opens a new one.
  pool.on('error', (error) =>
    console.error(`[db] idle PostgreSQL connection failed: ${error.message}`),
  );
  try {
    if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const res = await client.query<T>(sql, params as unknown[]);
      return res.rows;
    },
  });
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // A connection that cannot even roll back is not given back to the pool.
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
    async dropSchema() {
      if (schema === undefined)
        throw new Error('dropSchema: this database was opened without a schema');
      await pool.query(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`);
    },
  };
}
