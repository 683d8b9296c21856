import type { Row } from '../db.ts';
import { OBJECTS, type ObjectMeta, type RelationMeta } from '../metadata.ts';
import type { SqlFragment } from '../query/types.ts';
import { ident } from '../sql.ts';
import { objectColumns } from './columns.ts';
import { serializeRow, type JsonRecord } from './serialize.ts';

// A page of records and, at depth=1, their relations in one statement: each relation is a
// subquery in the select list that hands back its records as JSON. One round trip for a page
// instead of one per relation, which on PGlite (one statement at a time) was most of a cache
// miss's cost, and on PostgreSQL kept a pool connection busy for three or four round trips.
//
// The answers must stay exactly those of a plain SELECT through toRecords (depth.ts). The JSON
// carries each row keyed by column and serializeRow builds the record from it as from a driver
// row, so field order and composites come out the same. Only dates need care: JSON would print a
// timestamptz with the session's offset and microseconds, whereas the drivers hand over a Date
// cut to the millisecond. to_char in UTC with MS (which truncates too) prints what
// Date.toISOString would.

const relationColumn = (rel: RelationMeta) => `__rel_${rel.name}`;

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** json_build_object of every column of `meta`'s row `alias`, dates as ISO strings in UTC. */
function rowJson(meta: ObjectMeta, alias: string): string {
  const pairs = objectColumns(meta).map((column) => {
    const value = `${alias}.${ident(column.column)}`;
    const expr =
      column.type === 'datetime' ? `to_char(${value} AT TIME ZONE 'UTC', ${ISO_UTC})` : value;
    return `'${column.column}', ${expr}`;
  });
  // A function takes at most 100 arguments: a wider object is built in parts and merged (jsonb
  // reorders keys, which serializeRow does not mind).
  const parts: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) {
    parts.push(`json_build_object(${pairs.slice(i, i + 50).join(', ')})`);
  }
  return parts.length === 1 ? parts[0]! : `(${parts.map((p) => `${p}::jsonb`).join(' || ')})::json`;
}

/** The select-list subquery that yields `rel`'s JSON for the row `parent`. */
function relationSubquery(rel: RelationMeta, parent: string, cap: number | undefined): string {
  const target = OBJECTS[rel.target];
  const table = ident(target.table);
  const fk = ident(rel.foreignKey);
  if (rel.kind === 'manyToOne') {
    return `(SELECT ${rowJson(target, '"__t"')} FROM ${table} AS "__t" WHERE "__t"."id" = ${parent}.${fk})`;
  }
  // Oldest first, id as tie-break (as depth.ts), read per parent off the (fk, createdAt, id) index.
  const limit = cap === undefined ? '' : ` LIMIT ${Math.trunc(cap)}`;
  return (
    `(SELECT COALESCE(json_agg("__n"."j" ORDER BY "__n"."c", "__n"."i"), '[]'::json) FROM (` +
    `SELECT ${rowJson(target, '"__t"')} AS "j", "__t"."createdAt" AS "c", "__t"."id" AS "i" ` +
    `FROM ${table} AS "__t" WHERE "__t".${fk} = ${parent}."id" ` +
    `ORDER BY "__t"."createdAt" ASC, "__t"."id" ASC${limit}) AS "__n")`
  );
}

const ROW_COLUMN = '__row';

export type JsonSelectOptions = {
  /** The source's ORDER BY, over its columns; the rows come back in it. */
  order?: string;
  depth: 0 | 1;
  /** Most items in a one-to-many array; undefined means all of them. */
  cap?: number;
  /** More select-list items (`expr AS "name"`) evaluated once for the statement, e.g. a count. */
  extra?: readonly SqlFragment[];
};

/**
 * Wraps `source` (a SELECT of whole rows of `meta`, with its own ORDER BY and LIMIT) so that each
 * row comes back as one JSON value and, at depth 1, with every relation beside it. The row itself
 * travels as JSON too: PGlite decodes a wide row (a task's body) field by field in JavaScript,
 * and one JSON.parse of the same text is cheaper.
 */
export function selectAsJson(
  meta: ObjectMeta,
  source: SqlFragment,
  options: JsonSelectOptions,
): SqlFragment {
  const columns = [`${rowJson(meta, '"__page"')} AS ${ident(ROW_COLUMN)}`];
  if (options.depth === 1) {
    for (const rel of meta.relations) {
      columns.push(
        `${relationSubquery(rel, '"__page"', options.cap)} AS ${ident(relationColumn(rel))}`,
      );
    }
  }
  const extra = options.extra ?? [];
  const orderBy = options.order === undefined ? '' : ` ORDER BY ${options.order}`;
  return {
    sql: `SELECT ${[...columns, ...extra.map((e) => e.sql)].join(', ')} FROM (${source.sql}) AS "__page"${orderBy}`,
    params: [...extra.flatMap((e) => e.params), ...source.params],
  };
}

/** A value as the driver gave it: parsed JSON, or its text where a driver left it so. */
const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** What selectAsJson read: each row keyed by column (dates as ISO strings, as a cursor and
 *  serializeRow want them), and its record with the relations attached at depth 1. */
export function fromJson(
  meta: ObjectMeta,
  result: Row[],
  depth: 0 | 1,
): { rows: Row[]; records: JsonRecord[] } {
  const rows = result.map((r) => parsed(r[ROW_COLUMN]) as Row);
  const records = rows.map((row, i) => {
    const record = serializeRow(meta, row);
    if (depth === 0) return record;
    for (const rel of meta.relations) {
      const target = OBJECTS[rel.target];
      const value = parsed(result[i]![relationColumn(rel)]);
      if (rel.kind === 'manyToOne') {
        record[rel.name] =
          value === null || value === undefined ? null : serializeRow(target, value as Row);
      } else {
        record[rel.name] = ((value ?? []) as Row[]).map((nested) => serializeRow(target, nested));
      }
    }
    return record;
  });
  return { rows, records };
}
