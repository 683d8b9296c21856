import type { Db } from '../db.ts';

// A list's totalCount is the same for every page and every reload until something is written,
// yet counting means reading every matching row: on PGlite (one WebAssembly thread) that was a
// full scan per request. Where the database says when anything was written (writeGeneration,
// PGlite), counts are kept until the next write. Elsewhere (PostgreSQL, shared with other
// processes) every request counts, in the same statement as its page (records/list.ts).

const MAX_ENTRIES = 500;

type Entry = { generation: number; counts: Map<string, number> };
const caches = new WeakMap<Db, Entry>();

/** A count kept for `key` (the statement and its parameters), if any, and where to keep the one
 *  just computed. Counted while a write ran, a figure is answered but not kept. */
export function countSlot(
  db: Db,
  key: string,
): { kept: number | undefined; keep(n: number): void } {
  const generationOf = db.writeGeneration;
  if (!generationOf) return { kept: undefined, keep: () => {} };
  const before = generationOf();
  let entry = caches.get(db);
  if (entry?.generation !== before) {
    entry = { generation: before, counts: new Map() };
    caches.set(db, entry);
  }
  const current = entry;
  return {
    kept: current.counts.get(key),
    keep(n: number) {
      if (generationOf() !== before || caches.get(db) !== current) return;
      if (current.counts.size >= MAX_ENTRIES) current.counts.clear();
      current.counts.set(key, n);
    },
  };
}
