import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyComponent<P extends object> = {
  /** Renders the component once its chunk is in; suspends until then. */
  Component: ComponentType<P>;
  /** Starts the download (hover, focus, idle) so that the first render does not wait. */
  prefetch: () => Promise<unknown>;
};

/**
 * React.lazy that can be fetched ahead of time and retried. React keeps a failed lazy
 * component failed for good, so after a failed download the next render (an error boundary's
 * Retry) starts a fresh one instead.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  const prefetch = () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      current = make();
      throw error;
    });
    return pending;
  };
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => ({ default: await prefetch() }));
  let current = make();

  function Deferred(props: P) {
    return createElement(current, props);
  }
  return { Component: Deferred, prefetch };
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
