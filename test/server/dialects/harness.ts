import type { Hono } from 'hono';
import { type Db } from '../../../server/db.ts';
import { openTestDatabase } from '../../test-database.ts';
import { createSchema } from '../../../server/schema.ts';
import { seed } from '../../../server/seed/seed.ts';
import { createServer } from '../../../server/server.ts';

// The whole embedded server (all three dialects) over one seeded in-memory database per file.

export const KEY = 'dialect-test-key-7c1e';
export const NOW = new Date('2026-03-10T12:00:00.000Z');

export type Reply = { status: number; body: unknown; text: string };
export type Dialect = {
  db: Db;
  app: Hono;
  /** `auth`: the headers that carry the key, or whatever headers a test wants instead. */
  call: (
    method: string,
    path: string,
    options?: { headers?: Record<string, string>; body?: unknown },
  ) => Promise<Reply>;
};

export async function openDialectServer(): Promise<Dialect> {
  const db = await openTestDatabase();
  await createSchema(db);
  await seed(db, { now: NOW });
  const app = createServer({ db, apiKey: KEY });
  const call: Dialect['call'] = async (method, path, options = {}) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...options.headers },
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = await res.text();
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text };
  };
  return { db, app, call };
}

export const bearer = { authorization: `Bearer ${KEY}` };
export const rolodexKey = { 'x-rolodex-api-key': KEY };

/** The JSON type of every leaf, so two documents can be compared field for field. */
export function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)]),
    );
  }
  return typeof value;
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
