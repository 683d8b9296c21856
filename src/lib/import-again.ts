// A dynamic import that failed cannot simply be asked for again: browsers keep the failure for
// that address (Chromium 150 answers a second `import()` of it with the same error, without a
// request), so Retry and coming back online would fail for good. The module is asked for again
// under a new address instead, on the same origin only.

/** Chromium: "Failed to fetch dynamically imported module: URL"; Firefox: "error loading
 *  dynamically imported module: URL". Safari names no module. */
const FAILED_IMPORT = /dynamically imported module:\s*(\S+)/i;

let attempts = 0;
/** Per failed address, the module once it came in under another: a chunk two loaders share
 *  must not run twice. */
const recovered = new Map<string, Promise<unknown>>();

/** The address of the module a failed import names, when it is one of this app's own. */
export function failedModuleUrl(failure: unknown): string | null {
  if (!(failure instanceof Error)) return null;
  const named = FAILED_IMPORT.exec(failure.message)?.[1];
  if (!named) return null;
  let url: URL;
  try {
    url = new URL(named, window.location.href);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin) return null;
  url.searchParams.delete('retry');
  return url.href;
}

/**
 * Downloads again the module whose import failed with `failure`, under a new address; null
 * when the failure names none of this app's modules (the caller then imports as usual).
 */
export function importAgain(failure: unknown): Promise<unknown> | null {
  const url = failedModuleUrl(failure);
  if (url === null) return null;
  const known = recovered.get(url);
  if (known) return known;
  attempts += 1;
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(attempts));
  const loading = import(/* @vite-ignore */ fresh.href);
  recovered.set(url, loading);
  // A failed attempt is forgotten, so that the next one uses another address again.
  loading.catch(() => recovered.delete(url));
  return loading;
}

/**
 * `load` (a dynamic import) made safe to call again: one download while it is on its way or
 * done; after a failure, the next call downloads again, under a new address where the failure
 * names one.
 */
export function retryingImport<M>(load: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | undefined;
  let lastFailure: unknown = null;
  return () =>
    (pending ??= (
      (lastFailure === null ? null : (importAgain(lastFailure) as Promise<M> | null)) ?? load()
    ).catch((error: unknown) => {
      pending = undefined;
      lastFailure = error;
      throw error;
    }));
}
