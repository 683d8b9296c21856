import type { Hono } from 'hono';
import { createApi } from '../../server/api.ts';
import { type Db } from '../../server/db.ts';
import { openTestDatabase } from '../test-database.ts';
import { OBJECTS } from '../../server/metadata.ts';
import { createSchema } from '../../server/schema.ts';

// One in-memory database per test file (creating one takes seconds); tests reset it or use
// their own records.

export const API_KEY = 'test-key-5f2c';

export type Json = Record<string, unknown> & {
  data?: Record<string, unknown>;
  messages?: string[];
};
export type Reply = { status: number; body: Json };

export type Harness = {
  db: Db;
  app: Hono;
  call: (method: string, path: string, body?: unknown) => Promise<Reply>;
  /** POST one record and return it (fails the test on anything but 201). */
  create: (object: string, body: Record<string, unknown>) => Promise<Record<string, unknown>>;
  reset: () => Promise<void>;
};

export async function openHarness(): Promise<Harness> {
  const db = await openTestDatabase();
  await createSchema(db);
  const app = createApi({ db, apiKey: API_KEY });
  const call = async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const create = async (object: string, body: Record<string, unknown>) => {
    const reply = await call('POST', `/rest/${object}`, body);
    if (reply.status !== 201) throw new Error(`create ${object}: ${JSON.stringify(reply.body)}`);
    const record = Object.values(reply.body.data ?? {})[0];
    return record as Record<string, unknown>;
  };
  const reset = async () => {
    const tables = Object.values(OBJECTS).map((o) => `"${o.table}"`);
    await db.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
  };
  return { db, app, call, create, reset };
}

/** Expects Twenty's error body (with a `code` for some query errors) and returns its message. */
export function errorMessage(reply: Reply, status: number): string {
  expect(reply.status).toBe(status);
  const { code, ...rest } = reply.body;
  expect(code === undefined || typeof code === 'string').toBe(true);
  expect(rest).toEqual({
    statusCode: status,
    error: expect.any(String),
    messages: [expect.any(String)],
  });
  return reply.body.messages![0]!;
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
