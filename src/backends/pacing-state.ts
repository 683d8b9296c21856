// Whether the client is holding requests back for the server: waiting for its own rate budget
// or backing off after a 429. The UI shows a quiet "waiting for the server" note from it
// (React: useSyncExternalStore(pacing.subscribe, pacing.getSnapshot)) instead of an error.

export type PacingSnapshot = {
  /** True while at least one request is held back. */
  readonly waiting: boolean;
  /** True while that is because the server answered 429, not only our own pacing. */
  readonly rateLimited: boolean;
};

export type PacingState = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): PacingSnapshot;
};

export type PacingTracker = PacingState & {
  /** Marks one request as held until the returned function is called (once). */
  hold(reason: 'pacing' | 'rate-limited'): () => void;
};

const IDLE: PacingSnapshot = Object.freeze({ waiting: false, rateLimited: false });

export function createPacingState(): PacingTracker {
  const listeners = new Set<() => void>();
  const held = { pacing: 0, 'rate-limited': 0 };
  let snapshot = IDLE;

  function update() {
    const waiting = held.pacing + held['rate-limited'] > 0;
    const rateLimited = held['rate-limited'] > 0;
    if (waiting === snapshot.waiting && rateLimited === snapshot.rateLimited) return;
    // A new object only on a change, as useSyncExternalStore requires.
    snapshot = waiting ? Object.freeze({ waiting, rateLimited }) : IDLE;
    for (const listener of [...listeners]) listener();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    hold(reason) {
      held[reason]++;
      update();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held[reason]--;
        update();
      };
    },
  };
}
