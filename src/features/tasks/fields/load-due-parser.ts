import type { Chrono } from 'chrono-node/en';

// chrono-node (English only) is not in any page's first load: it is fetched when the "in words"
// field is first pointed at, focused or typed in, and kept once it is in.
let pending: Promise<Chrono> | undefined;
let loaded: Chrono | null = null;

export function loadDueParser(): Promise<Chrono> {
  pending ??= import('chrono-node/en').then(
    (module) => (loaded = module.casual),
    (error: unknown) => {
      // A failed download is tried again on the next call (the user types on).
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The parser if it is already in, so a field can read at once without waiting a render. */
export function loadedDueParser(): Chrono | null {
  return loaded;
}
