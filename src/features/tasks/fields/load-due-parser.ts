import type { Chrono } from 'chrono-node/en';
import { importAgain } from '@/lib/import-again';

// chrono-node (English only) is not in any page's first load: it is fetched when the "in words"
// field is first pointed at, focused or typed in, and kept once it is in.
let pending: Promise<Chrono> | undefined;
let loaded: Chrono | null = null;
let lastFailure: unknown = null;

type ChronoModule = typeof import('chrono-node/en');

/** After a failure, under a new address: the browser keeps the old one failed. */
const download = (): Promise<ChronoModule> =>
  (lastFailure === null ? null : (importAgain(lastFailure) as Promise<ChronoModule> | null)) ??
  import('chrono-node/en');

export function loadDueParser(): Promise<Chrono> {
  pending ??= download().then(
    (module) => (loaded = module.casual),
    (error: unknown) => {
      // A failed download is tried again on the next call (the user types on).
      pending = undefined;
      lastFailure = error;
      throw error;
    },
  );
  return pending;
}

/** The parser if it is already in, so a field can read at once without waiting a render. */
export function loadedDueParser(): Chrono | null {
  return loaded;
}
