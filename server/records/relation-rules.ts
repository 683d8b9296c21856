import type { Queryable } from '../db.ts';
import { badRequest } from '../errors.ts';
import { OBJECTS, TASK_TARGET_KEYS, type ObjectMeta } from '../metadata.ts';
import { ident } from '../sql.ts';
import { ONE_TARGET_MESSAGE, unknownReference } from './db-errors.ts';
import type { ColumnValues } from './parse-body.ts';

/** A task relation's full column values (after a create's defaults or an update's merge) must
 *  name its task and exactly one target; the database CHECK backs this up. */
export function checkRelationShape(meta: ObjectMeta, values: ColumnValues, label?: string) {
  if (meta.namePlural !== 'taskTargets') return;
  const prefix = label ? `${label}: ` : '';
  if (values.taskId === null || values.taskId === undefined) {
    throw badRequest(`${prefix}'taskId' is required: a task relation links a task to one record`);
  }
  const set = TASK_TARGET_KEYS.filter((key) => values[key] !== null && values[key] !== undefined);
  if (set.length !== 1) {
    const got = set.length === 0 ? 'none was set' : `got ${set.join(' and ')}`;
    throw badRequest(`${prefix}${ONE_TARGET_MESSAGE}; ${got}`);
  }
}

/** Checks that every foreign key the rows set points at an existing record: one query per
 *  relation for the whole batch, so the client gets a 400 naming the field, not a DB error. */
export async function checkReferences(q: Queryable, meta: ObjectMeta, rows: ColumnValues[]) {
  for (const rel of meta.relations) {
    if (rel.kind !== 'manyToOne') continue;
    const ids = new Set<string>();
    for (const row of rows) {
      const id = row[rel.foreignKey];
      if (typeof id === 'string') ids.add(id);
    }
    if (ids.size === 0) continue;
    const target = OBJECTS[rel.target];
    const found = await q.query<{ id: string }>(
      `SELECT "id" FROM ${ident(target.table)} WHERE "id" = ANY($1::uuid[])`,
      [[...ids]],
    );
    const existing = new Set(found.map((r) => r.id));
    const missing = [...ids].find((id) => !existing.has(id));
    if (missing) throw unknownReference(rel.foreignKey, target, missing);
  }
}
