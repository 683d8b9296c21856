import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PacingSnapshot, PacingState } from '@/backends/pacing-state';
import { useBackend } from '@/backends/backend-context';
import styles from './server-wait-notice.module.css';

// While the client holds requests back (its own rate budget, or backing off after a 429) the
// user sees a quiet note, not an error: nothing has failed, and everything goes through once
// the server takes requests again. Waits shorter than this are not worth a flicker.
const SHOW_AFTER_MS = 400;

// One snapshot object: useSyncExternalStore loops forever on a new object per call.
const IDLE_SNAPSHOT: PacingSnapshot = { waiting: false, rateLimited: false };
const IDLE_PACING: PacingState = {
  subscribe: () => () => undefined,
  getSnapshot: () => IDLE_SNAPSHOT,
};

export function ServerWaitNotice() {
  const pacing = useBackend().pacing ?? IDLE_PACING;
  const snapshot = useSyncExternalStore(pacing.subscribe, pacing.getSnapshot);
  // The snapshot that has lasted long enough to mention; a new snapshot starts a new wait.
  const [lasting, setLasting] = useState<PacingSnapshot | null>(null);

  useEffect(() => {
    if (!snapshot.waiting) return;
    const timer = setTimeout(() => setLasting(snapshot), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [snapshot]);

  const shown = snapshot.waiting && lasting === snapshot;
  return (
    <div role="status" aria-live="polite" className={shown ? styles.notice : styles.hidden}>
      {shown
        ? snapshot.rateLimited
          ? 'The server asked us to slow down. Waiting, then carrying on…'
          : 'Waiting for the server…'
        : null}
    </div>
  );
}
