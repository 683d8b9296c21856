// Where the user is in "Work through": the tasks of the view as they were when it started (a
// snapshot, so a task done or snoozed does not shift the ones after it), the one shown, and what
// became of each. Kept in the page's history entry, so opening a record and coming back resumes.

export type QueueOutcome = 'done' | 'snoozed' | 'skipped';

export type QueueState = {
  ids: readonly string[];
  /** The task shown; ids.length once every task has been seen. */
  index: number;
  outcomes: Readonly<Record<string, QueueOutcome>>;
};

export function startQueue(ids: readonly string[]): QueueState {
  return { ids: [...new Set(ids)], index: 0, outcomes: {} };
}

export function currentId(state: QueueState): string | null {
  return state.ids[state.index] ?? null;
}

export const isFinished = (state: QueueState) => state.index >= state.ids.length;

/** The task shown is settled (done, snoozed or skipped): the next one comes. */
export function settle(state: QueueState, outcome: QueueOutcome): QueueState {
  const id = currentId(state);
  if (id === null) return state;
  return { ...state, index: state.index + 1, outcomes: { ...state.outcomes, [id]: outcome } };
}

/** How many of each outcome, for the end of the queue. */
export function tally(state: QueueState): Record<QueueOutcome, number> {
  const counts = { done: 0, snoozed: 0, skipped: 0 };
  for (const outcome of Object.values(state.outcomes)) counts[outcome] += 1;
  return counts;
}

/** The ids skipped, in queue order, for "Go through the skipped ones". */
export function skippedIds(state: QueueState): string[] {
  return state.ids.filter((id) => state.outcomes[id] === 'skipped');
}

/** A state read back from history, if it is one (anything else starts afresh). */
export function readQueueState(value: unknown): QueueState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { ids, index, outcomes } = value as Partial<QueueState>;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > ids.length) {
    return null;
  }
  if (typeof outcomes !== 'object' || outcomes === null) return null;
  const valid = ['done', 'snoozed', 'skipped'];
  const kept: Record<string, QueueOutcome> = {};
  for (const [id, outcome] of Object.entries(outcomes)) {
    if (ids.includes(id) && valid.includes(outcome as string)) kept[id] = outcome as QueueOutcome;
  }
  return { ids, index, outcomes: kept };
}
