import type { Queryable, Row } from '../db.ts';
import { OBJECTS, type ManyToOne, type ObjectMeta, type OneToMany } from '../metadata.ts';
import { ident } from '../sql.ts';
import { serializeRow, type JsonRecord } from './serialize.ts';
import { run, sql } from './sql-run.ts';

// depth=1: every relation of a page of records, loaded with one query per relation for the
// whole page (`= ANY(...)`), never one per row. Nested records carry only their own fields.

/** Twenty caps each nested one-to-many array at 60 items: a record read by id shows at most 60.
 *  On a list page Twenty shares 60 x rows among the parents; 60 per parent is never kinder. */
export const RELATION_CAP = 60;

async function loadManyToOne(q: Queryable, rel: ManyToOne, rows: Row[], records: JsonRecord[]) {
  const target = OBJECTS[rel.target];
  const ids = [...new Set(rows.map((r) => r[rel.foreignKey]).filter((v) => typeof v === 'string'))];
  const found = ids.length
    ? await run(
        q,
        target,
        sql(`SELECT * FROM ${ident(target.table)} WHERE "id" = ANY(?::uuid[])`, [ids]),
      )
    : [];
  const byId = new Map(found.map((row) => [row.id, serializeRow(target, row)]));
  rows.forEach((row, i) => {
    records[i]![rel.name] = byId.get(row[rel.foreignKey]) ?? null;
  });
}

async function loadOneToMany(
  q: Queryable,
  rel: OneToMany,
  rows: Row[],
  records: JsonRecord[],
  cap: number | undefined,
) {
  const target = OBJECTS[rel.target];
  const fk = ident(rel.foreignKey);
  const ids = rows.map((r) => r.id);
  // Oldest first, id as tie-breaker, so the nested order is stable across calls.
  const order = `"createdAt" ASC, "id" ASC`;
  const text =
    cap === undefined
      ? `SELECT * FROM ${ident(target.table)} WHERE ${fk} = ANY(?::uuid[]) ORDER BY ${order}`
      : `SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY ${fk} ORDER BY ${order}) AS "__n"
           FROM ${ident(target.table)} WHERE ${fk} = ANY(?::uuid[])) AS ranked
         WHERE "__n" <= ? ORDER BY ${order}`;
  const found = await run(q, target, sql(text, cap === undefined ? [ids] : [ids, cap]));
  const byParent = new Map<unknown, JsonRecord[]>();
  for (const row of found) {
    const list = byParent.get(row[rel.foreignKey]) ?? [];
    list.push(serializeRow(target, row));
    byParent.set(row[rel.foreignKey], list);
  }
  rows.forEach((row, i) => {
    records[i]![rel.name] = byParent.get(row.id) ?? [];
  });
}

/** Serializes rows and, at depth 1, attaches every relation. `cap` limits one-to-many arrays;
 *  undefined means all of them (internal callers only). */
export async function toRecords(
  q: Queryable,
  meta: ObjectMeta,
  rows: Row[],
  depth: 0 | 1,
  cap?: number,
): Promise<JsonRecord[]> {
  const records = rows.map((row) => serializeRow(meta, row));
  if (depth === 0 || rows.length === 0) return records;
  for (const rel of meta.relations) {
    if (rel.kind === 'manyToOne') await loadManyToOne(q, rel, rows, records);
    else await loadOneToMany(q, rel, rows, records, cap);
  }
  return records;
}
