import type { Queryable } from '../db.ts';
import { badRequest, queryError, unsupported } from '../errors.ts';
import type { ObjectMeta, ScalarType } from '../metadata.ts';
import { shown } from '../records/values.ts';
import { ident } from '../sql.ts';
import { typedParam } from './filter-sql.ts';
import { ID_ORDER, isAscending, nullsFirst, reverseOrder, sortKey } from './order-by.ts';
import type { OrderItem, SqlFragment } from './types.ts';

// Keyset pagination, with Twenty's cursors: standard padded base64 of the JSON of the edge row's
// order_by values plus its id, keys in order_by order (a composite sort key nests all its parts,
// `{"name":{"firstName","lastName"},"id"}`). Decoded values are keyed by column, like a database
// row, so a row and a decoded cursor can both be handed to keysetCondition.
//
// Twenty's keyset paging goes wrong in two ways without an error: after a page sorted by a field
// that can be NULL it skips every NULL row, and it cannot read back its own cursor over a
// composite field. The twin refuses both with a 400 (see resolveCursor), so a client can only
// page in ways that reach every row on the real server too.

const MAX_CURSOR_LENGTH = 8_192;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const withId = (order: readonly OrderItem[]): readonly OrderItem[] =>
  order.some((i) => i.column === 'id') ? order : [...order, ID_ORDER];

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

export function encodeCursor(row: Record<string, unknown>, order: OrderItem[]): string {
  const payload: Record<string, unknown> = {};
  for (const item of withId(order)) {
    if (!item.composite) {
      payload[item.field] = jsonValue(row[item.column]);
      continue;
    }
    const parts: Record<string, unknown> = {};
    for (const part of item.composite.parts) parts[part.sub] = jsonValue(row[part.column]);
    payload[item.composite.field] = parts;
  }
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

/** A cursor that is not one: Twenty's `BadRequestException` "Invalid cursor: <value>". */
const undecodable = (text: string) => badRequest(`Invalid cursor: ${shown(text)}`);
/** A cursor that decodes but does not fit this order_by: Twenty's code INVALID_CURSOR. */
const misfit = (problem: string) => queryError(`Invalid cursor: ${problem}`, 'INVALID_CURSOR');

/** Refuses a cursor the real server would follow wrongly; `notNull` holds the columns the
 *  request's filter keeps non-null (e.g. `dueAt[is]:NOT_NULL`). */
function assertFollowable(order: readonly OrderItem[], notNull: ReadonlySet<string>) {
  const composite = order.find((i) => i.composite);
  if (composite) {
    throw unsupported(
      `a cursor over a composite order_by ('${composite.field}'): Twenty answers it with 400 Invalid cursor. ` +
        `To page, sort by a plain field such as id or createdAt`,
    );
  }
  const nullable = order.find((i) => i.nullable && !notNull.has(i.column));
  if (nullable) {
    throw unsupported(
      `a cursor after a page sorted by '${nullable.field}', which can be empty (NULL): Twenty's cursors ` +
        `skip every row from the first NULL on. Page the rows that have a value with ` +
        `filter=${nullable.field}[is]:NOT_NULL, and the others (${nullable.field}[is]:NULL) sorted by a ` +
        `field that is never empty, such as position, createdAt or id`,
    );
  }
}

/** The cursor's order values keyed by column, or undefined for `{}` (no cursor, as on Twenty). */
export async function resolveCursor(
  db: Queryable,
  meta: ObjectMeta,
  raw: string,
  order: OrderItem[],
  notNull: ReadonlySet<string>,
): Promise<Record<string, unknown> | undefined> {
  const items = withId(order);
  const text = raw.trim();
  const payload = decode(text);
  if (Object.keys(payload).length === 0) return undefined;
  assertFollowable(items, notNull);
  const decoded = cursorValues(payload, items);
  const stored = await loadOrderValues(db, meta, items, String(decoded.id));
  // The database keeps microseconds while a cursor holds milliseconds: while the row still has the
  // values the cursor was made from, its exact values place the page boundary without a gap.
  const unchanged = stored && items.every((i) => stored.shown[i.column] === decoded[i.column]);
  return unchanged ? stored.exact : decoded;
}

function decode(text: string): Record<string, unknown> {
  // A plain record id is not a cursor on Twenty either: it fails here, as it does there.
  if (text.length > MAX_CURSOR_LENGTH || !BASE64.test(text)) throw undecodable(text);
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    throw undecodable(text);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw undecodable(text);
  }
  return payload as Record<string, unknown>;
}

function cursorValues(
  record: Record<string, unknown>,
  items: readonly OrderItem[],
): Record<string, unknown> {
  const expected = items.map((i) => i.field);
  const keys = Object.keys(record);
  if (keys.length !== expected.length || !expected.every((k) => Object.hasOwn(record, k))) {
    throw misfit(
      `it was made for another order_by (it holds ${shown(keys.join(', ')) || 'nothing'}; this order_by needs ${expected.join(', ')})`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const item of items) {
    const value = record[item.field];
    if (value === null) {
      throw unsupported(
        `a cursor that holds a NULL sort value ('${item.field}'): Twenty answers it with an empty page`,
      );
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw misfit(`the value of '${item.field}' is ${typeof value}`);
    }
    const checked = checkValue(item, String(value));
    if ('problem' in checked) throw misfit(`the value of '${item.field}': ${checked.problem}`);
    values[item.column] = checked.fragment.params[0];
  }
  return values;
}

/** The exact order values of the row `id` (keyed by column), for keysetCondition. */
export async function rowOrderValues(
  db: Queryable,
  meta: ObjectMeta,
  order: readonly OrderItem[],
  id: string,
): Promise<Record<string, unknown> | undefined> {
  return (await loadOrderValues(db, meta, withId(order), id))?.exact;
}

/** The row's order values: `exact` to compare against, `shown` as a cursor would hold them. */
async function loadOrderValues(
  db: Queryable,
  meta: ObjectMeta,
  items: readonly OrderItem[],
  id: string,
) {
  const select = items.flatMap((item, n) => {
    const col = ident(item.column);
    // text keeps a timestamptz's microseconds, which a JS Date would drop.
    return [`${col} AS "v${n}"`, `${item.type === 'datetime' ? `${col}::text` : col} AS "x${n}"`];
  });
  const rows = await db.query(
    `SELECT ${select.join(', ')} FROM ${ident(meta.table)} WHERE "id" = $1::uuid`,
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  const exact: Record<string, unknown> = {};
  const shownValues: Record<string, unknown> = {};
  items.forEach((item, n) => {
    exact[item.column] = jsonValue(row[`x${n}`]);
    const v = jsonValue(row[`v${n}`]);
    // Compared with decoded cursor values, which typedParam normalised the same way.
    shownValues[item.column] = v === null ? null : normalise(item, v);
  });
  return { exact, shown: shownValues };
}

const checkValue = (item: OrderItem, raw: string) =>
  typedParam({ column: '', type: item.type, enumValues: item.enumValues }, raw);

function normalise(item: OrderItem, value: unknown): unknown {
  const checked = checkValue(item, String(value));
  return 'problem' in checked ? value : checked.fragment.params[0];
}

const CASTS: Partial<Record<ScalarType, string>> = {
  uuid: 'uuid',
  datetime: 'timestamptz',
  number: 'double precision',
  integer: 'numeric',
  boolean: 'boolean',
};

/**
 * Rows strictly after (or before) the cursor row in `order`, compared lexicographically over every
 * order item and NULL-aware: with NullsLast, NULL rows come after every value. For `before`, the
 * caller selects with the reversed order, keeps `limit` rows and reverses them back.
 */
export function keysetCondition(
  order: OrderItem[],
  values: Record<string, unknown>,
  mode: 'after' | 'before',
): SqlFragment {
  const items = mode === 'after' ? withId(order) : reverseOrder(withId(order));
  let acc: SqlFragment | undefined;
  for (let n = items.length - 1; n >= 0; n--) {
    const item = items[n]!;
    if (!Object.hasOwn(values, item.column)) throw new Error(`cursor values lack '${item.column}'`);
    const value = jsonValue(values[item.column]);
    const col = sortKey(item);
    const param = sortKey(item, `?::${CASTS[item.type] ?? 'text'}`);
    const after: SqlFragment =
      value === null
        ? { sql: nullsFirst(item.direction) ? `${col} IS NOT NULL` : 'FALSE', params: [] }
        : {
            sql: `(${col} ${isAscending(item.direction) ? '>' : '<'} ${param}${nullsFirst(item.direction) ? '' : ` OR ${col} IS NULL`})`,
            params: [value],
          };
    if (!acc) {
      acc = after;
      continue;
    }
    const equal: SqlFragment =
      value === null
        ? { sql: `${col} IS NULL`, params: [] }
        : { sql: `${col} = ${param}`, params: [value] };
    acc = {
      sql: `(${after.sql} OR (${equal.sql} AND ${acc.sql}))`,
      params: [...after.params, ...equal.params, ...acc.params],
    };
  }
  return acc ?? { sql: 'TRUE', params: [] };
}
