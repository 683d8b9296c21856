import type { Db, Row } from '../db.ts';
import { badRequest } from '../errors.ts';
import type { ObjectMeta } from '../metadata.ts';
import { encodeCursor, keysetCondition, resolveCursor } from '../query/cursor.ts';
import { filterToSql } from '../query/filter-sql.ts';
import { parseFilter } from '../query/filter.ts';
import { orderBySql, parseOrderBy, reverseOrder } from '../query/order-by.ts';
import { notNullColumns } from '../query/not-null.ts';
import type { FilterNode, OrderItem, SqlFragment } from '../query/types.ts';
import { ident } from '../sql.ts';
import { countSlot } from './count-cache.ts';
import { RELATION_CAP } from './depth.ts';
import { fromJson, selectAsJson } from './depth-json.ts';
import type { JsonRecord } from './serialize.ts';
import { run, sql } from './sql-run.ts';

export type ListParams = {
  limit: number;
  depth: 0 | 1;
  startingAfter?: string;
  endingBefore?: string;
  orderBy?: string;
  filter?: string;
};

export type ListResult = {
  records: JsonRecord[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
};

const TRUE: SqlFragment = { sql: 'TRUE', params: [] };

const and = (a: SqlFragment, b: SqlFragment): SqlFragment => ({
  sql: `(${a.sql}) AND (${b.sql})`,
  params: [...a.params, ...b.params],
});

function parsedFilter(meta: ObjectMeta, filter: string | undefined): FilterNode | undefined {
  if (filter === undefined) return undefined;
  if (!meta.filterable) {
    throw badRequest(
      `'filter' is not supported on ${meta.namePlural}: task relations cannot be filtered. ` +
        `Read the record with depth=1 instead (e.g. GET /rest/people/{id}?depth=1)`,
    );
  }
  return parseFilter(filter);
}

/** Whether a row matching `where` lies on the far side of the cursor (not strictly `side` of it). */
const beyondSql = (meta: ObjectMeta, where: SqlFragment, cursor: SqlFragment): SqlFragment =>
  sql(
    `EXISTS (SELECT 1 FROM ${ident(meta.table)} WHERE (${where.sql}) AND NOT COALESCE((${cursor.sql}), FALSE))`,
    [...where.params, ...cursor.params],
  );

const countSql = (meta: ObjectMeta, where: SqlFragment): SqlFragment =>
  sql(`(SELECT COUNT(*)::int FROM ${ident(meta.table)} WHERE ${where.sql})`, where.params);

const as = (fragment: SqlFragment, name: string): SqlFragment =>
  sql(`${fragment.sql} AS ${ident(name)}`, fragment.params);

/** The extras of an empty page, in a statement of their own. */
function alone(db: Db, meta: ObjectMeta, extra: SqlFragment[]): Promise<Row[]> {
  return run(
    db,
    meta,
    sql(
      `SELECT ${extra.map((e) => e.sql).join(', ')}`,
      extra.flatMap((e) => e.params),
    ),
  );
}

/** One page of a list: filter, order, keyset cursor in either direction, limit+1 to know
 *  whether more rows follow, and the total of rows matching the filter. */
export async function listRecords(
  db: Db,
  meta: ObjectMeta,
  params: ListParams,
): Promise<ListResult> {
  if (params.startingAfter !== undefined && params.endingBefore !== undefined) {
    throw badRequest('Cannot provide both starting_after and ending_before');
  }
  const filter = parsedFilter(meta, params.filter);
  const where = filter ? filterToSql(filter, meta) : TRUE;
  const order: OrderItem[] = parseOrderBy(params.orderBy, meta);
  const backward = params.endingBefore !== undefined;
  const rawCursor = params.startingAfter ?? params.endingBefore;
  const cursorValues =
    rawCursor === undefined
      ? undefined
      : await resolveCursor(db, meta, rawCursor, order, notNullColumns(filter, meta));
  const cursor =
    cursorValues === undefined
      ? undefined
      : keysetCondition(order, cursorValues, backward ? 'before' : 'after');

  const pageWhere = cursor ? and(where, cursor) : where;
  const scanOrder = backward ? reverseOrder(order) : order;
  const scanSql = orderBySql(scanOrder);
  const text = `SELECT * FROM ${ident(meta.table)} WHERE ${pageWhere.sql} ORDER BY ${scanSql} LIMIT ?`;
  // The total and whether rows lie before the cursor ride along in the page's statement (once
  // for it, not per row); an empty page has no row to carry them, so they are asked alone then.
  const count = countSql(meta, where);
  const slot = countSlot(db, JSON.stringify(count));
  const beyond = cursor ? beyondSql(meta, where, cursor) : undefined;
  const extra: SqlFragment[] = [];
  if (slot.kept === undefined) extra.push(as(count, '__total'));
  if (beyond) extra.push(as(beyond, '__beyond'));
  const fetched = await run(
    db,
    meta,
    selectAsJson(meta, sql(text, [...pageWhere.params, params.limit + 1]), {
      order: scanSql,
      depth: params.depth,
      cap: RELATION_CAP,
      extra,
    }),
  );
  const [along] = fetched.length > 0 || extra.length === 0 ? fetched : await alone(db, meta, extra);
  const totalCount = slot.kept ?? (along?.__total as number);
  if (slot.kept === undefined) slot.keep(totalCount);
  const more = fetched.length > params.limit;
  const { rows, records } = fromJson(meta, fetched.slice(0, params.limit), params.depth);
  if (backward) {
    rows.reverse();
    records.reverse();
  }
  const isBeyond = along?.__beyond === true;
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    records,
    pageInfo: {
      hasNextPage: backward ? isBeyond : more,
      hasPreviousPage: backward ? more : isBeyond,
      startCursor: first ? encodeCursor(first, order) : null,
      endCursor: last ? encodeCursor(last, order) : null,
    },
    totalCount,
  };
}
