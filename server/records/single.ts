import type { Db, Queryable, Row } from '../db.ts';
import { badRequest, notFound } from '../errors.ts';
import type { ObjectMeta } from '../metadata.ts';
import { ident } from '../sql.ts';
import { objectColumns, placeholder } from './columns.ts';
import { RELATION_CAP, toRecords } from './depth.ts';
import { fromJson, selectAsJson } from './depth-json.ts';
import { parseBody } from './parse-body.ts';
import { checkReferences, checkRelationShape } from './relation-rules.ts';
import type { JsonRecord } from './serialize.ts';
import { run, sql } from './sql-run.ts';
import { assertUuid } from './values.ts';

// One record by id: read, partial update, delete. Ids are checked before any query so a
// malformed id is a 400 naming it, and an unknown one a 404.

async function findRow(q: Queryable, meta: ObjectMeta, id: string) {
  const rows = await run(q, meta, sql(`SELECT * FROM ${ident(meta.table)} WHERE "id" = ?`, [id]));
  return rows[0];
}

export async function getRecord(db: Db, meta: ObjectMeta, rawId: string, depth: 0 | 1) {
  const id = assertUuid(rawId).toLowerCase();
  const one = sql(`SELECT * FROM ${ident(meta.table)} WHERE "id" = ?`, [id]);
  const found = await run(db, meta, selectAsJson(meta, one, { depth, cap: RELATION_CAP }));
  if (found.length === 0) throw notFound();
  const [record] = fromJson(meta, found, depth).records;
  return record as JsonRecord;
}

export async function updateRecord(
  db: Db,
  meta: ObjectMeta,
  rawId: string,
  body: unknown,
  depth: 0 | 1,
): Promise<JsonRecord> {
  const id = assertUuid(rawId).toLowerCase();
  const values = parseBody(meta, body, { mode: 'update' });
  if ('id' in values) {
    if (values.id !== id) throw badRequest(`'id' cannot be changed (the path names ${id})`);
    delete values.id;
  }
  const updated = await db.transaction(async (tx) => {
    const existing = await findRow(tx, meta, id);
    if (!existing) throw notFound();
    checkRelationShape(meta, { ...existing, ...values });
    await checkReferences(tx, meta, [values]);
    const types = new Map(objectColumns(meta).map((c) => [c.column, c.type]));
    const sets = Object.keys(values).map(
      (col) => `${ident(col)} = ${placeholder(types.get(col)!)}`,
    );
    sets.push(`"updatedAt" = now()`);
    const text = `UPDATE ${ident(meta.table)} SET ${sets.join(', ')} WHERE "id" = ? RETURNING *`;
    const [row] = await run(tx, meta, sql(text, [...Object.values(values), id]));
    return row as Row;
  });
  const [record] = await toRecords(db, meta, [updated], depth, RELATION_CAP);
  return record as JsonRecord;
}

/** Deletes one record and returns its id; the foreign keys' ON DELETE rules remove a task's
 *  relations (and clear references to people, companies...) in the same statement. */
export async function deleteRecord(db: Db, meta: ObjectMeta, rawId: string): Promise<string> {
  const id = assertUuid(rawId).toLowerCase();
  const rows = await run(
    db,
    meta,
    sql(`DELETE FROM ${ident(meta.table)} WHERE "id" = ? RETURNING "id"`, [id]),
  );
  if (!rows[0]) throw notFound();
  return id;
}
