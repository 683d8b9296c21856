import { useCallback, useSyncExternalStore } from 'react';

// An image in a description is fetched from wherever its author pointed it, and that request tells
// the author who opened the task and when. So images load only after the reader asks, once per
// task; the choice lasts for this tab's session, like the key, and is never written to disk.

const allowed = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function allowRemoteImages(key: string): void {
  if (allowed.has(key)) return;
  allowed.add(key);
  for (const listener of listeners) listener();
}

/** Whether the reader chose to load the images of `key` (a task id), and how to choose it. */
export function useRemoteImages(key: string | undefined): [boolean, () => void] {
  const isAllowed = useSyncExternalStore(subscribe, () => key !== undefined && allowed.has(key));
  const allow = useCallback(() => {
    if (key !== undefined) allowRemoteImages(key);
  }, [key]);
  return [isAllowed, allow];
}

/** For tests, between renders: forget every choice. */
export function resetRemoteImages(): void {
  allowed.clear();
}
