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

/** Runs `task` when the browser is idle (or soon, where it has no idle callback). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1500);
  return () => clearTimeout(handle);
}
