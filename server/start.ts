import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { resolveApiKey } from './api-key.ts';
import { pgDataDir, type Config } from './config.ts';
import { openDb, type Db } from './db.ts';
import { createSchema } from './schema.ts';
import { SEED_SIZES } from './seed/generate.ts';
import { isEmpty, seed } from './seed/seed.ts';
import { createServer } from './server.ts';

// Start-up shared by `npm start`, `npm run dev`, the tests and the benchmark.

export type Backend = { db: Db; apiKey: string; seeded: boolean };

/** Opens `<dataDir>/pgdata`, creates the schema, and seeds demo data into an empty database. */
export async function openBackend(config: Config, now = new Date()): Promise<Backend> {
  const { key } = resolveApiKey(config.dataDir, config.apiKey);
  const db = await openDb(pgDataDir(config));
  try {
    await createSchema(db);
    const empty = await isEmpty(db);
    // Planner statistics need no extra step here: createSchema gathers them for what is stored,
    // and insertMany for each table it fills.
    if (empty) await seed(db, { now, ...SEED_SIZES[config.seedSize] });
    return { db, apiKey: key, seeded: empty };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Listens and resolves with the real port (the OS picks one when `port` is 0). */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops accepting connections and drops idle keep-alive ones, so shutdown is immediate. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

export const baseUrl = (host: string, port: number) =>
  `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** The one line that may show the key: it goes to the user's own terminal, and the fragment
 *  never reaches a server or an access log. */
export const readyLine = (host: string, port: number, apiKey: string) =>
  `tasklink ready: ${baseUrl(host, port)}/#key=${encodeURIComponent(apiKey)}`;

export type Running = Backend & { port: number; url: string; close(): Promise<void> };

/** The whole server (API, optional SPA) on config.host:config.port. */
export async function startTasklink(
  config: Config,
  options: { staticDir?: string; now?: Date } = {},
): Promise<Running> {
  const backend = await openBackend(config, options.now);
  const app = createServer({
    db: backend.db,
    apiKey: backend.apiKey,
    faults: config.faults,
    rateLimit: config.rateLimit,
    testControl: config.testControl,
    staticDir: options.staticDir,
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  let port: number;
  try {
    port = await listen(server, config.host, config.port);
  } catch (error) {
    await backend.db.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    ...backend,
    port,
    url: baseUrl(config.host, port),
    close: () => (closing ??= closeServer(server).then(() => backend.db.close())),
  };
}
