import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../server/config.ts';

// Real `server/main.ts` processes, for what only separate processes can show (two servers on
// one folder, exit codes, what reaches stderr).

const READY_LINE = /tasklink ready: (http:\/\/\S+?)\/#key=(\S+)/;

export type Spawned = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the base URL once the ready line is printed; rejects if the process exits. */
  ready: Promise<string>;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

/** A folder with a stand-in built app, so main.ts starts without a `vite build`. */
export function fakeStaticDir(root: string): string {
  const dir = join(root, 'app');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>tasklink</title>');
  return dir;
}

export function spawnServer(env: Record<string, string>, script = 'server/main.ts'): Spawned {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['TASKLINK_FAULTS', 'TASKLINK_RATE_LIMIT', 'UPSTREAM_URL', 'UPSTREAM_API_KEY'])
    delete base[name];
  // node --import tsx keeps the server in this one process, so its pid is the lock's holder.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: { ...base, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = READY_LINE.exec(out);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', check);
    void exited.then((code) =>
      reject(new Error(`server exited (code ${String(code)}) before it was ready: ${err}`)),
    );
  });
  // Callers that expect a refusal never await `ready`.
  ready.catch(() => undefined);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    ready,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
