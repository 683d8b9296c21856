import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { ConfigError, parseConfig, REPO_ROOT } from './config.ts';
import { createServer } from './server.ts';
import { fileSessionStore } from './session/session-store.ts';
import { DataDirInUseError } from './data-lock.ts';
import {
  bindServer,
  closeServer,
  networkOptions,
  openBackend,
  readyLine,
  startupWarnings,
} from './start.ts';

// `npm run dev`: one process, one port: the API as in production, everything else through Vite
// in middleware mode (hot reload over the same HTTP server).

const isApiPath = (url: string) => /^\/(rest|auth|__test)(\/|\?|$)/.test(url);

try {
  const config = parseConfig();
  for (const warning of startupWarnings(config)) console.error(warning);
  // The port first, then DATA_DIR: a second `npm run dev` must fail before it opens the database.
  const { server, port, serve } = await bindServer(config);
  const backend = await openBackend(config).catch(async (error: unknown) => {
    await closeServer(server);
    throw error;
  });
  const app = createServer({
    db: backend.db,
    upstream: config.upstream,
    apiKey: backend.apiKey,
    faults: config.faults,
    rateLimit: config.rateLimit,
    testControl: config.testControl,
    sessions: config.upstream ? fileSessionStore(backend.apiKey, config.dataDir) : undefined,
    ...networkOptions(config, port),
  });
  const api = getRequestListener(app.fetch);
  const vite = await createViteServer({
    root: REPO_ROOT,
    server: { middlewareMode: true, hmr: { server } },
    appType: 'spa',
  });
  serve((req, res) => {
    if (isApiPath(req.url ?? '/')) void api(req, res);
    else vite.middlewares(req, res);
  });
  if (backend.seeded) console.log('tasklink: new database, seeded with demo data');
  console.log(readyLine(config.host, port, backend.apiKey));

  const shutdown = async () => {
    await vite.close();
    await closeServer(server);
    await backend.closeBackend();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
} catch (error) {
  const message =
    error instanceof ConfigError || error instanceof DataDirInUseError
      ? error.message
      : error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
        ? 'the port is already in use; stop the other process or set PORT'
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
  console.error(`tasklink: ${message}`);
  process.exit(1);
}
