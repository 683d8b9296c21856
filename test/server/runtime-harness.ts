import type { Hono } from 'hono';
import { type Db } from '../../server/db.ts';
import { openTestDatabase } from '../test-database.ts';
import { createSchema } from '../../server/schema.ts';
import { createServer, type ServerOptions } from '../../server/server.ts';

// The composed server (middleware + API + optional SPA) on an in-memory database, called
// in-process. One database per test file: creating one takes seconds.

export const RUNTIME_KEY = 'runtime-test-key-8c1d';

export type Reply = { status: number; headers: Headers; body: unknown; text: string };

export async function openTestDb(): Promise<Db> {
  const db = await openTestDatabase();
  await createSchema(db);
  return db;
}

export function makeCaller(app: Hono, key: string | null = RUNTIME_KEY) {
  return async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers.authorization = `Bearer ${key}`;
    const res = await app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (the SPA's HTML, a static file): callers look at `text`.
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };
}

export function buildServer(db: Db, options: Omit<ServerOptions, 'db' | 'apiKey'> = {}) {
  const app = createServer({ db, apiKey: RUNTIME_KEY, ...options });
  return { app, call: makeCaller(app) };
}

/** The contract's error body for `status`. */
export const errorBody = (status: number, message: RegExp | string = /.+/) => ({
  statusCode: status,
  error: expect.any(String),
  messages: [expect.stringMatching(message)],
});

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
