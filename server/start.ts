import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { resolveApiKey } from './api-key.ts';
import { ConfigError, describeDatabaseUrl, pgDataDir, type Config } from './config.ts';
import { acquireDataLock, type DataLock } from './data-lock.ts';
import { openDb, type Db } from './db.ts';
import { openPostgres } from './db-postgres.ts';
import { allowedHosts } from './host-check.ts';
import { weakKeyReason, weakKeyWarning } from './key-strength.ts';
import { createSchema } from './schema.ts';
import { SEED_SIZES } from './seed/generate.ts';
import { isEmpty, seed } from './seed/seed.ts';
import { createServer } from './server.ts';
import { fileSessionStore } from './session/session-store.ts';

// Start-up shared by `npm start`, `npm run dev`, the tests and the benchmark.

export type Backend = {
  /** Undefined in proxy mode (config.upstream), which keeps no data of its own. */
  db?: Db;
  apiKey: string;
  seeded: boolean;
  /** Closes the database, then gives DATA_DIR back. */
  closeBackend(): Promise<void>;
};

/** Opens the database: PostgreSQL at DATABASE_URL, or PGlite in `<dataDir>/pgdata` after taking
 *  DATA_DIR's lock (DataDirInUseError if another process has it). Then creates the schema and
 *  seeds demo data into an empty database. */
export async function openBackend(config: Config, now = new Date()): Promise<Backend> {
  if (config.upstream) {
    const { key } = resolveApiKey(config.dataDir, config.apiKey);
    return { apiKey: key, seeded: false, closeBackend: () => Promise.resolve() };
  }
  // PostgreSQL guards its own data: the lock and the file modes are for the PGlite folder only.
  const lock = config.databaseUrl ? undefined : acquireDataLock(config.dataDir);
  let db: Db | undefined;
  try {
    const { key } = resolveApiKey(config.dataDir, config.apiKey);
    db = config.databaseUrl
      ? await openPostgresOrExplain(config.databaseUrl)
      : await openDb(pgDataDir(config));
    await createSchema(db);
    const empty = await isEmpty(db);
    // Planner statistics need no extra step here: createSchema gathers them for what is stored,
    // and insertMany for each table it fills.
    if (empty) await seed(db, { now, ...SEED_SIZES[config.seedSize] });
    const opened = db;
    return { db, apiKey: key, seeded: empty, closeBackend: () => closeAndRelease(opened, lock) };
  } catch (error) {
    if (db) await db.close();
    lock?.release();
    throw error;
  }
}

/** A server that cannot be reached or refuses the login is the user's to fix: a ConfigError
 *  naming where DATABASE_URL points (never its password) and what PostgreSQL said. */
async function openPostgresOrExplain(databaseUrl: string): Promise<Db> {
  try {
    return await openPostgres(databaseUrl);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `DATABASE_URL: cannot use PostgreSQL at ${describeDatabaseUrl(databaseUrl)}: ${reason}`,
    );
  }
}

async function closeAndRelease(db: Db, lock: DataLock | undefined) {
  try {
    await db.close();
  } finally {
    lock?.release();
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

/** Host check and CORS for a server bound to config.host:port (see host-check.ts, cors.ts). */
export function networkOptions(config: Config, port: number) {
  const hosts = allowedHosts(config.host, port, config.allowedHosts);
  // The app's own origins need no CORS; listing them only lets their preflights through.
  const own = (hosts ?? []).filter((h) => !h.endsWith(':80')).map((h) => `http://${h}`);
  return { hosts, corsOrigins: [...own, ...config.corsOrigins] };
}

/** Lines for stderr at start; none of them holds the key. */
export function startupWarnings(config: Config): string[] {
  const warnings: string[] = [];
  const weak = config.apiKey === undefined ? undefined : weakKeyReason(config.apiKey);
  if (weak) warnings.push(weakKeyWarning(weak));
  if (allowedHosts(config.host, 1, config.allowedHosts) === undefined) {
    warnings.push(
      `tasklink: warning: listening on every address (HOST=${config.host}) without TASKLINK_ALLOWED_HOSTS, so any Host header is served; list the names clients use`,
    );
  }
  return warnings;
}

/** Answers while the database opens: the port is bound first, so a second process that
 *  cannot have it fails before touching DATA_DIR. */
const starting: RequestListener = (_req, res) => {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(
    JSON.stringify({
      statusCode: 503,
      error: 'ServiceUnavailableException',
      messages: ['tasklink is starting; try again in a moment'],
    }),
  );
};

/** Binds config.host:config.port with `starting` answering; `serve` swaps in the real handler. */
export async function bindServer(config: Config) {
  let handler: RequestListener = starting;
  const server = createHttpServer((req, res) => handler(req, res));
  const port = await listen(server, config.host, config.port);
  return {
    server,
    port,
    serve(listener: RequestListener) {
      handler = listener;
    },
  };
}

/** The whole server (API, optional SPA) on config.host:config.port: binds the port, then takes
 *  DATA_DIR and opens the database, so neither a busy port nor a busy folder touches the data. */
export async function startTasklink(
  config: Config,
  options: { staticDir?: string; now?: Date } = {},
): Promise<Running> {
  const bound = await bindServer(config);
  let backend: Backend;
  try {
    backend = await openBackend(config, options.now);
  } catch (error) {
    await closeServer(bound.server);
    throw error;
  }
  const app = createServer({
    db: backend.db,
    upstream: config.upstream,
    apiKey: backend.apiKey,
    faults: config.faults,
    rateLimit: config.rateLimit,
    testControl: config.testControl,
    staticDir: options.staticDir,
    // Proxy mode opens no database: its sessions are kept beside the generated key.
    sessions: config.upstream ? fileSessionStore(backend.apiKey, config.dataDir) : undefined,
    ...networkOptions(config, bound.port),
  });
  bound.serve(getRequestListener(app.fetch));
  let closing: Promise<void> | undefined;
  return {
    ...backend,
    port: bound.port,
    url: baseUrl(config.host, bound.port),
    close: () => (closing ??= closeServer(bound.server).then(() => backend.closeBackend())),
  };
}
