import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from './file-modes.ts';

// One writer per DATA_DIR. PGlite takes no lock of its own (its postmaster.pid holds a fake pid),
// and two processes on one pgdata/ lose acknowledged writes or leave a database that never opens
// again. So every process that opens the database (the server, dev, db:reset) first creates this
// file exclusively; a second one is refused before it touches anything.

export const lockPath = (dataDir: string) => join(dataDir, 'tasklink.lock');

/** Another live process holds DATA_DIR; the message names it and is meant to be printed as is. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by pid ${holderPid} (lock file ${lockPath(dataDir)}); stop that process or use another DATA_DIR`,
    );
  }
}

export type DataLock = { path: string; release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else, so it is alive.
    return !(error instanceof Error && 'code' in error && error.code === 'ESRCH');
  }
}

function readHolder(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the pid to a private file, then links it into place: the lock never exists without
 *  its pid, so no one can mistake a lock being created for a stale one. */
function tryCreate(path: string): boolean {
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, `${process.pid}\n`, { mode: 0o600 });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * Takes DATA_DIR for this process, or throws DataDirInUseError naming the live holder. A lock
 * left by a process that died (kill -9, power loss) is recovered. The lock is released by
 * `release()` and, as a fallback, when the process exits.
 */
export function acquireDataLock(dataDir: string): DataLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  ensurePrivateDir(dataDir);
  const path = lockPath(dataDir);
  // Two attempts: the second follows the removal of a stale lock. If another process recovers
  // the same stale lock meanwhile, exactly one `wx` create wins and the other sees its pid.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        // Never delete a lock another process has taken over since.
        if (readHolder(path) === process.pid) unlinkSync(path);
      };
      process.on('exit', release);
      return { path, release };
    }
    const holder = readHolder(path);
    // A holder that is alive (this process included: a second server in one process is just
    // as dangerous) keeps the folder. A file without a pid was not written by this code.
    if (holder !== undefined && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
    try {
      unlinkSync(path);
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
  }
  const holder = readHolder(path);
  throw new DataDirInUseError(dataDir, holder ?? 0);
}
