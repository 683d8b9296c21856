import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, describeDatabaseUrl, parseConfig, REPO_ROOT } from './config.ts';
import { DataDirInUseError } from './data-lock.ts';
import { readyLine, startTasklink, startupWarnings } from './start.ts';

// `npm start`: the built app and the embedded backend on one URL.

function fail(message: string): never {
  console.error(`tasklink: ${message}`);
  process.exit(1);
}

function explain(error: unknown, port: number): string {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) return error.message;
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return `port ${port} is already in use; stop the other process or set PORT`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

let port = 0;
try {
  const config = parseConfig();
  port = config.port;
  for (const warning of startupWarnings(config)) console.error(warning);
  // The browser tests build into a folder of their own, so a `vite build` running beside them
  // (a developer's, or another test run's) never swaps the app out from under them.
  const staticDir = process.env.TASKLINK_STATIC_DIR ?? join(REPO_ROOT, 'dist');
  if (!existsSync(join(staticDir, 'index.html'))) {
    fail(
      `the built app (${staticDir}) is missing: run npm run build, or use npm start, which builds it`,
    );
  }
  const running = await startTasklink(config, { staticDir });
  // Where the data lives, never the URL's user or password.
  if (config.databaseUrl) {
    console.log(`tasklink: database: PostgreSQL at ${describeDatabaseUrl(config.databaseUrl)}`);
  }
  if (running.seeded) console.log('tasklink: new database, seeded with demo data');
  // The URL only: the upstream key is never printed.
  if (config.upstream) console.log(`tasklink: proxy mode: /rest/* goes to ${config.upstream.url}`);
  console.log(readyLine(config.host, running.port, running.apiKey));

  const shutdown = (signal: string) => {
    console.log(`tasklink: ${signal}, closing the database`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`shutdown failed: ${explain(error, port)}`),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  fail(explain(error, port));
}
