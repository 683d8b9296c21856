import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { retryingImport } from './import-again';

export type LazyComponent<P extends object> = {
  /** Renders the component once its chunk is in; suspends until then. */
  Component: ComponentType<P>;
  /** Starts the download (hover, focus, idle) so that the first render does not wait. */
  prefetch: () => Promise<unknown>;
  /** Whether the code is in, so that the component renders without waiting. */
  isLoaded: () => boolean;
};

let retryRound = 0;
let beforeDownload: () => Promise<void> | null = () => null;

/**
 * Work every download waits for first, when there is any (chunk-recovery: stylesheets that
 * failed earlier); null lets the download start at once.
 */
export function setBeforeDownload(task: () => Promise<void> | null): void {
  beforeDownload = task;
}

/**
 * Lets every part whose download failed download again on its next render. Error boundaries call
 * it on Retry (and when the browser comes back online) just before they render their part again.
 */
export function retryFailedDownloads(): void {
  retryRound += 1;
}

/**
 * React.lazy that can be fetched ahead of time and retried. `load` imports the module and
 * `pick` takes the component from it, so that a retry can import the module under a new
 * address (retryingImport). React keeps a failed lazy
 * component failed for good, so after a failed download the first render following
 * `retryFailedDownloads()` (an error boundary's Retry) starts a fresh one instead. Until then
 * the failure stays, so that it reaches the boundary rather than restarting the download on
 * React's own re-render of the failed part.
 */
export function lazyComponent<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyComponent<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  let failedInRound: number | null = null;
  const download = retryingImport(load);
  const prefetch = () => {
    pending ??= (beforeDownload()?.then(download) ?? download()).then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        pending = undefined;
        failedInRound = retryRound;
        throw error;
      },
    );
    return pending;
  };
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => ({ default: await prefetch() }));
  let current = make();

  function Deferred(props: P) {
    // Code already here renders at once. React.lazy would suspend once even then, and React
    // holds back the reveal of suspended content for up to 300 ms after a fallback was shown
    // (its Suspense throttle): the board's first cards waited that long for a chunk that had
    // long arrived.
    // Decided once per mount: switching an element from the lazy wrapper to the component
    // would remount it and lose its state.
    const [direct] = useState(() => loaded);
    if (direct) return createElement(direct, props);
    if (failedInRound !== null && failedInRound !== retryRound) {
      failedInRound = null;
      current = make();
    }
    return createElement(current, props);
  }
  return { Component: Deferred, prefetch, isLoaded: () => loaded !== undefined };
}

// The page is idle while its first data is on the way; a prefetch then would compete with the
// first cards for the main thread, so prefetching waits this long before looking for idle time.
const SETTLE_MS = 2000;

/** Runs `task` once the page has settled and the browser is idle. */
export function whenIdle(task: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') {
      idle = requestIdleCallback(task, { timeout: 3000 });
    } else {
      task();
    }
  }, SETTLE_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
