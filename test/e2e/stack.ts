import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Building the app and starting the real stack (`server/main.ts`: the built app and the
// embedded backend on one port) on a free port with a fresh database, as `npm start` would.
// The global setup starts the run's main server; a project that needs a server of its own (rate
// limited, or seeded at workspace size) starts one through its worker fixture (fixtures.ts).

export const E2E_API_KEY = 'e2e-test-key-0123456789';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 10_000;
const READY_LINE = /tasklink ready: (http:\/\/\S+?)\/#key=(\S+)/;

export type RunningStack = {
  baseUrl: string;
  apiKey: string;
  stop: () => Promise<void>;
  /** Stops the server and keeps its data, as a crash or a deploy would. */
  stopServer: () => Promise<void>;
  /** Starts it again on the same port and data folder (after stopServer). */
  startServer: () => Promise<void>;
};

/** Builds into `outDir` (not the shared dist/), so a build running beside the tests can't break them. */
export function buildApp(outDir: string): void {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(
    vite,
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)})`);
}

function waitForReady(child: ChildProcess): Promise<{ baseUrl: string; apiKey: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let ready = false;
    const timer = setTimeout(() => {
      reject(new Error(`the server did not print its ready line within ${READY_TIMEOUT_MS} ms`));
    }, READY_TIMEOUT_MS);
    // Read stdout for as long as the server runs, so a chatty server never blocks on a full pipe.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready) return;
      stdout += chunk.toString();
      const match = READY_LINE.exec(stdout);
      if (match?.[1] && match[2]) {
        ready = true;
        clearTimeout(timer);
        resolve({ baseUrl: match[1], apiKey: decodeURIComponent(match[2]) });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Server-side errors belong in the test output (they never contain the key).
      process.stderr.write(`[server] ${chunk.toString()}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${String(code)}) before it was ready\n${stderr}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the stack on a new, empty data folder, serving the app built in `staticDir`. `env` adds
 * to (or, with undefined, removes from) the test run's environment, e.g. a seed size.
 */
export async function startStack(
  staticDir: string,
  env: Record<string, string | undefined> = {},
): Promise<RunningStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tasklink-e2e-'));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    TASKLINK_API_KEY: E2E_API_KEY,
    TASKLINK_TEST_CONTROL: '1',
    TASKLINK_STATIC_DIR: staticDir,
  };
  // The run decides its faults at run time (PUT /__test/faults), and a stack its own limits and
  // size, never the caller's shell.
  delete childEnv.TASKLINK_FAULTS;
  delete childEnv.TASKLINK_RATE_LIMIT;
  delete childEnv.TASKLINK_SEED_SIZE;
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }

  // node --import tsx (rather than the tsx CLI) keeps the server in this one process, so
  // stopping it by its pid stops it for sure.
  const spawnServer = (env: NodeJS.ProcessEnv) =>
    spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let child = spawnServer(childEnv);
  let port = '0';
  const stopServer = () => stopChild(child);
  const startServer = async () => {
    if (child.exitCode === null && child.signalCode === null) return;
    child = spawnServer({ ...childEnv, PORT: port });
    await waitForReady(child);
  };
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const ready = await waitForReady(child);
    port = new URL(ready.baseUrl).port;
    return { ...ready, stop, stopServer, startServer };
  } catch (error) {
    await stop();
    throw error;
  }
}
