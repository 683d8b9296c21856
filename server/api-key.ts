import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.ts';

export type ApiKeySource = 'env' | 'file' | 'created';

export const apiKeyPath = (dataDir: string) => join(dataDir, 'api-key');

/** A fresh random key: 32 bytes, URL-safe so it travels in `#key=` without escaping. */
export const generateApiKey = () => `tl_${randomBytes(32).toString('base64url')}`;

/**
 * The configured key, or the one kept in `<dataDir>/api-key`, made once (mode 0600) and reused
 * afterwards, so a printed URL keeps working across restarts.
 */
export function resolveApiKey(
  dataDir: string,
  configured: string | undefined,
): { key: string; source: ApiKeySource } {
  if (configured) return { key: configured, source: 'env' };
  const path = apiKeyPath(dataDir);
  const existing = readKeyFile(path);
  if (existing) return { key: existing, source: 'file' };

  mkdirSync(dataDir, { recursive: true });
  const key = generateApiKey();
  try {
    // 'wx' fails if another process created the file meanwhile; then that key wins.
    writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (isCode(error, 'EEXIST')) {
      const raced = readKeyFile(path);
      if (raced) return { key: raced, source: 'file' };
    }
    throw error;
  }
  return { key, source: 'created' };
}

function readKeyFile(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  const key = text.trim();
  if (!/^[\x21-\x7e]{8,}$/.test(key)) {
    throw new ConfigError(`${path} does not hold a valid API key; delete it to make a new one`);
  }
  // Someone may have copied the file around with a looser mode; the key is a secret.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return key;
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
