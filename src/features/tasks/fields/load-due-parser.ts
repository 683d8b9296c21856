import type { Chrono } from 'chrono-node/en';
import { retryingImport } from '@/lib/import-again';

// chrono-node (English only) is not in any page's first load: it is fetched when the "in words"
// field is first pointed at, focused or typed in, and kept once it is in.
let loaded: Chrono | null = null;
const download = retryingImport(() => import('chrono-node/en'));

/** The parser; a failed download is tried again on the next call (the user types on). */
export function loadDueParser(): Promise<Chrono> {
  return download().then((module) => (loaded = module.casual));
}

/** The parser if it is already in, so a field can read at once without waiting a render. */
export function loadedDueParser(): Chrono | null {
  return loaded;
}
