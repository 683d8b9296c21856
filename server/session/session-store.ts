import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable } from '../db.ts';

// Browser sessions: the `#key` hand-over trades the API key for a random session id carried in
// an HttpOnly cookie, so every tab on the origin is signed in. Only an HMAC-SHA256 of the id,
// keyed with the API key, is stored: a copy of the database or the sessions file signs nobody
// in, and a new API key signs every browser out (their ids no longer hash to a stored row).

/** Thirty days: a laptop's tasklink is reopened after a weekend without asking for the key. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type Session = { expiresAt: Date };

export type SessionStore = {
  /** A new session; the id is returned once and never stored. */
  create(now?: Date): Promise<{ id: string; expiresAt: Date }>;
  /** The session for this id, if it exists and has not expired. */
  find(id: string, now?: Date): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
};

export const SESSIONS_TABLE = 'tasklink_sessions';

export const SESSIONS_DDL = [
  `CREATE TABLE IF NOT EXISTS ${SESSIONS_TABLE} (
    id_hash text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS idx_${SESSIONS_TABLE}_expires_at ON ${SESSIONS_TABLE} (expires_at)`,
];

export const hashSessionId = (id: string, secret: string) =>
  createHmac('sha256', secret).update(id, 'utf8').digest('hex');
const newSessionId = () => randomBytes(32).toString('base64url');
/** Anything else in the cookie is not one of ours: no lookup, no hashing of arbitrary text. */
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

/** Sessions in the database (tasklink's PGlite or PostgreSQL), so they survive a restart and
 *  are shared by every process on one PostgreSQL. */
export function dbSessionStore(
  db: Queryable,
  secret: string,
  ttlMs = SESSION_TTL_MS,
): SessionStore {
  const hash = (id: string) => hashSessionId(id, secret);
  return {
    async create(now = new Date()) {
      const id = newSessionId();
      const expiresAt = new Date(now.getTime() + ttlMs);
      // Expired rows go whenever a session is made: sign-ins are rare, so this stays cheap.
      await db.query(`DELETE FROM ${SESSIONS_TABLE} WHERE expires_at <= $1`, [now.toISOString()]);
      await db.query(
        `INSERT INTO ${SESSIONS_TABLE} (id_hash, created_at, expires_at) VALUES ($1, $2, $3)`,
        [hash(id), now.toISOString(), expiresAt.toISOString()],
      );
      return { id, expiresAt };
    },
    async find(id, now = new Date()) {
      if (!WELL_FORMED.test(id)) return undefined;
      const rows = await db.query<{ expires_at: Date | string }>(
        `SELECT expires_at FROM ${SESSIONS_TABLE} WHERE id_hash = $1 AND expires_at > $2`,
        [hash(id), now.toISOString()],
      );
      const row = rows[0];
      return row ? { expiresAt: new Date(row.expires_at) } : undefined;
    },
    async delete(id) {
      if (!WELL_FORMED.test(id)) return;
      await db.query(`DELETE FROM ${SESSIONS_TABLE} WHERE id_hash = $1`, [hash(id)]);
    },
  };
}

/**
 * Sessions for proxy mode, which opens no database: kept in memory and, when `dataDir` is given,
 * in `<dataDir>/sessions.json` (owner-only, written whole and renamed into place), so a restart
 * keeps everyone signed in.
 */
export function fileSessionStore(
  secret: string,
  dataDir?: string,
  ttlMs = SESSION_TTL_MS,
): SessionStore {
  const hash = (id: string) => hashSessionId(id, secret);
  const path = dataDir ? join(dataDir, 'sessions.json') : undefined;
  const sessions = new Map<string, number>(path ? readSessionsFile(path) : []);
  const persist = () => {
    if (!path) return;
    const temp = `${path}.tmp`;
    writeFileSync(temp, JSON.stringify([...sessions]), { mode: 0o600 });
    renameSync(temp, path);
  };
  const prune = (now: number) => {
    for (const [hash, expires] of sessions) if (expires <= now) sessions.delete(hash);
  };
  return {
    create(now = new Date()) {
      const id = newSessionId();
      const expiresAt = new Date(now.getTime() + ttlMs);
      prune(now.getTime());
      sessions.set(hash(id), expiresAt.getTime());
      persist();
      return Promise.resolve({ id, expiresAt });
    },
    find(id, now = new Date()) {
      if (!WELL_FORMED.test(id)) return Promise.resolve(undefined);
      const expires = sessions.get(hash(id));
      return Promise.resolve(
        expires !== undefined && expires > now.getTime()
          ? { expiresAt: new Date(expires) }
          : undefined,
      );
    },
    delete(id) {
      if (WELL_FORMED.test(id) && sessions.delete(hash(id))) persist();
      return Promise.resolve();
    },
  };
}

/** A missing or damaged file signs everyone out; it never stops the server. */
function readSessionsFile(path: string): [string, number][] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is [string, number] =>
        Array.isArray(entry) &&
        typeof entry[0] === 'string' &&
        /^[0-9a-f]{64}$/.test(entry[0]) &&
        typeof entry[1] === 'number',
    );
  } catch {
    return [];
  }
}
