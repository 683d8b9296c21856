import type { MiddlewareHandler } from 'hono';
import { compressBody, COMPRESS_THRESHOLD } from './compress-api.ts';
import { pickEncoding, varyOnAcceptEncoding, type Encoding } from './content-encoding.ts';
import type { Db } from './db.ts';

// Reads far outnumber writes: a board reloads the same pages until someone changes a task. A GET
// answer is kept with the version of the data it was read from, and served again, compressed
// bytes included, while that version is still current. Never across a change:
//
// - PGlite: this process is the database's one writer (the data lock), and db.writeGeneration
//   changes with every statement that may write. An answer is kept only if no write ran while it
//   was read.
// - PostgreSQL: other tasklink processes may write to the same database, so each request asks
//   the database for its current snapshot (txid_current_snapshot(): the transactions committed
//   so far). Any commit anywhere, by any process, changes it. The answer's own queries start
//   after that snapshot was taken, so they see at least what it saw: an answer kept under a
//   snapshot is never older than that snapshot. One round trip instead of a page's four.

export const MAX_ENTRIES = 256;
export const MAX_BYTES = 32 * 1024 * 1024;

type Version = string | number;

type Bytes = Uint8Array<ArrayBuffer>;
type Entry = { body: Bytes; contentType: string; encoded: Partial<Record<Encoding, Bytes>> };

/** The current version of the data, and whether it was still current once the answer was read. */
type Snapshot = { version: Version; unchanged(): boolean };

async function snapshotOf(db: Db): Promise<Snapshot | undefined> {
  const generation = db.writeGeneration;
  if (generation) {
    const version = generation();
    return { version, unchanged: () => generation() === version };
  }
  if (db.kind !== 'postgres') return undefined;
  const [row] = await db.query<{ v: string }>('SELECT txid_current_snapshot()::text AS "v"');
  return row ? { version: row.v, unchanged: () => true } : undefined;
}

/** The request's path and query, with the parameters in a stable order (a repeated parameter
 *  keeps its own order, which the handlers may depend on). */
function keyOf(url: string): string {
  const parsed = new URL(url);
  const params = [...parsed.searchParams.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `${parsed.pathname}?${new URLSearchParams(params).toString()}`;
}

export class AnswerCache {
  private version: Version | undefined;
  private entries = new Map<string, Entry>();
  private bytes = 0;

  get(version: Version, key: string): Entry | undefined {
    return this.version === version ? this.entries.get(key) : undefined;
  }

  set(version: Version, key: string, entry: Entry) {
    if (this.version !== version) this.clear(version);
    if (this.entries.size >= MAX_ENTRIES || this.bytes + entry.body.length > MAX_BYTES) {
      this.clear(version);
    }
    if (entry.body.length > MAX_BYTES) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
  }

  /** Adds the compressed form of an entry still held (counted against the byte budget). */
  addEncoded(version: Version, key: string, encoding: Encoding, data: Bytes) {
    const entry = this.get(version, key);
    if (!entry || entry.encoded[encoding]) return;
    entry.encoded[encoding] = data;
    this.bytes += data.length;
  }

  private clear(version: Version) {
    this.version = version;
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * Serves GET answers of 200 from the cache while the data has not changed, compressed as the
 * client accepts (so compressApi, which leaves encoded answers alone, does nothing more).
 * Mount after authentication: a cached answer is only ever given to an authorised request.
 */
export function answerCache(db: Db, cache = new AnswerCache()): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const snapshot = await snapshotOf(db);
    if (!snapshot) return next();
    const key = keyOf(c.req.url);
    const encoding = pickEncoding(c.req.header('accept-encoding'));
    let entry = cache.get(snapshot.version, key);
    if (!entry) {
      await next();
      const res = c.res;
      if (res.status !== 200 || !res.body || res.headers.has('content-encoding')) return;
      const body = new Uint8Array(await res.arrayBuffer());
      entry = { body, contentType: res.headers.get('content-type') ?? '', encoded: {} };
      if (snapshot.unchanged()) cache.set(snapshot.version, key, entry);
    }
    const headers = new Headers({ 'content-type': entry.contentType });
    varyOnAcceptEncoding(headers);
    if (!encoding || entry.body.length < COMPRESS_THRESHOLD) {
      c.res = new Response(entry.body, { status: 200, headers });
      c.res.headers.set('content-length', String(entry.body.length));
      return;
    }
    let encoded = entry.encoded[encoding];
    if (!encoded) {
      encoded = new Uint8Array(await compressBody[encoding](entry.body));
      cache.addEncoded(snapshot.version, key, encoding, encoded);
    }
    headers.set('content-encoding', encoding);
    c.res = new Response(encoded, { status: 200, headers });
    // Replacing c.res keeps the handler's headers; a length it gave is the uncompressed one.
    c.res.headers.delete('content-length');
  };
}
