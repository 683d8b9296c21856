import { type Db, type Row } from '../db.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { HttpError } from '../errors.ts';
import { OBJECTS } from '../metadata.ts';
import { createSchema } from '../schema.ts';
import { toStatement } from '../sql.ts';
import { encodeCursor, keysetCondition, resolveCursor, rowOrderValues } from './cursor.ts';
import { orderBySql, parseOrderBy, reverseOrder } from './order-by.ts';
import type { OrderItem, SqlFragment } from './types.ts';

// Keyset pagination over a table with NULLs and ties in every sort column: walking pages of 3
// forwards (or backwards) must give every row exactly once, in the order a plain ORDER BY gives.
// The SQL stays NULL-aware (a cursor's row may have changed since), but over HTTP a cursor after a
// nullable sort key is refused, as Twenty would lose rows there: the walks below build their
// conditions from the rows' exact values, and the refusals are tested at the end.

const meta = OBJECTS.tasks;
let db: Db;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// [id, dueAt, title, position, status]; two due dates share a millisecond and differ in microseconds.
// position is never NULL (the server always sets it) but has ties.
const ROWS: [number, string | null, string | null, number, string | null][] = [
  [14, '2026-01-10T09:00:00.123456Z', 'b', 2, 'TODO'],
  [3, '2026-01-10T09:00:00.123789Z', 'a', 0, 'TODO'],
  [9, '2026-01-10T09:00:00.123789Z', null, 1.5, 'DONE'],
  [1, null, 'b', 2, null],
  [12, null, null, 0, 'DONE'],
  [7, '2025-05-01T00:00:00Z', 'a', -1, 'IN_PROGRESS'],
  [2, '2027-01-01T00:00:00Z', 'c', 2, null],
  [11, null, 'a', 1.5, 'TODO'],
  [5, '2025-05-01T00:00:00Z', null, 3, 'TODO'],
  [8, '2026-01-10T09:00:00.123Z', 'b', 0, 'IN_PROGRESS'],
  [6, null, 'c', -1, 'DONE'],
];

beforeAll(async () => {
  db = await openTestDatabase();
  await createSchema(db);
  for (const [n, dueAt, title, position, status] of ROWS) {
    await db.query(
      'INSERT INTO "tasks" ("id", "dueAt", "title", "position", "status") VALUES ($1, $2, $3, $4, $5)',
      [uuid(n), dueAt, title, position, status],
    );
  }
});

afterAll(() => db.close());

async function page(
  where: SqlFragment | undefined,
  order: OrderItem[],
  limit: number,
): Promise<Row[]> {
  const { text, params } = toStatement({
    sql: `SELECT * FROM "tasks" WHERE ${where?.sql ?? 'TRUE'} ORDER BY ${orderBySql(order)} LIMIT ${limit}`,
    params: where?.params ?? [],
  });
  return db.query(text, params);
}

const allIds = async (order: OrderItem[]) => (await page(undefined, order, 1000)).map((r) => r.id);

async function walkForward(order: OrderItem[], size = 3): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const where = cursor
      ? keysetCondition(order, (await rowOrderValues(db, meta, order, cursor))!, 'after')
      : undefined;
    const rows = await page(where, order, size);
    seen.push(...rows.map((r) => r.id));
    if (rows.length < size) return seen;
    cursor = String(rows[rows.length - 1]!.id);
  }
  throw new Error('no end reached');
}

async function walkBackward(order: OrderItem[], size = 3): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const where = cursor
      ? keysetCondition(order, (await rowOrderValues(db, meta, order, cursor))!, 'before')
      : undefined;
    const rows = (await page(where, reverseOrder(order), size)).reverse();
    seen.unshift(...rows.map((r) => r.id));
    if (rows.length < size) return seen;
    cursor = String(rows[0]!.id);
  }
  throw new Error('no end reached');
}

const ORDERS = [
  'dueAt[AscNullsFirst]',
  'dueAt[AscNullsLast]',
  'dueAt[DescNullsFirst]',
  'dueAt[DescNullsLast]',
  'title[AscNullsFirst]',
  'title[AscNullsLast]',
  'title[DescNullsFirst]',
  'title[DescNullsLast]',
  'position[AscNullsLast]',
  'position[DescNullsFirst]',
  'status[AscNullsFirst]',
  'status[DescNullsLast]',
  'status[AscNullsLast],dueAt[DescNullsFirst]',
  'title[DescNullsLast],position[AscNullsFirst],dueAt[AscNullsLast]',
  'id[DescNullsLast]',
  undefined,
];

describe('keyset pagination', () => {
  it.each(ORDERS)('order_by=%s: forward pages of 3 give every row once, in order', async (o) => {
    const order = parseOrderBy(o, meta);
    const expected = await allIds(order);
    expect(expected).toHaveLength(ROWS.length);
    expect(await walkForward(order)).toEqual(expected);
    expect(await walkForward(order, 1)).toEqual(expected);
  });

  it.each(ORDERS)('order_by=%s: backward pages of 3 give every row once, in order', async (o) => {
    const order = parseOrderBy(o, meta);
    const expected = await allIds(order);
    expect(await walkBackward(order)).toEqual(expected);
    expect(await walkBackward(order, 2)).toEqual(expected);
  });

  it('places NULLs where the direction says', async () => {
    const dueOf = async (o: string) =>
      (await page(undefined, parseOrderBy(o, meta), 1000)).map((r) =>
        r.dueAt === null ? null : 'x',
      );
    expect((await dueOf('dueAt[AscNullsFirst]')).slice(0, 4)).toEqual([null, null, null, null]);
    expect((await dueOf('dueAt[DescNullsLast]')).slice(-4)).toEqual([null, null, null, null]);
  });

  it('sorts a SELECT field by option order, not alphabetically', async () => {
    const statuses = (await page(undefined, parseOrderBy('status[AscNullsLast]', meta), 1000)).map(
      (r) => r.status,
    );
    const firstOf = (s: string | null) => statuses.indexOf(s);
    expect(firstOf('TODO')).toBe(0);
    expect(firstOf('IN_PROGRESS')).toBeGreaterThan(statuses.lastIndexOf('TODO'));
    expect(firstOf('DONE')).toBeGreaterThan(statuses.lastIndexOf('IN_PROGRESS'));
    expect(statuses.slice(-2)).toEqual([null, null]);
  });

  it('pages by the exact cursor row after a cursor from pageInfo', async () => {
    const order = parseOrderBy('position[AscNullsLast]', meta);
    const rows = await page(undefined, order, 1000);
    const row = rows[4]!;
    const resolved = await resolveCursor(db, meta, encodeCursor(row, order), order, new Set());
    const after = await page(keysetCondition(order, resolved!, 'after'), order, 1000);
    expect(after.map((r) => r.id)).toEqual(rows.slice(5).map((r) => r.id));
  });

  it('keeps using the cursor values when its row has changed or gone', async () => {
    const order = parseOrderBy('position[AscNullsLast]', meta);
    await db.query(`INSERT INTO "tasks" ("id", "position") VALUES ($1, 1.75)`, [uuid(50)]);
    const rows = await page(undefined, order, 1000);
    const at = rows.findIndex((r) => r.id === uuid(50));
    const cursor = encodeCursor(rows[at]!, order);
    await db.query(`UPDATE "tasks" SET "position" = 99 WHERE "id" = $1`, [uuid(50)]);
    const resolved = await resolveCursor(db, meta, cursor, order, new Set());
    expect(resolved).toEqual({ position: 1.75, id: uuid(50) });
    await db.query(`DELETE FROM "tasks" WHERE "id" = $1`, [uuid(50)]);
    const after = await page(
      keysetCondition(order, (await resolveCursor(db, meta, cursor, order, new Set()))!, 'after'),
      order,
      1000,
    );
    expect(after.map((r) => r.id)).toEqual(rows.slice(at + 1).map((r) => r.id));
  });

  it('writes a standard padded base64 JSON cursor of the order values and the id', () => {
    const order = parseOrderBy('dueAt[DescNullsLast],title', meta);
    const cursor = encodeCursor(
      { id: uuid(1), dueAt: new Date('2026-01-02T03:04:05.678Z'), title: null },
      order,
    );
    expect(cursor).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(cursor.length % 4).toBe(0);
    expect(JSON.parse(Buffer.from(cursor, 'base64').toString())).toEqual({
      dueAt: '2026-01-02T03:04:05.678Z',
      title: null,
      id: uuid(1),
    });
  });
});

describe('resolveCursor refuses anything else with "Invalid cursor"', () => {
  const order = parseOrderBy('position', meta);
  const b64 = (value: string) => Buffer.from(value).toString('base64');
  it.each([
    ['not a cursor!', 'BadRequestException', undefined],
    // A plain id is not a cursor on Twenty either.
    [uuid(1), 'BadRequestException', undefined],
    [
      b64(JSON.stringify({ position: 1, id: uuid(1) })).replace(/=+$/, ''),
      'BadRequestException',
      undefined,
    ],
    // A '+' sent without encodeURIComponent arrives as a space: Twenty fails it, so does the twin.
    [
      b64(JSON.stringify({ title: '~~~', id: uuid(1) })).replaceAll('+', ' '),
      'BadRequestException',
      undefined,
    ],
    [b64('hello'), 'BadRequestException', undefined],
    [b64('[1,2]'), 'BadRequestException', undefined],
    [b64('"x"'), 'BadRequestException', undefined],
    ['A'.repeat(9000), 'BadRequestException', undefined],
    [b64(JSON.stringify({ title: 'a', id: uuid(1) })), 'Error', 'INVALID_CURSOR'],
    [b64(JSON.stringify({ id: uuid(1) })), 'Error', 'INVALID_CURSOR'],
    [b64(JSON.stringify({ position: 1, id: uuid(1), extra: 1 })), 'Error', 'INVALID_CURSOR'],
    [b64(JSON.stringify({ position: 1, id: 'nope' })), 'Error', 'INVALID_CURSOR'],
    [b64(JSON.stringify({ position: 'soon', id: uuid(1) })), 'Error', 'INVALID_CURSOR'],
    [b64(JSON.stringify({ position: { a: 1 }, id: uuid(1) })), 'Error', 'INVALID_CURSOR'],
  ])('%s', async (raw, error, code) => {
    const caught = await resolveCursor(db, meta, raw, order, new Set()).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(HttpError);
    const http = caught as HttpError;
    expect([http.statusCode, http.error, http.code]).toEqual([400, error, code]);
    expect(http.messages.join(' ').startsWith('Invalid cursor: ')).toBe(true);
  });

  it('counts a cursor of {} as no cursor, as Twenty does', async () => {
    expect(await resolveCursor(db, meta, b64('{}'), order, new Set())).toBeUndefined();
  });
});
