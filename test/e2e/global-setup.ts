import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Builds the app once and starts the real stack (`server/main.ts`: the built app and the
// embedded backend on one port) on a free port with a fresh database, as `npm start` would.
// Tests read where it runs from the environment (see fixtures.ts); the returned function stops it.

export const E2E_API_KEY = 'e2e-test-key-0123456789';
export const ENV_BASE_URL = 'TASKLINK_E2E_BASE_URL';
export const ENV_API_KEY = 'TASKLINK_E2E_API_KEY';
/** The built app, for a spec that starts a server of its own (long-column.spec.ts). */
export const ENV_STATIC_DIR = 'TASKLINK_E2E_STATIC_DIR';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;
const READY_LINE = /tasklink ready: (http:\/\/\S+?)\/#key=(\S+)/;

/** Builds into `outDir` (not the shared dist/), so a build running beside the tests can't break them. */
function build(outDir: string): void {
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

function stop(child: ChildProcess): Promise<void> {
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

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tasklink-e2e-'));
  const staticDir = join(dataDir, 'app');
  build(staticDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    TASKLINK_API_KEY: E2E_API_KEY,
    TASKLINK_TEST_CONTROL: '1',
    TASKLINK_STATIC_DIR: staticDir,
  };
  // The run decides its faults at run time (PUT /__test/faults), not the caller's shell.
  delete env.TASKLINK_FAULTS;
  delete env.TASKLINK_RATE_LIMIT;

  // node --import tsx (rather than the tsx CLI) keeps the server in this one process, so
  // stopping it by its pid stops it for sure.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const { baseUrl, apiKey } = await waitForReady(child);
    // Environment variables set here reach the test workers.
    process.env[ENV_BASE_URL] = baseUrl;
    process.env[ENV_API_KEY] = apiKey;
    process.env[ENV_STATIC_DIR] = staticDir;
  } catch (error) {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
