import { randomUUID } from 'node:crypto';
import type { Db, Queryable, Row } from '../db.ts';
import { badRequest } from '../errors.ts';
import { OBJECTS, type ObjectMeta, type ObjectName } from '../metadata.ts';
import { ident } from '../sql.ts';
import { objectColumns, placeholder, type ColumnMeta } from './columns.ts';
import { alreadyExists } from './db-errors.ts';
import { parseBody, type ColumnValues } from './parse-body.ts';
import { checkReferences, checkRelationShape } from './relation-rules.ts';
import { inTransaction, run, sql } from './sql-run.ts';

/** Who made a record through the REST API (Twenty's ACTOR for an API-key call). */
const API_ACTOR = {
  createdBySource: 'API',
  createdByWorkspaceMemberId: null,
  createdByName: 'API key',
};

export type InsertOptions = {
  /** Label messages "record i" (batch bodies). */
  numbered?: boolean;
  /** Seeding only: keep createdAt/updatedAt/createdBy given in the bodies. */
  allowSystemFields?: boolean;
  returning?: boolean;
};

/** Positions beyond this (only a database written before positions were range-checked can hold
 *  one, such as -1e308, where `- 1` changes nothing) are left out of MIN, so new ones stay distinct. */
const ALLOCATION_FLOOR = -(2 ** 52);

/** The position of the first of `count` new records: like Twenty, new records go first, below
 *  the current minimum, and a batch keeps its own order. */
async function firstPosition(q: Queryable, meta: ObjectMeta, count: number): Promise<number> {
  const [row] = await run<{ p: number }>(
    q,
    meta,
    sql(
      `SELECT COALESCE(MIN("position") FILTER (WHERE "position" >= ?), 0) AS p FROM ${ident(meta.table)}`,
      [ALLOCATION_FLOOR],
    ),
  );
  return Number(row?.p ?? 0) - count;
}

/** What Twenty stores for a field a create leaves out: '' for text (composite parts included),
 *  [] for array parts, the field's declared default (a task's TODO), else null. */
function absentValue(column: ColumnMeta): unknown {
  if (column.default !== undefined) return column.default;
  if (column.type === 'text') return '';
  if (column.type === 'json') return '[]';
  return null;
}

function withDefaults(meta: ObjectMeta, values: ColumnValues, now: string, position: number) {
  const full: ColumnValues = {};
  for (const column of objectColumns(meta)) full[column.column] = absentValue(column);
  Object.assign(full, API_ACTOR, { createdAt: now, updatedAt: now, position }, values);
  full.id ??= randomUUID();
  full.deletedAt = null;
  return full;
}

async function checkNewIds(q: Queryable, meta: ObjectMeta, rows: ColumnValues[]) {
  const ids = rows.map((r) => String(r.id));
  const seen = new Set<string>();
  const duplicate = ids.find((id) => seen.size === seen.add(id).size);
  if (duplicate)
    throw badRequest(`Record already exists: id '${duplicate}' appears twice in the batch`);
  const found = await run(
    q,
    meta,
    sql(`SELECT "id" FROM ${ident(meta.table)} WHERE "id" = ANY(?::uuid[]) LIMIT 1`, [ids]),
  );
  if (found.length > 0) throw alreadyExists();
}

/** Chunk size that keeps one INSERT well under PostgreSQL's 65,535 parameters. */
const chunkSize = (columnCount: number) =>
  Math.max(1, Math.min(500, Math.floor(30_000 / columnCount)));

/** Validates, fills server defaults, checks references and inserts; all or nothing when the
 *  caller runs it in a transaction. */
export async function insertRecords(
  q: Queryable,
  meta: ObjectMeta,
  bodies: readonly unknown[],
  options: InsertOptions = {},
): Promise<Row[]> {
  const parsed = bodies.map((body, i) =>
    parseBody(meta, body, {
      mode: 'create',
      label: options.numbered ? `record ${i}` : undefined,
      allowSystemFields: options.allowSystemFields,
    }),
  );
  const now = new Date().toISOString();
  const base = await firstPosition(q, meta, parsed.length);
  const rows = parsed.map((values, i) => withDefaults(meta, values, now, base + i));
  rows.forEach((row, i) =>
    checkRelationShape(meta, row, options.numbered ? `record ${i}` : undefined),
  );
  await checkNewIds(q, meta, rows);
  await checkReferences(q, meta, rows);

  const columns = objectColumns(meta);
  const names = columns.map((c) => ident(c.column)).join(', ');
  const tuple = `(${columns.map((c) => placeholder(c.type)).join(', ')})`;
  const returning = options.returning === false ? '' : ' RETURNING *';
  const inserted: Row[] = [];
  const size = chunkSize(columns.length);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const text = `INSERT INTO ${ident(meta.table)} (${names}) VALUES ${chunk.map(() => tuple).join(', ')}${returning}`;
    const params = chunk.flatMap((row) => columns.map((c) => row[c.column]));
    inserted.push(...(await run(q, meta, sql(text, params))));
  }
  return inserted;
}

/** Bulk insert for the seeder and benchmark: the same validation and defaults as POST, multi-row
 *  INSERTs, one transaction (or the caller's, when given a transaction). */
export async function insertMany(
  db: Queryable | Db,
  object: ObjectName,
  bodies: Record<string, unknown>[],
  options: Pick<InsertOptions, 'allowSystemFields'> = {},
): Promise<void> {
  if (bodies.length === 0) return;
  const meta = OBJECTS[object];
  await inTransaction(db, async (tx) => {
    await insertRecords(tx, meta, bodies, { ...options, numbered: true, returning: false });
    // PGlite runs no autovacuum: without fresh statistics the planner ignores the indexes.
    await tx.query(`ANALYZE ${ident(meta.table)}`);
  });
}
