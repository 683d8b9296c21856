// The tab sync's code loads after the first render, and a user can leave the tab and come back
// before it is in: that return would go unnoticed, and changes made meanwhile elsewhere would
// wait for the next 30 s refresh. This small watcher runs from the start instead, and the sync
// asks it, once, whether such a return happened.

let hiddenSeen = false;
let missed = false;
let watching = false;

function onVisibilityChange() {
  if (document.visibilityState === 'hidden') hiddenSeen = true;
  else if (hiddenSeen) missed = true;
}

/** Starts watching for the tab being hidden and shown again (main.tsx, before the first render). */
export function watchReturnsBeforeSync(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  hiddenSeen = document.visibilityState === 'hidden';
  document.addEventListener('visibilitychange', onVisibilityChange);
}

/** Whether the tab came back into view before the sync started; stops watching. */
export function takeReturnBeforeSync(): boolean {
  if (!watching) return false;
  watching = false;
  document.removeEventListener('visibilitychange', onVisibilityChange);
  const returned = missed;
  missed = false;
  hiddenSeen = false;
  return returned;
}
