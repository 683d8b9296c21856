import { openDb, type Db, type Row } from '../db.ts';
import { HttpError } from '../errors.ts';
import { OBJECTS } from '../metadata.ts';
import { createSchema } from '../schema.ts';
import { toStatement } from '../sql.ts';
import { encodeCursor, keysetCondition, resolveCursor } from './cursor.ts';
import { orderBySql, parseOrderBy, reverseOrder } from './order-by.ts';
import type { OrderItem, SqlFragment } from './types.ts';

// Keyset pagination over a table with NULLs and ties in every sort column: walking pages of 3
// forwards (or backwards) must give every row exactly once, in the order a plain ORDER BY gives.

const meta = OBJECTS.tasks;
let db: Db;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// [id, dueAt, title, position, status]; two due dates share a millisecond and differ in microseconds.
const ROWS: [number, string | null, string | null, number | null, string | null][] = [
  [14, '2026-01-10T09:00:00.123456Z', 'b', 2, 'TODO'],
  [3, '2026-01-10T09:00:00.123789Z', 'a', null, 'TODO'],
  [9, '2026-01-10T09:00:00.123789Z', null, 1.5, 'DONE'],
  [1, null, 'b', 2, null],
  [12, null, null, null, 'DONE'],
  [7, '2025-05-01T00:00:00Z', 'a', -1, 'IN_PROGRESS'],
  [2, '2027-01-01T00:00:00Z', 'c', 2, null],
  [11, null, 'a', 1.5, 'TODO'],
  [5, '2025-05-01T00:00:00Z', null, 3, 'TODO'],
  [8, '2026-01-10T09:00:00.123Z', 'b', null, 'IN_PROGRESS'],
  [6, null, 'c', -1, 'DONE'],
];

beforeAll(async () => {
  db = await openDb();
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
      ? keysetCondition(order, await resolveCursor(db, meta, cursor, order), 'after')
      : undefined;
    const rows = await page(where, order, size);
    seen.push(...rows.map((r) => r.id));
    if (rows.length < size) return seen;
    cursor = encodeCursor(rows[rows.length - 1]!, order);
  }
  throw new Error('no end reached');
}

async function walkBackward(order: OrderItem[], size = 3): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const where = cursor
      ? keysetCondition(order, await resolveCursor(db, meta, cursor, order), 'before')
      : undefined;
    const rows = (await page(where, reverseOrder(order), size)).reverse();
    seen.unshift(...rows.map((r) => r.id));
    if (rows.length < size) return seen;
    cursor = encodeCursor(rows[0]!, order);
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

  it('accepts a plain record id as the cursor, like an encoded cursor of that row', async () => {
    const order = parseOrderBy('dueAt[AscNullsLast]', meta);
    const rows = await page(undefined, order, 1000);
    const row = rows[4]!;
    for (const raw of [String(row.id), String(row.id).toUpperCase(), encodeCursor(row, order)]) {
      const after = await page(
        keysetCondition(order, await resolveCursor(db, meta, raw, order), 'after'),
        order,
        1000,
      );
      expect(after.map((r) => r.id)).toEqual(rows.slice(5).map((r) => r.id));
    }
  });

  it('keeps using the cursor values when its row has changed or gone', async () => {
    const order = parseOrderBy('title[AscNullsLast]', meta);
    await db.query(`INSERT INTO "tasks" ("id", "title") VALUES ($1, 'bb')`, [uuid(50)]);
    const rows = await page(undefined, order, 1000);
    const at = rows.findIndex((r) => r.id === uuid(50));
    const cursor = encodeCursor(rows[at]!, order);
    await db.query(`UPDATE "tasks" SET "title" = 'zz' WHERE "id" = $1`, [uuid(50)]);
    const resolved = await resolveCursor(db, meta, cursor, order);
    expect(resolved).toEqual({ title: 'bb', id: uuid(50) });
    await db.query(`DELETE FROM "tasks" WHERE "id" = $1`, [uuid(50)]);
    const after = await page(
      keysetCondition(order, await resolveCursor(db, meta, cursor, order), 'after'),
      order,
      1000,
    );
    expect(after.map((r) => r.id)).toEqual(rows.slice(at + 1).map((r) => r.id));
  });

  it('writes an opaque base64 JSON cursor of the order values and the id', () => {
    const order = parseOrderBy('dueAt[DescNullsLast],title', meta);
    const cursor = encodeCursor(
      { id: uuid(1), dueAt: new Date('2026-01-02T03:04:05.678Z'), title: null },
      order,
    );
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, 'base64').toString())).toEqual({
      dueAt: '2026-01-02T03:04:05.678Z',
      title: null,
      id: uuid(1),
    });
  });
});

describe('resolveCursor refuses anything else with "Invalid cursor"', () => {
  const order = parseOrderBy('dueAt[AscNullsLast]', meta);
  const b64 = (value: string) => Buffer.from(value).toString('base64');
  it.each([
    ['not a cursor!', 'is neither a cursor from pageInfo nor a record id'],
    [b64('hello'), 'does not decode to JSON'],
    [b64('[1,2]'), 'does not hold an object'],
    [b64('"x"'), 'does not hold an object'],
    [b64(JSON.stringify({ title: 'a', id: uuid(1) })), 'made for another order_by'],
    [b64(JSON.stringify({ id: uuid(1) })), 'made for another order_by'],
    [b64(JSON.stringify({ dueAt: null, id: uuid(1), extra: 1 })), 'made for another order_by'],
    [b64(JSON.stringify({ dueAt: null, id: 'nope' })), "'nope' is not a valid UUID"],
    [b64(JSON.stringify({ dueAt: null, id: null })), "the value of 'id' is null"],
    [b64(JSON.stringify({ dueAt: 'soon', id: uuid(1) })), "the value of 'dueAt'"],
    [b64(JSON.stringify({ dueAt: { a: 1 }, id: uuid(1) })), "the value of 'dueAt' is object"],
    [uuid(777), `no task has the id '${uuid(777)}'`],
    ['A'.repeat(9000), 'longer than'],
  ])('%s', async (raw, fragment) => {
    const caught = await resolveCursor(db, meta, raw, order).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(HttpError);
    expect((caught as HttpError).statusCode).toBe(400);
    const message = (caught as HttpError).messages.join(' ');
    expect(message.startsWith('Invalid cursor: ')).toBe(true);
    expect(message).toContain(fragment);
  });

  it('accepts a standard base64 cursor whose + arrived as a space', async () => {
    const byTitle = parseOrderBy('title', meta);
    const std = Buffer.from(JSON.stringify({ title: '~~~', id: uuid(1) })).toString('base64');
    expect(std).toContain('+');
    const resolved = await resolveCursor(db, meta, std.replaceAll('+', ' '), byTitle);
    expect(resolved).toEqual({ title: '~~~', id: uuid(1) });
  });
});
