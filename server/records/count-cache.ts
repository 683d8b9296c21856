import type { Db } from '../db.ts';

// A list's totalCount is the same for every page and every reload until something is written,
// yet counting means reading every matching row: on PGlite (one WebAssembly thread) that was a
// full scan per request. Where the database says when anything was written (writeGeneration,
// PGlite), counts are kept until the next write. Elsewhere (PostgreSQL, shared with other
// processes) every request counts.

const MAX_ENTRIES = 500;

type Entry = { generation: number; counts: Map<string, number> };
const caches = new WeakMap<Db, Entry>();

/** The count for `key` (the statement and its parameters), computed by `count` when not kept. */
export async function cachedCount(db: Db, key: string, count: () => Promise<number>) {
  const generationOf = db.writeGeneration;
  if (!generationOf) return count();
  const before = generationOf();
  let entry = caches.get(db);
  if (entry?.generation !== before) {
    entry = { generation: before, counts: new Map() };
    caches.set(db, entry);
  }
  const kept = entry.counts.get(key);
  if (kept !== undefined) return kept;
  const n = await count();
  // A write while counting makes the figure uncertain: answered, but not kept.
  if (generationOf() === before && caches.get(db) === entry) {
    if (entry.counts.size >= MAX_ENTRIES) entry.counts.clear();
    entry.counts.set(key, n);
  }
  return n;
}
