import type { Db, Queryable, Row } from '../db.ts';
import { badRequest } from '../errors.ts';
import type { ObjectMeta } from '../metadata.ts';
import { encodeCursor, keysetCondition, resolveCursor } from '../query/cursor.ts';
import { filterToSql } from '../query/filter-sql.ts';
import { parseFilter } from '../query/filter.ts';
import { orderBySql, parseOrderBy, reverseOrder } from '../query/order-by.ts';
import { notNullColumns } from '../query/not-null.ts';
import type { FilterNode, OrderItem, SqlFragment } from '../query/types.ts';
import { ident } from '../sql.ts';
import { cachedCount } from './count-cache.ts';
import { RELATION_CAP, toRecords } from './depth.ts';
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
async function existsBeyond(
  q: Queryable,
  meta: ObjectMeta,
  where: SqlFragment,
  cursor: SqlFragment,
): Promise<boolean> {
  const text = `SELECT EXISTS (SELECT 1 FROM ${ident(meta.table)} WHERE (${where.sql}) AND NOT COALESCE((${cursor.sql}), FALSE)) AS "found"`;
  const [row] = await run<{ found: boolean }>(
    q,
    meta,
    sql(text, [...where.params, ...cursor.params]),
  );
  return row?.found === true;
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
  const text = `SELECT * FROM ${ident(meta.table)} WHERE ${pageWhere.sql} ORDER BY ${orderBySql(scanOrder)} LIMIT ?`;
  const fetched = await run(db, meta, sql(text, [...pageWhere.params, params.limit + 1]));
  const more = fetched.length > params.limit;
  const rows: Row[] = fetched.slice(0, params.limit);
  if (backward) rows.reverse();

  const countSql = sql(
    `SELECT COUNT(*)::int AS "n" FROM ${ident(meta.table)} WHERE ${where.sql}`,
    where.params,
  );
  const totalCount = await cachedCount(db, JSON.stringify(countSql), async () => {
    const [count] = await run<{ n: number }>(db, meta, countSql);
    return count?.n ?? 0;
  });
  const beyond = cursor ? await existsBeyond(db, meta, where, cursor) : false;
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    records: await toRecords(db, meta, rows, params.depth, RELATION_CAP),
    pageInfo: {
      hasNextPage: backward ? beyond : more,
      hasPreviousPage: backward ? more : beyond,
      startCursor: first ? encodeCursor(first, order) : null,
      endCursor: last ? encodeCursor(last, order) : null,
    },
    totalCount,
  };
}
