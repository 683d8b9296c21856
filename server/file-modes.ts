import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// DATA_DIR holds every CRM record and the API key: only its owner may read or write it, as
// PostgreSQL itself insists for a data directory.

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Makes `dir` owner-only if it is not already (a folder made by hand, or by an older version). */
export function ensurePrivateDir(dir: string) {
  if ((statSync(dir).mode & 0o777) !== PRIVATE_DIR_MODE) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Makes every folder under `root` 0700 and every file 0600; returns how many it had to change. */
export function privatiseTree(root: string): number {
  let changed = 0;
  const pending = [root];
  // Iterative: pgdata/ is about a thousand files a few levels deep, but a walk never needs a stack.
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    if ((statSync(dir).mode & 0o777) !== PRIVATE_DIR_MODE) {
      chmodSync(dir, PRIVATE_DIR_MODE);
      changed++;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && (statSync(path).mode & 0o777) !== PRIVATE_FILE_MODE) {
        chmodSync(path, PRIVATE_FILE_MODE);
        changed++;
      }
    }
  }
  return changed;
}
