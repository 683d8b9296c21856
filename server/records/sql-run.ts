import type { Db, Queryable, Row } from '../db.ts';
import type { ObjectMeta } from '../metadata.ts';
import type { SqlFragment } from '../query/types.ts';
import { toStatement } from '../sql.ts';
import { mapDbError } from './db-errors.ts';

/** Runs a `?`-placeholder fragment; database constraint errors become the matching 400. */
export async function run<T extends Row = Row>(
  q: Queryable,
  meta: ObjectMeta,
  fragment: SqlFragment,
): Promise<T[]> {
  const { text, params } = toStatement(fragment);
  try {
    return await q.query<T>(text, params);
  } catch (error) {
    throw mapDbError(meta, error);
  }
}

export const sql = (text: string, params: unknown[] = []): SqlFragment => ({ sql: text, params });

/** Runs `fn` in a transaction when given the database, or inside the caller's transaction. */
export function inTransaction<T>(q: Queryable | Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return 'transaction' in q ? q.transaction(fn) : fn(q);
}
