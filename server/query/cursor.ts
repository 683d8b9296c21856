import type { Queryable } from '../db.ts';
import { badRequest } from '../errors.ts';
import type { ObjectMeta, ScalarType } from '../metadata.ts';
import { isUuid, shown } from '../records/values.ts';
import { ident } from '../sql.ts';
import { typedParam } from './filter-sql.ts';
import { isAscending, nullsFirst, reverseOrder } from './order-by.ts';
import type { OrderItem, SqlFragment } from './types.ts';

// Keyset pagination. A cursor is base64url(JSON) of the row's order_by values plus its id, keyed
// by the fields as written in order_by (Twenty's shape). Decoded values are keyed by column, like
// a database row, so a row and a decoded cursor can both be handed to keysetCondition.

const MAX_CURSOR_LENGTH = 8_192;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

const withId = (order: readonly OrderItem[]): readonly OrderItem[] =>
  order.some((i) => i.column === 'id')
    ? order
    : [...order, { field: 'id', column: 'id', type: 'uuid', direction: 'AscNullsFirst' }];

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

export function encodeCursor(row: Record<string, unknown>, order: OrderItem[]): string {
  const payload: Record<string, unknown> = {};
  for (const item of withId(order)) payload[item.field] = jsonValue(row[item.column]);
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const invalid = (problem: string) => badRequest(`Invalid cursor: ${problem}`);

/** The cursor's order values keyed by column; also accepts a plain record id (Dalil's style). */
export async function resolveCursor(
  db: Queryable,
  meta: ObjectMeta,
  raw: string,
  order: OrderItem[],
): Promise<Record<string, unknown>> {
  const items = withId(order);
  const text = raw.trim();
  if (isUuid(text)) {
    const row = await loadOrderValues(db, meta, items, text);
    if (!row) throw invalid(`no ${meta.nameSingular} has the id '${text}'`);
    return row.exact;
  }
  const decoded = decode(text, items);
  const stored = await loadOrderValues(db, meta, items, String(decoded.id));
  // The database keeps microseconds while a cursor holds milliseconds: while the row still has the
  // values the cursor was made from, its exact values place the page boundary without a gap.
  const unchanged = stored && items.every((i) => stored.shown[i.column] === decoded[i.column]);
  return unchanged ? stored.exact : decoded;
}

function decode(text: string, items: readonly OrderItem[]): Record<string, unknown> {
  if (text.length > MAX_CURSOR_LENGTH) throw invalid(`longer than ${MAX_CURSOR_LENGTH} characters`);
  // A '+' that reached us unencoded arrives as a space.
  const b64 = text.replaceAll(' ', '+');
  if (!BASE64.test(b64))
    throw invalid(`'${shown(text)}' is neither a cursor from pageInfo nor a record id`);
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  } catch {
    throw invalid(`'${shown(text)}' does not decode to JSON`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw invalid('it does not hold an object of order values');
  }
  const record = payload as Record<string, unknown>;
  const expected = items.map((i) => i.field);
  const keys = Object.keys(record);
  if (keys.length !== expected.length || !expected.every((k) => Object.hasOwn(record, k))) {
    throw invalid(
      `it was made for another order_by (it holds ${shown(keys.join(', ')) || 'nothing'}; this order_by needs ${expected.join(', ')})`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const item of items) {
    const value = record[item.field];
    if (value === null && item.column !== 'id') {
      values[item.column] = null;
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw invalid(`the value of '${item.field}' is ${value === null ? 'null' : typeof value}`);
    }
    const checked = checkValue(item.type, String(value));
    if ('problem' in checked) throw invalid(`the value of '${item.field}': ${checked.problem}`);
    values[item.column] = checked.fragment.params[0];
  }
  return values;
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
    shownValues[item.column] = v === null ? null : normalise(item.type, v);
  });
  return { exact, shown: shownValues };
}

// A cursor cannot know an enum's allowed values (OrderItem does not carry them): any text will do,
// since it is only compared with.
const checkValue = (type: ScalarType, raw: string) =>
  typedParam({ column: '', type: type === 'enum' ? 'text' : type }, raw);

function normalise(type: ScalarType, value: unknown): unknown {
  const checked = checkValue(type, String(value));
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
    const col = ident(item.column);
    const param = `?::${CASTS[item.type] ?? 'text'}`;
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
